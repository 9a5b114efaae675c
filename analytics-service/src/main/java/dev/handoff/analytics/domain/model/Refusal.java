package dev.handoff.analytics.domain.model;

import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.model.Channel;
import java.time.Instant;
import java.util.Set;

/** A handoff request a bot made while no human could be reached. */
public record Refusal(Instant at, BotId botId, String reason, Channel channel, String language, TeamId team) {
    private static final Set<String> OUTSIDE_HOURS = Set.of("OUTSIDE_BUSINESS_HOURS", "HOLIDAY");

    /** Refused because of business hours or a holiday, rather than a disabled bot. */
    public boolean outsideHours() {
        return OUTSIDE_HOURS.contains(reason);
    }

    /** The value this refusal has for a breakdown; it never has an agent. */
    public String valueOf(Dimension dimension) {
        Object value = switch (dimension) {
            case ALL, AGENT -> null;
            case BOT -> botId;
            case TEAM -> team;
            case CHANNEL -> channel;
            case LANGUAGE -> language;
        };
        return value == null ? Dimension.NONE : value.toString();
    }
}
