package com.complaintbook.escalation;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the deadline model free of frameworks, and the use case free of transport and storage. */
@AnalyzeClasses(packages = "com.complaintbook.escalation", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainUsesOnlyJava = classes()
            .that().resideInAPackage("..escalation.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..escalation.domain..");

    @ArchTest
    static final ArchRule applicationKnowsNoAdapterOrWiring = noClasses()
            .that().resideInAPackage("..escalation.application..")
            .should().dependOnClassesThat().resideInAnyPackage("..escalation.adapters..", "..escalation.config..",
                    "org.springframework..", "org.apache.kafka..", "org.bson..", "com.mongodb..");

    @ArchTest
    static final ArchRule adaptersDoNotDependOnTheWiring = noClasses()
            .that().resideInAPackage("..escalation.adapters..")
            .should().dependOnClassesThat().resideInAPackage("..escalation.config..");
}
