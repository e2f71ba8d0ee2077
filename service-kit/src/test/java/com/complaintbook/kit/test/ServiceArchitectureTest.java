package com.complaintbook.kit.test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The rules catch what they are for, and pass what is built as the conventions say, for a service
 * laid out by layer and one laid out by feature slice. The fixtures are small services under
 * {@code com.complaintbook.archfixture}: {@code layered} and {@code sliced} keep every rule;
 * {@code broken} breaks each rule once.
 */
class ServiceArchitectureTest {

    private static final JavaClasses FIXTURES = new ClassFileImporter()
            .importPackages("com.complaintbook.archfixture");

    private static final ServiceArchitecture BROKEN = ServiceArchitecture.of("com.complaintbook.archfixture.broken");

    @Test
    void aServiceLaidOutByLayerKeepsEveryRule() {
        ServiceArchitecture.of("com.complaintbook.archfixture.layered").rules().check(FIXTURES);
    }

    @Test
    void aServiceLaidOutByFeatureSliceKeepsEveryRule() {
        ServiceArchitecture.of("com.complaintbook.archfixture.sliced").rules().check(FIXTURES);
    }

    @Test
    void aFrameworkInTheDomainIsCaught() {
        assertThat(violations(ServiceArchitecture::domainDependsOnlyOnItsAllowList))
                .contains("FrameworkInTheDomain").contains("org.springframework.stereotype.Component");
    }

    @Test
    void aWidenedAllowListLetsExactlyThatPackageIn() {
        String violations = violations(BROKEN.domainMayAlsoUse("org.springframework.stereotype..")
                .domainDependsOnlyOnItsAllowList());

        assertThat(violations).doesNotContain("FrameworkInTheDomain").contains("UsesAnotherService");
    }

    @Test
    void kafkaInAUseCaseIsCaught() {
        assertThat(violations(ServiceArchitecture::applicationIsFreeOfWebKafkaMongoAndJdbc))
                .contains("KafkaInTheUseCase").contains("org.apache.kafka");
    }

    @Test
    void anAdapterReadingTheServicesConfigIsCaught() {
        assertThat(violations(ServiceArchitecture::adaptersDoNotUseConfig)).contains("Store").contains("BrokenProperties");
    }

    @Test
    void anInboundAdapterCallingAnOutboundOneIsCaught() {
        assertThat(violations(ServiceArchitecture::inboundAdaptersDoNotUseOutboundAdapters))
                .contains("ListenerUsingTheStore");
    }

    @Test
    void aDependencyOnAnotherModuleOfOursIsCaught() {
        assertThat(violations(ServiceArchitecture::noDependencyOnAnotherService)).contains("AnotherServicesType");
    }

    @Test
    void onlyAServicePackageCanBeChecked() {
        assertThatIllegalArgumentException().isThrownBy(() -> ServiceArchitecture.of("org.example.shop"));
        assertThatIllegalArgumentException().isThrownBy(() -> ServiceArchitecture.of("com.complaintbook.intake."));
    }

    private static String violations(Function<ServiceArchitecture, ArchRule> rule) {
        return violations(rule.apply(BROKEN));
    }

    private static String violations(ArchRule rule) {
        EvaluationResult result = rule.evaluate(FIXTURES);
        assertThat(result.hasViolation()).as("the rule finds the broken fixture's violation").isTrue();
        return String.join("\n", result.getFailureReport().getDetails());
    }
}
