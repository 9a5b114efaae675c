package dev.handoff.agent.adapter.in.websocket;

import dev.handoff.agent.config.NoticesConfig;
import dev.handoff.runtime.concurrent.RuntimeExecutors;
import dev.handoff.runtime.notify.PostgresChannelListener;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.Identifier;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.concurrent.Executor;

/**
 * Listens on the PostgreSQL channel where committed notices are announced (by agent id) and wakes this
 * replica's sockets of those agents. PostgreSQL delivers a notification to every listening replica, only
 * after its transaction committed: this is the fan-out across replicas. After a (re)connect of the
 * listener every socket catches up, as notifications sent meanwhile are lost.
 */
@Singleton
public class NoticeNotifyListener {
    private final PostgresChannelListener listener;

    public NoticeNotifyListener(AgroalDataSource dataSource, LiveSessions live, NoticesConfig notices) {
        this.listener = new PostgresChannelListener(
                dataSource,
                notices.channel(),
                agentId -> {
                    if (Identifier.isValid(agentId)) {
                        live.wake(AgentId.of(agentId));
                    }
                },
                live::wakeAll);
    }

    void onStart(
            @Observes StartupEvent event,
            @io.smallrye.common.annotation.Identifier(RuntimeExecutors.LISTEN) Executor listenThreads) {
        listener.start(listenThreads);
    }

    void onStop(@Observes ShutdownEvent event) {
        listener.stop();
    }
}
