package com.complaintbook.intake;

import com.complaintbook.kit.test.ServiceArchitecture;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundaries every service keeps (docs/service-conventions.md, "Boundaries"), from the kit. */
@AnalyzeClasses(packages = "com.complaintbook.intake", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule boundaries = ServiceArchitecture.of("com.complaintbook.intake")
            // The event-sourced aggregate: Axon's handler, identifier and stereotype annotations,
            // AggregateLifecycle.apply, and the events' @Revision; nothing else of Axon.
            .domainMayAlsoUse("org.axonframework.modelling.command", "org.axonframework.commandhandling",
                    "org.axonframework.eventsourcing", "org.axonframework.spring.stereotype",
                    "org.axonframework.serialization")
            .rules();
}
