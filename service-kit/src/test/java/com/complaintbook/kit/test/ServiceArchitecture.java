package com.complaintbook.kit.test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The one set of boundary rules every service keeps (docs/service-conventions.md, "Boundaries").
 * A service applies it to its own production classes:
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "com.complaintbook.routing", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     @ArchTest
 *     static final ArchRule boundaries = ServiceArchitecture.of("com.complaintbook.routing").rules();
 * }
 * }</pre>
 *
 * Only the domain's allow-list varies between services, and only by what {@link #domainMayAlsoUse}
 * adds; every other rule is the same for all five. The layers may sit at the service's root
 * ({@code routing.domain}, {@code routing.adapters.in.kafka}) or inside feature slices
 * ({@code intake.submission.adapters.in.web}): a rule about {@code domain} holds for every package of
 * that name under the root, and a slice's domain may use another slice's.
 */
public final class ServiceArchitecture {

    /** Spring Web and WebFlux, Boot's web support, reactor-netty and Netty. */
    static final String[] WEB = {
            "org.springframework.web..", "org.springframework.http..", "org.springframework.boot.web..",
            "org.springframework.boot.webflux..", "reactor.netty..", "io.netty.."};
    /** The Kafka client and spring-kafka. */
    static final String[] KAFKA = {"org.apache.kafka..", "org.springframework.kafka.."};
    /** The MongoDB driver, BSON and Spring Data MongoDB. */
    static final String[] MONGO = {"org.bson..", "com.mongodb..", "org.springframework.data.mongodb.."};
    /** JDBC and Spring's JDBC support. */
    static final String[] JDBC = {"java.sql..", "javax.sql..", "org.springframework.jdbc.."};

    private static final String OURS = "com.complaintbook";
    private static final String CONTRACTS = "com.complaintbook.contracts..";
    private static final String KIT = "com.complaintbook.kit..";

    private final String base;
    private final List<String> domainExtras;

    private ServiceArchitecture(String base, List<String> domainExtras) {
        this.base = base;
        this.domainExtras = domainExtras;
    }

    /** @param basePackage the service's root package, e.g. {@code com.complaintbook.routing} */
    public static ServiceArchitecture of(String basePackage) {
        Objects.requireNonNull(basePackage, "basePackage");
        if (!basePackage.startsWith(OURS + ".") || basePackage.endsWith(".")) {
            throw new IllegalArgumentException("not a service package: " + basePackage);
        }
        return new ServiceArchitecture(basePackage, List.of());
    }

    /**
     * Widens the domain's allow-list by exact package identifiers (ArchUnit syntax); keep them as
     * narrow as the domain needs, and say why at the call.
     */
    public ServiceArchitecture domainMayAlsoUse(String... packageIdentifiers) {
        List<String> extras = new ArrayList<>(domainExtras);
        extras.addAll(List.of(packageIdentifiers));
        return new ServiceArchitecture(base, List.copyOf(extras));
    }

    /** Every rule below, checked together. */
    public ArchRule rules() {
        return CompositeArchRule.of(domainDependsOnlyOnItsAllowList())
                .and(applicationIsFreeOfWebKafkaMongoAndJdbc())
                .and(adaptersDoNotUseConfig())
                .and(inboundAdaptersDoNotUseOutboundAdapters())
                .and(noDependencyOnAnotherService())
                .as("the service architecture of " + base);
    }

    /** The domain uses the JDK, itself and the contracts' value types, plus what {@link #domainMayAlsoUse} adds. */
    public ArchRule domainDependsOnlyOnItsAllowList() {
        List<String> allowed = new ArrayList<>(List.of("java..", base + "..domain..", CONTRACTS));
        allowed.addAll(domainExtras);
        return classes().that().resideInAPackage(base + "..domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed.toArray(String[]::new))
                .because("the domain holds the rules, and no framework, transport or store");
    }

    /** The use cases know no transport or store: those belong to the adapters. */
    public ArchRule applicationIsFreeOfWebKafkaMongoAndJdbc() {
        List<String> banned = new ArrayList<>();
        for (String[] group : List.of(WEB, KAFKA, MONGO, JDBC)) {
            banned.addAll(List.of(group));
        }
        return noClasses().that().resideInAPackage(base + "..application..")
                .should().dependOnClassesThat().resideInAnyPackage(banned.toArray(String[]::new))
                .because("the use cases reach transport and storage through ports the adapters implement");
    }

    /** Adapters get their settings through their constructors; the wiring knows them, not the reverse. */
    public ArchRule adaptersDoNotUseConfig() {
        return noClasses().that().resideInAPackage(base + "..adapters..")
                .should().dependOnClassesThat().resideInAPackage(base + "..config..")
                .because("config wires the adapters; property records an adapter reads live beside it");
    }

    public ArchRule inboundAdaptersDoNotUseOutboundAdapters() {
        return noClasses().that().resideInAPackage(base + "..adapters.in..")
                .should().dependOnClassesThat().resideInAPackage(base + "..adapters.out..")
                .because("an inbound adapter calls the application, which reaches the outbound ones through ports");
    }

    public ArchRule noDependencyOnAnotherService() {
        DescribedPredicate<JavaClass> anotherServicesClass = resideInAPackage(OURS + "..")
                .and(DescribedPredicate.not(resideInAnyPackage(base + "..", CONTRACTS, KIT)))
                .as("belong to another module of ours than contracts and the kit");
        return noClasses().that().resideInAPackage(base + "..")
                .should().dependOnClassesThat(anotherServicesClass)
                .because("services share only contracts and the kit (ADR 6)");
    }
}
