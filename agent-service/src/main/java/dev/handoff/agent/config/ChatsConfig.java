package dev.handoff.agent.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Claim, then write (decision 0046). */
@ConfigMapping(prefix = "agent.chats")
public interface ChatsConfig {
    /** How long a write in a chat just claimed waits for its assignment. */
    @WithDefault("10s")
    Duration claimWait();

    /** Writes waiting so on one replica at most; more are refused at once. */
    @WithDefault("200")
    int claimWaitMaxWaiters();

    /** The PostgreSQL channel that tells every replica a chat's holder or state changed. */
    @WithDefault("agent_chat_changes")
    String changesChannel();
}
