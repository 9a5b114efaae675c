package dev.handoff.agent.adapter.out.config;

import dev.handoff.agent.domain.model.SessionPolicy;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The session timings from configuration (see application.properties for what each means). */
public class SessionPolicyProducer {
    @Produces
    @Singleton
    SessionPolicy sessionPolicy(
            @ConfigProperty(name = "agent.session.ticket-ttl", defaultValue = "30s") Duration ticketTtl,
            @ConfigProperty(name = "agent.presence.offline-grace", defaultValue = "20s") Duration offlineGrace,
            @ConfigProperty(name = "agent.notices.retention", defaultValue = "15m") Duration retention,
            @ConfigProperty(name = "agent.notices.max-per-agent", defaultValue = "500") int perAgent,
            @ConfigProperty(name = "agent.presence.connection-stale-after", defaultValue = "60s") Duration staleAfter) {
        return new SessionPolicy(ticketTtl, offlineGrace, retention, perAgent, staleAfter);
    }
}
