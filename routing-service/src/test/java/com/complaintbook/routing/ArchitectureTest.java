package com.complaintbook.routing;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the organisation model free of frameworks, and the use cases free of transport. */
@AnalyzeClasses(packages = "com.complaintbook.routing", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainUsesOnlyJavaAndTheContractsVocabulary = classes()
            .that().resideInAPackage("..routing.domain..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "..routing.domain..", "com.complaintbook.contracts");

    @ArchTest
    static final ArchRule applicationKnowsNoAdapterOrWiring = noClasses()
            .that().resideInAPackage("..routing.application..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("..routing.adapters..", "..routing.config..", "org.springframework..", "org.apache.kafka..");

    @ArchTest
    static final ArchRule adaptersDoNotDependOnTheWiring = noClasses()
            .that().resideInAPackage("..routing.adapters..")
            .should().dependOnClassesThat().resideInAPackage("..routing.config..");
}
