package com.complaintbook.intake;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "com.complaintbook.intake", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The aggregate knows the contracts and Axon's aggregate model; nothing of Spring, Kafka or the databases. */
    @ArchTest
    static final ArchRule domainDependsOnlyOnTheJdkContractsAndAxonModelling = classes()
            .that().resideInAPackage("..intake.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "com.complaintbook.contracts..", "com.complaintbook.intake.domain..",
                    "org.axonframework.modelling..", "org.axonframework.commandhandling",
                    "org.axonframework.eventsourcing", "org.axonframework.spring.stereotype",
                    "org.axonframework.serialization");

    @ArchTest
    static final ArchRule adaptersDoNotCallEachOther = noClasses()
            .that().resideInAPackage("..adapters.in..")
            .should().dependOnClassesThat().resideInAPackage("..adapters.out..");
}
