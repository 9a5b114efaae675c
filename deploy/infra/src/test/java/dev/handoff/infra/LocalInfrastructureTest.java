package dev.handoff.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class LocalInfrastructureTest {

    @Test
    void givesTheQuarkusConfigurationOfWhatItStarted() throws Exception {
        try (LocalInfrastructure infra =
                LocalInfrastructure.builder().kafka(false).postgres(false).start()) {
            assertThat(infra.kafka()).isEmpty();
            int port = infra.smtp().orElseThrow().port();
            assertThat(infra.quarkusConfig())
                    .containsOnly(
                            org.assertj.core.api.Assertions.entry("quarkus.mailer.host", "127.0.0.1"),
                            org.assertj.core.api.Assertions.entry("quarkus.mailer.port", Integer.toString(port)),
                            org.assertj.core.api.Assertions.entry("quarkus.mailer.mock", "false"),
                            org.assertj.core.api.Assertions.entry("quarkus.mailer.tls", "false"),
                            org.assertj.core.api.Assertions.entry("quarkus.mailer.start-tls", "DISABLED"));
        }
    }

    @Test
    void aServerThatCannotStartFailsTheWholeStart() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> LocalInfrastructure.builder()
                            .kafka(false)
                            .postgres(false)
                            .ports(0, 0, taken.getLocalPort())
                            .start())
                    .isInstanceOf(IOException.class);
        }
    }

    @Test
    void portsReportWhetherTheyAreTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(Ports.isFree(taken.getLocalPort())).isFalse();
        }
        assertThat(Ports.isFree(Ports.free())).isTrue();
    }
}
