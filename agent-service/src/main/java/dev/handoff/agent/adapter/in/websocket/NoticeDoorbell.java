package dev.handoff.agent.adapter.in.websocket;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.Identifier;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on the PostgreSQL channel where committed notices are announced (by agent id) and wakes this
 * replica's sockets of those agents. PostgreSQL delivers a notification to every listening replica, only
 * after its transaction committed: this is the fan-out across replicas. After a (re)connect of the
 * listener every socket catches up, as notifications sent meanwhile are lost.
 */
@Singleton
public class NoticeDoorbell {
    private static final Logger LOG = Logger.getLogger(NoticeDoorbell.class);
    private static final int WAIT_MILLIS = 1000;

    private final AgroalDataSource dataSource;
    private final LiveSessions live;
    private final String channel;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean stopping;
    private Thread listener;

    public NoticeDoorbell(AgroalDataSource dataSource, LiveSessions live,
            @ConfigProperty(name = "agent.notices.channel") String channel) {
        this.dataSource = dataSource;
        this.live = live;
        if (!Identifier.isValid(channel) || !channel.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("agent.notices.channel must be a lower-case SQL identifier");
        }
        this.channel = channel;
    }

    void onStart(@Observes StartupEvent event) {
        listener = new Thread(this::listen, "agent-notice-listener");
        listener.setDaemon(true);
        listener.start();
    }

    private void listen() {
        while (!stopping) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + channel);
                PGConnection postgres = connection.unwrap(PGConnection.class);
                live.wakeAll();
                while (!stopping) {
                    PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                    for (PGNotification n : notifications == null ? new PGNotification[0] : notifications) {
                        if (Identifier.isValid(n.getParameter())) {
                            live.wake(AgentId.of(n.getParameter()));
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!stopping) {
                    LOG.warnf("notice listener lost its connection, reconnecting: %s", e.toString());
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

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        stopped.countDown();
        if (listener != null) {
            listener.join(2 * WAIT_MILLIS);
        }
    }
}
