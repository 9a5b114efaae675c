package dev.handoff.routing.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** The mapping keeps the keys and defaults the properties had, and a value that would break routing stops the start. */
class RoutingConfigTest {
    private static final Validator VALIDATOR = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    @Test
    void unsetKeysTakeTheDefaultsThePropertiesHad() {
        RoutingConfig config = load(Map.of()).getConfigMapping(RoutingConfig.class);
        assertThat(config.defaultTimeBetweenAssignments()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.waitEstimate().window()).isEqualTo(Duration.ofMinutes(30));
        assertThat(config.waitEstimate().sampleSize()).isEqualTo(20);
        assertThat(config.waitEstimate().minAssignments()).isEqualTo(3);
        assertThat(config.waitEstimate().nobodyAcceptingAfter()).isEqualTo(Duration.ofMinutes(5));
        assertThat(config.dispatch().threads()).isEqualTo(2);
        assertThat(config.dispatch().stepsPerPass()).isEqualTo(200);
    }

    @Test
    void aNegativeChatLimitFailsNamingTheKey() {
        assertThatThrownBy(() -> load(Map.of("routing.default-max-chats-per-agent", "-1")))
                .isInstanceOf(ConfigValidationException.class)
                .hasMessageContaining("routing.default-max-chats-per-agent");
    }

    @Test
    void aMisspeltKeyUnderThePrefixFailsNamingIt() {
        assertThatThrownBy(() -> load(Map.of("routing.wait-estimate.windw", "10m")))
                .isInstanceOf(ConfigValidationException.class)
                .hasMessageContaining("routing.wait-estimate.windw");
    }

    @Test
    void theDeploymentsEnvironmentVariablesStillSetItAndKubernetesServiceLinksAreIgnored() {
        RoutingConfig config = load(
                        Map.of(),
                        Map.of(
                                "ROUTING_DEFAULT_MAX_CHATS_PER_AGENT",
                                "7",
                                "ROUTING_SERVICE_PORT",
                                "tcp://10.0.0.7:8080"))
                .getConfigMapping(RoutingConfig.class);
        assertThat(config.defaultMaxChatsPerAgent()).isEqualTo(7);
    }

    private static SmallRyeConfig load(Map<String, String> overrides) {
        return load(overrides, Map.of());
    }

    private static SmallRyeConfig load(Map<String, String> overrides, Map<String, String> environment) {
        Map<String, String> properties = new HashMap<>(
                Map.of("routing.default-max-chats-per-agent", "5", "routing.metrics.refresh-interval", "15s"));
        properties.putAll(overrides);
        return new SmallRyeConfigBuilder()
                .withMapping(RoutingConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withValidator((BeanValidationConfigValidator) () -> VALIDATOR)
                .withSources(new PropertiesConfigSource(properties, "test", 250))
                .withSources(new EnvConfigSource(environment, 300))
                .build();
    }
}
