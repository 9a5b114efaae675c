package dev.handoff.agent.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** When an agent without sockets turns OFFLINE; the intervals are read by the scheduled jobs themselves. */
@ConfigMapping(prefix = "agent.presence")
public interface PresenceConfig {
    /** An agent whose last socket closed stays ONLINE/AWAY this long. */
    @WithDefault("20s")
    Duration offlineGrace();

    /** How often any replica looks for agents whose grace is over. */
    @WithDefault("5s")
    Duration checkInterval();

    /** How often each replica confirms its open sockets. */
    @WithDefault("15s")
    Duration confirmInterval();

    /** Sockets unconfirmed this long (their replica died) count as closed. */
    @WithDefault("60s")
    Duration connectionStaleAfter();
}
