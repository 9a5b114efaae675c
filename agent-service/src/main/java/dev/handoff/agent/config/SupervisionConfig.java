package dev.handoff.agent.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How a tenant's overview changes reach its supervisors' sockets. */
@ConfigMapping(prefix = "agent.supervision")
public interface SupervisionConfig {
    /** The PostgreSQL channel of those changes (the supervision.changed hint). */
    @WithDefault("agent_supervision")
    String channel();
}
