package dev.handoff.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An SMTP relay between a service and the real mail server, for making a sender wait exactly where a test wants:
 * <ul>
 * <li>{@link #stallingAt}: the first mails go through, then it keeps the n-th {@code DATA} command (and everything
 * after, both ways) to itself, so the mail server never accepts that mail and the sender waits for an answer, holding
 * what it holds, until the test kills it;</li>
 * <li>{@link #closed}: it accepts connections but relays nothing until {@link #open()}, so the sender waits for the
 * server's greeting; then it relays everything.</li>
 * </ul>
 * The mail server's port is given later ({@link #relayTo}), once it runs; the relay's own port exists at once.
 */
final class StallingSmtpProxy implements AutoCloseable {
    private final ServerSocket server;
    private final int stallAt;
    private final AtomicInteger dataCommands = new AtomicInteger();
    private final CountDownLatch stalled = new CountDownLatch(1);
    private final List<Socket> sockets = Collections.synchronizedList(new ArrayList<>());
    private final List<Socket> waiting = new ArrayList<>();
    private volatile int upstreamPort;
    private boolean open;

    private StallingSmtpProxy(int stallAt, boolean open) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.stallAt = stallAt;
        this.open = open;
        Thread accept = new Thread(this::acceptLoop, "smtp-proxy-accept");
        accept.setDaemon(true);
        accept.start();
    }

    /** Relays the first {@code n - 1} mails, then stalls on the n-th. */
    static StallingSmtpProxy stallingAt(int n) throws IOException {
        return new StallingSmtpProxy(n, true);
    }

    /** Relays nothing until {@link #open()}. */
    static StallingSmtpProxy closed() throws IOException {
        return new StallingSmtpProxy(Integer.MAX_VALUE, false);
    }

    int port() {
        return server.getLocalPort();
    }

    /** Where the mail server listens; before any sender connects. */
    void relayTo(int mailServerPort) {
        upstreamPort = mailServerPort;
    }

    /** Relays the connections that waited, and every later one. */
    synchronized void open() throws IOException {
        open = true;
        for (Socket client : waiting) {
            relay(client);
        }
        waiting.clear();
    }

    /** Waits until a sender is stuck in the stalled mail. */
    boolean awaitStall(Duration timeout) throws InterruptedException {
        return stalled.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                sockets.add(client);
                synchronized (this) {
                    if (open) {
                        relay(client);
                    } else {
                        waiting.add(client);
                    }
                }
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void relay(Socket client) throws IOException {
        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
        sockets.add(upstream);
        AtomicBoolean cut = new AtomicBoolean();
        pump("smtp-proxy-down", upstream.getInputStream(), client.getOutputStream(), false, cut);
        pump("smtp-proxy-up", client.getInputStream(), upstream.getOutputStream(), true, cut);
    }

    /**
     * Copies bytes line by line. Client to server, the stall-th DATA line is held back for good and the connection
     * is {@code cut}: nothing the server says afterwards (such as closing on its own timeout) reaches the client,
     * which goes on waiting for an answer.
     */
    private void pump(String name, InputStream in, OutputStream out, boolean fromClient, AtomicBoolean cut) {
        Thread thread = new Thread(
                () -> {
                    ByteArrayOutputStream line = new ByteArrayOutputStream();
                    try {
                        int b;
                        while ((b = in.read()) >= 0) {
                            line.write(b);
                            if (b != '\n') {
                                continue;
                            }
                            if (fromClient
                                    && line.toString(StandardCharsets.US_ASCII)
                                            .strip()
                                            .equalsIgnoreCase("DATA")
                                    && dataCommands.incrementAndGet() == stallAt) {
                                cut.set(true);
                                stalled.countDown();
                                return; // from now on this client talks to nobody
                            }
                            if (cut.get()) {
                                return;
                            }
                            out.write(line.toByteArray());
                            out.flush();
                            line.reset();
                        }
                    } catch (IOException e) {
                        // a side closed: the relay of this connection ends
                    }
                },
                name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        server.close();
        synchronized (sockets) {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }
}
