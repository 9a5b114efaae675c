package dev.handoff.agent.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Claim, then write (decision 0046), and how long an agent's send waits for the broker and for its number (0082). */
@ConfigMapping(prefix = "agent.chats")
public interface ChatsConfig {
    /** How long a write in a chat just claimed waits for its assignment. */
    @WithDefault("10s")
    Duration claimWait();

    /** Writes waiting so on one replica at most; more are refused at once. */
    @WithDefault("200")
    int claimWaitMaxWaiters();

    /**
     * How long a send waits for the broker's acknowledgement, and then again for this service to number the message;
     * after either it is answered as of unknown outcome (a resend with the same client message id is shown once).
     */
    @WithDefault("10s")
    Duration sendTimeout();

    /** The PostgreSQL channel that tells every replica a chat's holder or state changed. */
    @WithDefault("agent_chat_changes")
    String changesChannel();
}
