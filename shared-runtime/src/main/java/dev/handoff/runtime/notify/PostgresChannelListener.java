package dev.handoff.runtime.notify;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Follows one PostgreSQL NOTIFY channel on its own connection, holding a thread of the given pool for as long as it
 * listens (shared-runtime's {@code listen} pool: never the Quarkus worker pool). PostgreSQL hands a notification to
 * every listening replica, and only once its transaction committed: that makes it the fan-out between replicas.
 * Notifications sent while the listener was disconnected are lost, so {@code onConnected} runs after every
 * (re)connect for the owner to catch up from its tables.
 */
public final class PostgresChannelListener {
    private static final Logger LOG = Logger.getLogger(PostgresChannelListener.class);
    private static final int WAIT_MILLIS = 1000;

    private final DataSource dataSource;
    private final String channel;
    private final Consumer<String> onNotification;
    private final Runnable onConnected;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile boolean stopping;
    private boolean started;

    public PostgresChannelListener(
            DataSource dataSource, String channel, Consumer<String> onNotification, Runnable onConnected) {
        if (channel == null || !channel.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("a NOTIFY channel must be a lower-case SQL identifier: " + channel);
        }
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.channel = channel;
        this.onNotification = Objects.requireNonNull(onNotification, "onNotification");
        this.onConnected = Objects.requireNonNull(onConnected, "onConnected");
    }

    /** Starts listening on a thread of {@code threads}, named after the channel while it listens. */
    public synchronized void start(Executor threads) {
        if (!started) {
            started = true;
            threads.execute(this::listenNamed);
        }
    }

    private void listenNamed() {
        Thread current = Thread.currentThread();
        String poolName = current.getName();
        current.setName("listen-" + channel);
        try {
            listen();
        } finally {
            current.setName(poolName);
            ended.countDown();
        }
    }

    private void listen() {
        while (!stopping) {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + channel);
                PGConnection postgres = connection.unwrap(PGConnection.class);
                onConnected.run();
                while (!stopping) {
                    PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                    for (PGNotification n : notifications == null ? new PGNotification[0] : notifications) {
                        onNotification.accept(n.getParameter());
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!stopping) {
                    LOG.warnf("listener on %s lost its connection, reconnecting: %s", channel, e.toString());
                    awaitStop(WAIT_MILLIS);
                }
            }
        }
    }

    private void awaitStop(long millis) {
        try {
            stopped.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }

    /** Stops listening and waits briefly for the loop to end. */
    public void stop() {
        stopping = true;
        stopped.countDown();
        boolean running;
        synchronized (this) {
            running = started;
        }
        if (running) {
            try {
                ended.await(2L * WAIT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
