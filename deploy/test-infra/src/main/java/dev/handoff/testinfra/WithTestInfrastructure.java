package dev.handoff.testinfra;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Real Kafka, PostgreSQL and SMTP ({@link InfrastructureTestResource}) plus the OIDC mock
 * ({@link OidcWiremockTestResource}) for a {@code @QuarkusTest}: {@code @QuarkusTest @WithTestInfrastructure}.
 *
 * <p>Use it on every test class of a module: Quarkus restarts the application whenever two consecutive
 * test classes declare different resources, and this annotation is one such declaration.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@WithTestResource(InfrastructureTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
public @interface WithTestInfrastructure {}
