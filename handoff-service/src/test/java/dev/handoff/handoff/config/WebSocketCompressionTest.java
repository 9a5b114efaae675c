package dev.handoff.handoff.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Browsers offer permessage-deflate on every WebSocket; both socket paths accept the upgrade without it (decision
 * 0050), so no socket holds a deflate context. The handshake is written by hand: Java's WebSocket client may not send
 * the extension header.
 */
@QuarkusTest
@WithTestInfrastructure
class WebSocketCompressionTest {
    private static final String BROWSER_OFFER = "permessage-deflate; client_max_window_bits";

    @TestHTTPResource("/")
    URI server;

    @Test
    void theVisitorSocketIsUpgradedWithoutCompression() throws Exception {
        List<String> answer = handshake("/ws/visitor?token=none");
        assertThat(answer.get(0)).contains(" 101 ");
        assertThat(answer).noneMatch(h -> h.toLowerCase().startsWith("sec-websocket-extensions"));
    }

    @Test
    void theSocketIoSocketIsUpgradedWithoutCompression() throws Exception {
        List<String> answer = handshake("/socket.io/?EIO=4&transport=websocket");
        assertThat(answer.get(0)).contains(" 101 ");
        assertThat(answer).noneMatch(h -> h.toLowerCase().startsWith("sec-websocket-extensions"));
    }

    /** The status line and headers of the answer to a browser-like upgrade request. */
    private List<String> handshake(String path) throws Exception {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + server.getHost() + ":" + server.getPort() + "\r\n"
                            + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                            + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nOrigin: "
                            + server.toString().replaceAll("/$", "")
                            + "\r\nSec-WebSocket-Extensions: " + BROWSER_OFFER + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            List<String> lines = new ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                lines.add(line);
            }
            assertThat(lines).as("an answer to the upgrade of %s", path).isNotEmpty();
            return lines;
        }
    }
}
