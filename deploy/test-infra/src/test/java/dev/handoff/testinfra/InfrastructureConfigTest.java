package dev.handoff.testinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the configuration handed to Quarkus is put together, without starting anything. */
class InfrastructureConfigTest {

    private static final Map<String, String> LOCAL = Map.of(
            "kafka.bootstrap.servers", "127.0.0.1:1",
            "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:2/handoff",
            "quarkus.mailer.port", "25");

    @Test
    void externalServersFromTheEnvironmentReplaceLocalOnes() {
        Map<String, String> env = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS",
                "kafka:9092",
                "TEST_JDBC_URL",
                "jdbc:postgresql://db/handoff",
                "TEST_JDBC_USERNAME",
                "ci");

        assertThat(JvmInfrastructure.withExternal(LOCAL, env))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "kafka.bootstrap.servers", "kafka:9092",
                        "quarkus.mailer.port", "25",
                        "quarkus.datasource.jdbc.url", "jdbc:postgresql://db/handoff",
                        "quarkus.datasource.username", "ci",
                        "quarkus.datasource.password", "postgres"));
    }

    @Test
    void aServiceGetsOnlyTheKeysOfItsExtensions() {
        ClassLoader withoutMailerOrJdbc = new ClassLoader(null) {};

        assertThat(InfrastructureTestResource.forExtensionsOf(LOCAL, withoutMailerOrJdbc))
                .containsOnlyKeys("kafka.bootstrap.servers");
        assertThat(InfrastructureTestResource.forExtensionsOf(LOCAL, getClass().getClassLoader()))
                .isEqualTo(LOCAL);
    }
}
