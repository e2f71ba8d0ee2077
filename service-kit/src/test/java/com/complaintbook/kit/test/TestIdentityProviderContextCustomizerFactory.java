package com.complaintbook.kit.test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

import java.util.List;
import java.util.Map;

/**
 * Points every Spring test context at {@link TestIdentityProvider#shared()}, as production points a
 * service at the company's identity provider, unless the test sets the issuer itself. Registered in
 * the test-jar's {@code META-INF/spring.factories}, so no service test has to remember it.
 */
public final class TestIdentityProviderContextCustomizerFactory implements ContextCustomizerFactory {

    static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new SharedIssuer();
    }

    /** Equal to every other, so that the contexts it customises are still cached and shared. */
    private static final class SharedIssuer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
            ConfigurableEnvironment environment = context.getEnvironment();
            if (!environment.containsProperty(ISSUER_URI)) {
                environment.getPropertySources().addLast(new MapPropertySource("testIdentityProvider",
                        Map.of(ISSUER_URI, TestIdentityProvider.shared().issuer())));
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SharedIssuer;
        }

        @Override
        public int hashCode() {
            return SharedIssuer.class.hashCode();
        }
    }
}
