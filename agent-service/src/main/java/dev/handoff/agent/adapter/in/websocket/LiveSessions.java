package dev.handoff.agent.adapter.in.websocket;

import dev.handoff.agent.application.port.in.AgentSessionUseCase;
import dev.handoff.agent.application.port.in.ReadNoticesUseCase;
import dev.handoff.agent.config.AgentExecutors;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TenantId;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.jboss.logging.Logger;

/**
 * The console sockets this replica holds, by agent. Told which agents have new notices (by the
 * PostgreSQL listener), it has their sockets catch up from the stored notices on the deliveries pool, never
 * on the event loop. A periodic sweep repairs anything a lost notification left behind.
 */
@Singleton
public class LiveSessions {
    private static final Logger LOG = Logger.getLogger(LiveSessions.class);
    private static final int CHUNK = 1000;

    private final Map<String, LiveSession> byConnection = new ConcurrentHashMap<>();
    private final Map<AgentId, Set<LiveSession>> byAgent = new ConcurrentHashMap<>();
    private final AgentSessionUseCase sessions;
    private final ReadNoticesUseCase notices;
    private final Executor deliveries;

    public LiveSessions(
            AgentSessionUseCase sessions,
            ReadNoticesUseCase notices,
            @Identifier(AgentExecutors.NOTICE_DELIVERIES) Executor deliveries) {
        this.sessions = sessions;
        this.notices = notices;
        this.deliveries = deliveries;
    }

    void add(LiveSession session) {
        byConnection.put(session.connection().id(), session);
        byAgent.computeIfAbsent(session.agentId(), a -> ConcurrentHashMap.newKeySet())
                .add(session);
    }

    /** The session, removed; empty if it was already removed, so a socket is forgotten exactly once. */
    Optional<LiveSession> remove(String connectionId) {
        LiveSession session = byConnection.remove(connectionId);
        if (session == null) {
            return Optional.empty();
        }
        byAgent.computeIfPresent(session.agentId(), (a, set) -> {
            set.remove(session);
            return set.isEmpty() ? null : set;
        });
        return Optional.of(session);
    }

    Optional<LiveSession> get(String connectionId) {
        return Optional.ofNullable(byConnection.get(connectionId));
    }

    /** New notices were committed for this agent: each of its sockets here catches up. */
    void wake(AgentId agentId) {
        byAgent.getOrDefault(agentId, Set.of()).forEach(s -> s.requestCatchUp(deliveries));
    }

    /** The tenant's overview changed: each of its supervisors' sockets here is told (a hint, not a numbered frame). */
    void tellSupervisors(TenantId tenant, String frame) {
        byConnection.values().stream().filter(s -> s.supervises(tenant)).forEach(s -> s.requestHint(deliveries, frame));
    }

    /** Announcements may have been missed (the listener reconnected): every supervisor socket is told. */
    void tellAllSupervisors(String frame) {
        byConnection.values().stream().filter(LiveSession::isSupervisor).forEach(s -> s.requestHint(deliveries, frame));
    }

    /** Notifications may have been missed (the listener reconnected): everybody catches up. */
    void wakeAll() {
        byConnection.values().forEach(s -> s.requestCatchUp(deliveries));
    }

    @Scheduled(
            every = "${agent.notices.sweep-interval:5s}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        forgetClosed();
        if (byAgent.isEmpty()) {
            return;
        }
        Map<AgentId, Long> newest = new HashMap<>();
        chunks(List.copyOf(byAgent.keySet())).forEach(agents -> newest.putAll(notices.lastSeqs(agents)));
        byConnection.values().stream()
                .filter(s -> newest.getOrDefault(s.agentId(), 0L) > s.cursor())
                .forEach(s -> s.requestCatchUp(deliveries));
    }

    @Scheduled(
            every = "${agent.presence.confirm-interval:15s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void confirmConnections() {
        forgetClosed();
        chunks(List.copyOf(byConnection.keySet())).forEach(sessions::heartbeat);
    }

    /** Bounded pieces: each becomes an SQL IN list, and PostgreSQL takes at most 32767 parameters. */
    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }

    /** Sockets that closed without their close callback running (which should not happen) are closed here. */
    private void forgetClosed() {
        byConnection.values().stream()
                .filter(s -> s.connection().isClosed())
                .toList()
                .forEach(s -> remove(s.connection().id()).ifPresent(gone -> {
                    LOG.debugf(
                            "agent socket %s closed unnoticed",
                            gone.connection().id());
                    sessions.close(gone.agentId(), gone.connection().id());
                }));
    }
}
