package dev.handoff.notification.domain.model;

import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.TenantId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * When and to whom a tenant's mails go, as its supervisors set it (the recipient list is kept apart).
 *
 * @param mailAgents whether the agents who may take a request are mailed about it too (else only the recipients)
 * @param waitingAfter how long a request waits before "still waiting" is mailed, unless its bot has its own
 * @param escalateAfter how long before the second mail, to the supervisors; null: no escalation
 * @param batchWindow how long visitor messages are collected into one mail
 * @param idleAfter how long without activity before the console reports its agent away
 * @param language the language of mails to people whose own is unknown (BCP 47; unsupported ones mail in English)
 * @param waitingAfterByBot per-bot thresholds that replace {@code waitingAfter}
 */
public record NotificationSettings(
        TenantId tenantId,
        boolean mailAgents,
        Duration waitingAfter,
        Duration escalateAfter,
        Duration batchWindow,
        Duration idleAfter,
        String language,
        Map<BotId, Duration> waitingAfterByBot) {
    public static final Duration DEFAULT_WAITING_AFTER = Duration.ofMinutes(5);
    public static final Duration DEFAULT_BATCH_WINDOW = Duration.ofMinutes(3);
    public static final Duration DEFAULT_IDLE_AFTER = Duration.ofMinutes(5);
    public static final Duration MAX_WAITING_AFTER = Duration.ofDays(1);
    public static final Duration MAX_ESCALATE_AFTER = Duration.ofDays(7);
    public static final Duration MAX_BATCH_WINDOW = Duration.ofHours(1);
    public static final Duration MAX_IDLE_AFTER = Duration.ofHours(4);
    public static final int MAX_BOTS = 200;
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}");

    /** @throws InvalidSettingsException naming every field out of its range */
    public NotificationSettings {
        Objects.requireNonNull(tenantId, "tenantId");
        waitingAfterByBot = waitingAfterByBot == null ? Map.of() : Map.copyOf(waitingAfterByBot);
        language = language == null || language.isBlank() ? MailLanguage.DEFAULT : language.strip();
        List<String> problems = new ArrayList<>();
        within(problems, "waitingAfterMinutes", waitingAfter, MAX_WAITING_AFTER);
        within(problems, "batchMinutes", batchWindow, MAX_BATCH_WINDOW);
        within(problems, "idleMinutes", idleAfter, MAX_IDLE_AFTER);
        if (escalateAfter != null
                && within(problems, "escalateAfterMinutes", escalateAfter, MAX_ESCALATE_AFTER)
                && waitingAfter != null
                && escalateAfter.compareTo(waitingAfter) <= 0) {
            problems.add("escalateAfterMinutes: must be longer than waitingAfterMinutes");
        }
        if (waitingAfterByBot.size() > MAX_BOTS) {
            problems.add("bots: at most " + MAX_BOTS + " bots");
        }
        waitingAfterByBot.forEach((bot, after) ->
                within(problems, "bots[" + bot.value() + "].waitingAfterMinutes", after, MAX_WAITING_AFTER));
        if (language.length() > 35 || !LANGUAGE_TAG.matcher(language).matches()) {
            problems.add("language: must be a language tag such as en or de");
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
    }

    /** What a tenant that never saved settings gets. */
    public static NotificationSettings defaults(TenantId tenant) {
        return new NotificationSettings(
                tenant,
                true,
                DEFAULT_WAITING_AFTER,
                null,
                DEFAULT_BATCH_WINDOW,
                DEFAULT_IDLE_AFTER,
                MailLanguage.DEFAULT,
                Map.of());
    }

    /** How long a request of {@code bot} waits before "still waiting" is mailed. */
    public Duration waitingAfterFor(BotId bot) {
        return waitingAfterByBot.getOrDefault(bot, waitingAfter);
    }

    /** Whether {@code value} is 1 minute to {@code max}; else names {@code field} among the problems. */
    private static boolean within(List<String> problems, String field, Duration value, Duration max) {
        if (value == null || value.compareTo(Duration.ofMinutes(1)) < 0 || value.compareTo(max) > 0) {
            problems.add(field + ": must be 1 to " + max.toMinutes() + " minutes");
            return false;
        }
        return true;
    }
}
