package dev.handoff.handoff.domain.model;

import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.BusinessHours;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * How one bot hands off: when humans are reachable, what visitors are told otherwise, how long a
 * silent chat lives, and how the bot hears back.
 *
 * @param inactivityTimeout a chat with no message for this long expires
 * @param webhookUrl where session events are posted (HMAC-signed with {@code webhookSecret}), or null
 * @param allowedOrigins browser origins allowed to open a visitor socket for this bot
 * @param socketIoEnabled whether the Botlhale-compatible Socket.IO protocol is served for this bot
 * @param relayAgentMessages whether agent messages also go to the webhook (bots that relay them themselves)
 * @param appearance the bot's display name and picture, announced with each handoff
 * @param defaultTeam the team whose queue takes the bot's handoffs that name none; null: the tenant-wide queue
 */
public record BotSettings(
        TenantId tenantId,
        BotId botId,
        boolean enabled,
        BusinessHours businessHours,
        String offlineMessage,
        Duration inactivityTimeout,
        String endMessage,
        String endButtonLabel,
        String webhookUrl,
        String webhookSecret,
        Set<String> allowedOrigins,
        boolean socketIoEnabled,
        boolean relayAgentMessages,
        BotAppearance appearance,
        TeamId defaultTeam) {
    public static final Duration DEFAULT_INACTIVITY_TIMEOUT = Duration.ofMinutes(60);
    public static final String DEFAULT_OFFLINE_MESSAGE = "Our team is currently offline.";
    public static final String DEFAULT_END_MESSAGE = "The agent has ended this conversation.";
    public static final String DEFAULT_END_BUTTON_LABEL = "End chat";

    public BotSettings {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(botId, "botId");
        Objects.requireNonNull(businessHours, "businessHours");
        offlineMessage = offlineMessage == null ? DEFAULT_OFFLINE_MESSAGE : offlineMessage;
        inactivityTimeout = inactivityTimeout == null ? DEFAULT_INACTIVITY_TIMEOUT : inactivityTimeout;
        if (inactivityTimeout.isNegative() || inactivityTimeout.isZero()) {
            throw new IllegalArgumentException("inactivity timeout must be positive");
        }
        endMessage = endMessage == null ? DEFAULT_END_MESSAGE : endMessage;
        endButtonLabel = endButtonLabel == null ? DEFAULT_END_BUTTON_LABEL : endButtonLabel;
        allowedOrigins = allowedOrigins == null ? Set.of() : Set.copyOf(allowedOrigins);
        appearance = appearance == null ? BotAppearance.NONE : appearance;
    }

    /** Settings of a bot whose handoffs without a team go to the tenant-wide queue. */
    public BotSettings(
            TenantId tenantId,
            BotId botId,
            boolean enabled,
            BusinessHours businessHours,
            String offlineMessage,
            Duration inactivityTimeout,
            String endMessage,
            String endButtonLabel,
            String webhookUrl,
            String webhookSecret,
            Set<String> allowedOrigins,
            boolean socketIoEnabled,
            boolean relayAgentMessages,
            BotAppearance appearance) {
        this(
                tenantId,
                botId,
                enabled,
                businessHours,
                offlineMessage,
                inactivityTimeout,
                endMessage,
                endButtonLabel,
                webhookUrl,
                webhookSecret,
                allowedOrigins,
                socketIoEnabled,
                relayAgentMessages,
                appearance,
                null);
    }

    /** Settings of a bot without a display name or picture. */
    public BotSettings(
            TenantId tenantId,
            BotId botId,
            boolean enabled,
            BusinessHours businessHours,
            String offlineMessage,
            Duration inactivityTimeout,
            String endMessage,
            String endButtonLabel,
            String webhookUrl,
            String webhookSecret,
            Set<String> allowedOrigins,
            boolean socketIoEnabled,
            boolean relayAgentMessages) {
        this(
                tenantId,
                botId,
                enabled,
                businessHours,
                offlineMessage,
                inactivityTimeout,
                endMessage,
                endButtonLabel,
                webhookUrl,
                webhookSecret,
                allowedOrigins,
                socketIoEnabled,
                relayAgentMessages,
                BotAppearance.NONE);
    }

    /** Settings of a bot that does not relay agent messages itself. */
    public BotSettings(
            TenantId tenantId,
            BotId botId,
            boolean enabled,
            BusinessHours businessHours,
            String offlineMessage,
            Duration inactivityTimeout,
            String endMessage,
            String endButtonLabel,
            String webhookUrl,
            String webhookSecret,
            Set<String> allowedOrigins,
            boolean socketIoEnabled) {
        this(
                tenantId,
                botId,
                enabled,
                businessHours,
                offlineMessage,
                inactivityTimeout,
                endMessage,
                endButtonLabel,
                webhookUrl,
                webhookSecret,
                allowedOrigins,
                socketIoEnabled,
                false);
    }

    /** Whether a page of {@code origin} may open a Socket.IO live chat for this bot. */
    public boolean allowsOrigin(String origin) {
        return origin == null || allowedOrigins.contains("*") || allowedOrigins.contains(origin);
    }

    /**
     * These settings with the webhook secret of {@code previous} when none is given: reads never
     * return the secret, so writing back what was read must not erase it. Removing the webhook URL
     * drops the secret with it.
     */
    public BotSettings keepingWebhookSecretOf(BotSettings previous) {
        if (webhookSecret != null || webhookUrl == null || previous.webhookSecret() == null) {
            return this;
        }
        return new BotSettings(
                tenantId,
                botId,
                enabled,
                businessHours,
                offlineMessage,
                inactivityTimeout,
                endMessage,
                endButtonLabel,
                webhookUrl,
                previous.webhookSecret(),
                allowedOrigins,
                socketIoEnabled,
                relayAgentMessages,
                appearance,
                defaultTeam);
    }

    /** The team a handoff goes to: the one the bot named, else the bot's default (null: the tenant-wide queue). */
    public TeamId teamFor(TeamId requested) {
        return requested != null ? requested : defaultTeam;
    }

    /** Whether a visitor can reach a human at {@code now}, and if not, why and when they can. */
    public Availability availabilityAt(Instant now) {
        if (!enabled) {
            return Availability.closed(Availability.Reason.DISABLED, offlineMessage, null);
        }
        if (businessHours.isOpenAt(now)) {
            return Availability.available();
        }
        Availability.Reason reason =
                businessHours.isHoliday(now) ? Availability.Reason.HOLIDAY : Availability.Reason.OUTSIDE_BUSINESS_HOURS;
        return Availability.closed(
                reason, offlineMessage, businessHours.nextOpeningAfter(now).orElse(null));
    }
}
