package dev.handoff.agent.adapter.in.websocket;

import dev.handoff.agent.config.SupervisionConfig;
import dev.handoff.runtime.concurrent.RuntimeExecutors;
import dev.handoff.runtime.notify.PostgresChannelListener;
import dev.handoff.shared.id.Identifier;
import dev.handoff.shared.id.TenantId;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.concurrent.Executor;

/**
 * Listens on the PostgreSQL channel where committed changes of a tenant's overview are announced (by tenant id) and
 * tells this replica's supervisor sockets of that tenant. After the listener reconnects, notifications sent meanwhile
 * are lost: every supervisor socket is told then, so their consoles read the overview again.
 */
@Singleton
public class SupervisionNotifyListener {
    private final PostgresChannelListener listener;

    public SupervisionNotifyListener(
            AgroalDataSource dataSource, LiveSessions live, Frames frames, SupervisionConfig supervision) {
        String hint = frames.supervisionChanged();
        this.listener = new PostgresChannelListener(
                dataSource,
                supervision.channel(),
                tenant -> {
                    if (Identifier.isValid(tenant)) {
                        live.tellSupervisors(TenantId.of(tenant), hint);
                    }
                },
                () -> live.tellAllSupervisors(hint));
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
