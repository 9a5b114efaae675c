package dev.handoff.testinfra;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.BooleanSupplier;

/**
 * Which servers a test JVM runs on: containers of the production images where a Docker engine answers,
 * the embedded servers of deploy/infra otherwise, or what {@value #PROPERTY} forces.
 *
 * @param kind   what runs
 * @param reason why, for the first lines of the test log
 */
public record InfrastructureChoice(Kind kind, String reason) {

    /** The system property that chooses: {@code auto} (the default), {@code containers} or {@code embedded}. */
    public static final String PROPERTY = "handoff.test.infra";
    /** The same choice from the environment, for builds that cannot pass system properties to every JVM. */
    public static final String ENVIRONMENT = "HANDOFF_TEST_INFRA";

    /** What the tests run on. */
    public enum Kind {
        /** Testcontainers: Kafka and PostgreSQL in Docker. */
        CONTAINERS,
        /** The local KRaft broker and the embedded PostgreSQL binaries, no Docker. */
        EMBEDDED
    }

    /**
     * @param properties   the JVM's system properties (checked first)
     * @param environment  the process environment
     * @param dockerAnswers asked only in {@code auto} mode, and only once
     * @return the choice
     * @throws IllegalArgumentException for a value other than auto, containers or embedded
     */
    public static InfrastructureChoice decide(
            Properties properties, Map<String, String> environment, BooleanSupplier dockerAnswers) {
        Optional<String> property = nonBlank(properties.getProperty(PROPERTY));
        Optional<String> requested = property.or(() -> nonBlank(environment.get(ENVIRONMENT)));
        String source = property.isPresent() ? PROPERTY : ENVIRONMENT;
        String mode = requested.map(v -> v.toLowerCase(Locale.ROOT)).orElse("auto");
        switch (mode) {
            case "containers":
                return new InfrastructureChoice(Kind.CONTAINERS, source + "=containers");
            case "embedded":
                return new InfrastructureChoice(Kind.EMBEDDED, source + "=embedded");
            case "auto":
                return dockerAnswers.getAsBoolean()
                        ? new InfrastructureChoice(Kind.CONTAINERS, "auto: a Docker engine answers")
                        : new InfrastructureChoice(Kind.EMBEDDED, "auto: no Docker engine answers");
            default:
                throw new IllegalArgumentException(
                        source + "=" + requested.get() + " is not one of auto, containers, embedded");
        }
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + " (" + reason + ")";
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }
}
