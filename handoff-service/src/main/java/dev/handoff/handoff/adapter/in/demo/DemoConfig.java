package dev.handoff.handoff.adapter.in.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The demo visitor page's server side ({@code /demo/api/...}): off unless a deployment turns it on, and then
 * only for one tenant's bot, so a public page can hand off without holding bot credentials.
 */
@ConfigMapping(prefix = "handoff.demo")
public interface DemoConfig {
    /** Off by default: the endpoints answer 404. {@code ./handoff up} turns it on. */
    @WithDefault("false")
    boolean enabled();

    /** The tenant the demo's handoffs belong to. */
    @WithDefault("demo")
    String tenant();

    /** The bot the demo speaks for; its handoff settings (business hours, offline message) apply. */
    @WithDefault("demo-bot")
    String bot();

    /** Handoffs per minute this replica accepts from demo pages (anyone can call them): a steady rate... */
    @WithDefault("30")
    int handoffsPerMinute();

    /** ...with this burst. */
    @WithDefault("10")
    int handoffBurst();
}
