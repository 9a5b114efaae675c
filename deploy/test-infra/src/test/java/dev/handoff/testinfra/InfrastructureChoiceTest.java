package dev.handoff.testinfra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoff.testinfra.InfrastructureChoice.Kind;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** The choice between containers and embedded servers, with the Docker check stubbed. */
class InfrastructureChoiceTest {

    private final AtomicInteger probes = new AtomicInteger();

    private BooleanSupplier docker(boolean answers) {
        return () -> {
            probes.incrementAndGet();
            return answers;
        };
    }

    private static Properties property(String value) {
        Properties properties = new Properties();
        properties.setProperty(InfrastructureChoice.PROPERTY, value);
        return properties;
    }

    @Test
    void autoIsTheDefaultAndTakesContainersWhenDockerAnswers() {
        InfrastructureChoice choice = InfrastructureChoice.decide(new Properties(), Map.of(), docker(true));

        assertThat(choice.kind()).isEqualTo(Kind.CONTAINERS);
        assertThat(choice).hasToString("containers (auto: a Docker engine answers)");
        assertThat(probes).hasValue(1);
    }

    @Test
    void autoFallsBackToEmbeddedWithoutDocker() {
        InfrastructureChoice choice = InfrastructureChoice.decide(property("auto"), Map.of(), docker(false));

        assertThat(choice.kind()).isEqualTo(Kind.EMBEDDED);
        assertThat(choice.reason()).isEqualTo("auto: no Docker engine answers");
    }

    @Test
    void aForcedChoiceNeverAsksDocker() {
        assertThat(InfrastructureChoice.decide(property("embedded"), Map.of(), docker(true))
                        .kind())
                .isEqualTo(Kind.EMBEDDED);
        assertThat(InfrastructureChoice.decide(property("CONTAINERS"), Map.of(), docker(false))
                        .kind())
                .isEqualTo(Kind.CONTAINERS);
        assertThat(probes).hasValue(0);
    }

    @Test
    void theEnvironmentChoosesWhenNoPropertyIsSetAndThePropertyWinsOverIt() {
        Map<String, String> env = Map.of(InfrastructureChoice.ENVIRONMENT, "embedded");

        InfrastructureChoice fromEnv = InfrastructureChoice.decide(new Properties(), env, docker(true));
        InfrastructureChoice fromProperty = InfrastructureChoice.decide(property("containers"), env, docker(false));

        assertThat(fromEnv).hasToString("embedded (HANDOFF_TEST_INFRA=embedded)");
        assertThat(fromProperty).hasToString("containers (handoff.test.infra=containers)");
    }

    @Test
    void anUnknownValueIsRefusedByName() {
        assertThatThrownBy(() -> InfrastructureChoice.decide(property("docker"), Map.of(), docker(true)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("handoff.test.infra=docker is not one of auto, containers, embedded");
    }
}
