package dev.handoff.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Defaults, then environment, then arguments. */
class GatewayConfigTest {

    private static final List<String> UPSTREAMS = List.of("handoff-service", "routing-service");

    @Test
    void defaultsToTheFixedLocalPorts() {
        GatewayConfig config = GatewayConfig.from(new String[0], Map.of(), UPSTREAMS);

        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.upstreamPort("handoff-service")).isEqualTo(8081);
        assertThat(config.upstreamPort("routing-service")).isEqualTo(8082);
        assertThat(config.upstreamHost()).isEqualTo("localhost");
    }

    @Test
    void argumentsOverrideTheEnvironment() {
        Map<String, String> env =
                Map.of("GATEWAY_PORT", "9000", "ROUTING_SERVICE_PORT", "9002", "HANDOFF_SERVICE_PORT", "9001");

        GatewayConfig config =
                GatewayConfig.from(new String[] {"--port", "9100", "--routing-service-port=9102"}, env, UPSTREAMS);

        assertThat(config.port()).isEqualTo(9100);
        assertThat(config.upstreamPort("routing-service")).isEqualTo(9102);
        assertThat(config.upstreamPort("handoff-service")).isEqualTo(9001);
    }

    @Test
    void explainsBadValues() {
        assertThatThrownBy(() -> GatewayConfig.from(new String[] {"--port", "http"}, Map.of(), UPSTREAMS))
                .hasMessage("--port must be a port number, got 'http'");
        assertThatThrownBy(() -> GatewayConfig.from(new String[] {"--handoff-service-port", "0"}, Map.of(), UPSTREAMS))
                .hasMessageContaining("--handoff-service-port must be a port number");
        assertThatThrownBy(() -> GatewayConfig.from(new String[] {"--port"}, Map.of(), UPSTREAMS))
                .hasMessage("option --port needs a value");
    }

    @Test
    void anUpstreamMayHaveSeveralReplicas() {
        GatewayConfig config = GatewayConfig.from(
                new String[] {"--handoff-service-port", "8081,8091"},
                Map.of("ROUTING_SERVICE_PORT", "8082,8092,8093"),
                UPSTREAMS);

        assertThat(config.upstreamPorts("handoff-service")).containsExactly(8081, 8091);
        assertThat(config.upstreamPorts("routing-service")).containsExactly(8082, 8092, 8093);
        assertThat(config.upstreamPort("handoff-service")).isEqualTo(8081);
        assertThatThrownBy(
                        () -> GatewayConfig.from(new String[] {"--handoff-service-port", "8081,"}, Map.of(), UPSTREAMS))
                .hasMessageContaining("--handoff-service-port must be a port number, got ''");
    }

    @Test
    void namesTheEnvironmentVariableAfterTheService() {
        assertThat(GatewayConfig.envName("analytics-service")).isEqualTo("ANALYTICS_SERVICE_PORT");
    }
}
