package dev.handoff.testinfra;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free TCP ports for processes a test starts later, picked below the kernel's ephemeral range.
 *
 * <p>A port from {@code new ServerSocket(0)} lies in the ephemeral range (32768-60999 on Linux), where any outgoing
 * connection made before the started process binds may take it as its source port: the process then fails with "port
 * in use". Ports from 20000-32000 are never handed out as source ports.
 */
public final class FreePorts {

    private static final int LOWEST = 20_000;
    private static final int HIGHEST = 32_000;
    private static final int ATTEMPTS = 200;

    private FreePorts() {}

    /** A port nothing listens on now, outside the ephemeral range. */
    public static int pick() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int candidate = ThreadLocalRandom.current().nextInt(LOWEST, HIGHEST);
            if (bindable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free port in " + LOWEST + "-" + HIGHEST + " after " + ATTEMPTS + " tries");
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
