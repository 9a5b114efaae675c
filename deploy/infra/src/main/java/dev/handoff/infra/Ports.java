package dev.handoff.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Small helpers for the TCP ports the infrastructure listens on. */
public final class Ports {

    private Ports() {}

    /** A port that was free a moment ago; the usual tiny race is accepted for local use. */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free TCP port", e);
        }
    }

    /**
     * A free port other than {@code taken}: the kernel may hand out the same ephemeral port twice in a row once the
     * first probe socket is closed, and Kafka refuses a controller listener on its client port.
     */
    public static int freeExcept(int taken) {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = free();
            if (port != taken) {
                return port;
            }
        }
        throw new IllegalStateException("no free TCP port other than " + taken);
    }

    /** Whether nothing listens on the loopback interface at this port (a wildcard listener counts too). */
    public static boolean isFree(int port) {
        try {
            new ServerSocket(port, 1, InetAddress.getLoopbackAddress()).close();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The given port, or a free one when it is 0. */
    static int orFree(int port) {
        return port == 0 ? free() : port;
    }
}
