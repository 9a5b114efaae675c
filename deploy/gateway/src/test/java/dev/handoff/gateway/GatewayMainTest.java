package dev.handoff.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The launcher's failure modes: what a script sees. */
class GatewayMainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void exitsWithTwoAndOneLineNamingThePortWhenItIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            int code = launch("--port", String.valueOf(taken.getLocalPort()));

            assertThat(code).isEqualTo(GatewayMain.EXIT_PORT_IN_USE);
            assertThat(err.toString(StandardCharsets.UTF_8))
                    .isEqualTo("gateway: port " + taken.getLocalPort()
                            + " is already in use; stop what listens there or pass --port" + System.lineSeparator());
        }
    }

    @Test
    void rejectsUnknownOptionsWithTheUsage() {
        int code = launch("--prot", "8080");

        assertThat(code).isEqualTo(GatewayMain.EXIT_USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("unknown option --prot")
                .contains("usage:");
    }

    private int launch(String... args) {
        return GatewayMain.launch(
                args,
                Map.of(),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
