package dev.handoff.testinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void picksABindablePortBelowTheEphemeralRange() throws IOException {
        int port = FreePorts.pick();

        assertThat(port).isBetween(20_000, 31_999);
        try (ServerSocket socket = new ServerSocket(port)) {
            assertThat(socket.getLocalPort()).isEqualTo(port);
        }
    }
}
