package dev.handoff.agent.config;

import dev.handoff.agent.application.service.ClaimWait;
import dev.handoff.agent.application.service.SendWait;
import dev.handoff.agent.domain.model.SessionPolicy;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The values the use cases take from configuration, so they depend on no configuration framework. */
public class AgentSettingsProducer {
    @Produces
    @Singleton
    SessionPolicy sessionPolicy(SessionConfig session, PresenceConfig presence, NoticesConfig notices) {
        return new SessionPolicy(
                session.ticketTtl(),
                presence.offlineGrace(),
                notices.retention(),
                notices.maxPerAgent(),
                presence.connectionStaleAfter());
    }

    @Produces
    @Singleton
    ClaimWait claimWait(ChatsConfig chats) {
        return new ClaimWait(chats.claimWait());
    }

    @Produces
    @Singleton
    SendWait sendWait(ChatsConfig chats) {
        return new SendWait(chats.sendTimeout());
    }
}
