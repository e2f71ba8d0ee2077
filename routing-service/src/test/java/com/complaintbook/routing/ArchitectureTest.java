package com.complaintbook.routing;

import com.complaintbook.kit.test.ServiceArchitecture;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundaries every service keeps (docs/service-conventions.md, "Boundaries"), from the kit. */
@AnalyzeClasses(packages = "com.complaintbook.routing", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule boundaries = ServiceArchitecture.of("com.complaintbook.routing").rules();
}
