package dev.handoff.routing.domain.model;

import java.time.Duration;
import java.util.Optional;

/**
 * A tenant's rules for agents who do not answer, teams that do not answer and visitors nobody answers.
 *
 * @param missedOffersBeforeAway after this many lapsed offers in a row an agent is set away; 0: never
 * @param teamOverflowSeconds how long a conversation waits in a team's queue before every agent of the tenant may
 *     take it (teams may set their own); 0: never
 * @param leaveMessageAfterSeconds how long a visitor waits while nobody is accepting before they are offered to
 *     leave a message instead; 0: never
 */
public record QueueRules(int missedOffersBeforeAway, int teamOverflowSeconds, int leaveMessageAfterSeconds) {
    public static final int DEFAULT_MISSED_OFFERS_BEFORE_AWAY = 3;
    public static final int MAX_MISSED_OFFERS_BEFORE_AWAY = 20;
    public static final int MIN_OVERFLOW_SECONDS = 10;
    public static final int MAX_OVERFLOW_SECONDS = 86_400;
    public static final int DEFAULT_LEAVE_MESSAGE_AFTER_SECONDS = 120;
    public static final int MIN_LEAVE_MESSAGE_AFTER_SECONDS = 5;
    public static final int MAX_LEAVE_MESSAGE_AFTER_SECONDS = 86_400;
    /** A tenant that chose nothing: away after 3 lapsed offers, teams never overflow, a message after 2 minutes. */
    public static final QueueRules DEFAULT =
            new QueueRules(DEFAULT_MISSED_OFFERS_BEFORE_AWAY, 0, DEFAULT_LEAVE_MESSAGE_AFTER_SECONDS);

    public QueueRules {
        requireValidMissedOffers(missedOffersBeforeAway);
        requireValidOverflow(teamOverflowSeconds);
        requireValidLeaveMessageAfter(leaveMessageAfterSeconds);
    }

    /** Rules with the default time before a message may be left. */
    public QueueRules(int missedOffersBeforeAway, int teamOverflowSeconds) {
        this(missedOffersBeforeAway, teamOverflowSeconds, DEFAULT_LEAVE_MESSAGE_AFTER_SECONDS);
    }

    /** Throws unless {@code count} is an allowed number of lapsed offers (0 to 20). */
    public static int requireValidMissedOffers(int count) {
        if (count < 0 || count > MAX_MISSED_OFFERS_BEFORE_AWAY) {
            throw new IllegalArgumentException("missedOffersBeforeAway must be 0.." + MAX_MISSED_OFFERS_BEFORE_AWAY);
        }
        return count;
    }

    /** Throws unless {@code seconds} is 0 (never) or an allowed overflow time (10 s to a day). */
    public static int requireValidOverflow(int seconds) {
        if (seconds != 0 && (seconds < MIN_OVERFLOW_SECONDS || seconds > MAX_OVERFLOW_SECONDS)) {
            throw new IllegalArgumentException("an overflow time must be 0 (never) or " + MIN_OVERFLOW_SECONDS + ".."
                    + MAX_OVERFLOW_SECONDS + " seconds");
        }
        return seconds;
    }

    /** Throws unless {@code seconds} is 0 (never) or an allowed wait before a message may be left (5 s to a day). */
    public static int requireValidLeaveMessageAfter(int seconds) {
        if (seconds != 0 && (seconds < MIN_LEAVE_MESSAGE_AFTER_SECONDS || seconds > MAX_LEAVE_MESSAGE_AFTER_SECONDS)) {
            throw new IllegalArgumentException("leaveMessageAfterSeconds must be 0 (never) or "
                    + MIN_LEAVE_MESSAGE_AFTER_SECONDS + ".." + MAX_LEAVE_MESSAGE_AFTER_SECONDS);
        }
        return seconds;
    }

    /** These rules with the given values replaced; a null keeps the current one. */
    public QueueRules with(Integer missedOffers, Integer overflowSeconds) {
        return with(missedOffers, overflowSeconds, null);
    }

    /** These rules with the given values replaced; a null keeps the current one. */
    public QueueRules with(Integer missedOffers, Integer overflowSeconds, Integer leaveMessageAfter) {
        return new QueueRules(
                missedOffers == null ? missedOffersBeforeAway : missedOffers,
                overflowSeconds == null ? teamOverflowSeconds : overflowSeconds,
                leaveMessageAfter == null ? leaveMessageAfterSeconds : leaveMessageAfter);
    }

    /** Whether an agent who let {@code missedInARow} offers lapse in a row is to be set away. */
    public boolean setsAwayAfter(int missedInARow) {
        return missedOffersBeforeAway > 0 && missedInARow >= missedOffersBeforeAway;
    }

    /** The overflow time of a team whose own value is {@code teamOverride} (null: the tenant's); empty: never. */
    public Optional<Duration> overflowOf(Integer teamOverride) {
        int seconds = teamOverride == null ? teamOverflowSeconds : teamOverride;
        return seconds == 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
    }

    /** How long a visitor nobody is accepting waits before being offered to leave a message; empty: never. */
    public Optional<Duration> leaveMessageAfter() {
        return leaveMessageAfterSeconds == 0
                ? Optional.empty()
                : Optional.of(Duration.ofSeconds(leaveMessageAfterSeconds));
    }
}
