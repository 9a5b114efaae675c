package dev.handoff.runtime.input;

import dev.handoff.shared.id.Identifier;
import dev.handoff.shared.json.JsonMapping;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

/**
 * The one policy for what a client may send as text, numbers, time zones, ids and dates (docs/api-errors.md). Every
 * adapter checks its input with these rules, through the {@link Text}, {@link TimeZoneId} and {@link Id} constraints
 * on REST bodies or by calling them directly for parameters and socket frames. A refusal is a short sentence that
 * names what is wrong, never the value itself.
 */
public final class InputRules {
    /** Earliest instant or date accepted anywhere, as JSON bodies read them (PostgreSQL's range is far wider). */
    public static final Instant EARLIEST = JsonMapping.EARLIEST;
    /** Latest instant or date accepted anywhere: the end of year 9999. */
    public static final Instant LATEST = JsonMapping.LATEST;

    private static final int LONGEST_NUMBER = 18;
    // Zone ids are region names ("Europe/Berlin") or the few fixed ones Java lists ("UTC", "Etc/GMT+2");
    // offsets ("-01:00") and prefixes ("UTC+1") are what a typo or a coerced number looks like, so they are refused.
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    private InputRules() {}

    /** How much white space a text may hold. */
    public enum Lines {
        /** A name, subject or label: no control character at all, not even a tab. */
        SINGLE,
        /** A message or a note: tabs, line feeds and carriage returns allowed, other control characters not. */
        MULTI
    }

    /**
     * Why {@code value} is not acceptable text, or empty when it is: no NUL or other C0 control character (except
     * tab, line feed and carriage return in {@link Lines#MULTI} text), no DEL, no lone surrogate, and at most
     * {@code maxCodePoints} characters as people count them (code points, not UTF-16 units).
     */
    public static Optional<String> textProblem(String value, int maxCodePoints, Lines lines) {
        if (value == null) {
            return Optional.empty();
        }
        int count = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("must not contain a lone UTF-16 surrogate (" + hex(c) + ")");
            } else if (isControl(c, lines)) {
                return Optional.of("must not contain the control character " + hex(c));
            }
            if (++count > maxCodePoints) {
                return Optional.of("must be at most " + maxCodePoints + " characters long");
            }
        }
        return Optional.empty();
    }

    /** {@code value} if it is acceptable text (see {@link #textProblem}), else an {@link InvalidInputException}. */
    public static String text(String field, String value, int maxCodePoints, Lines lines) {
        textProblem(value, maxCodePoints, lines).ifPresent(problem -> {
            throw new InvalidInputException(field, problem);
        });
        return value;
    }

    /**
     * A whole number written with ASCII digits only (an optional leading minus), within {@code min..max}.
     * {@link Long#parseLong} would also read other scripts' digits ("５"), which no client means as a number.
     */
    public static long wholeNumber(String field, String value, long min, long max) {
        String range = " from " + min + " to " + max;
        if (value == null || value.isEmpty() || value.length() > LONGEST_NUMBER + 1) {
            throw new InvalidInputException(field, "must be a whole number" + range);
        }
        int start = value.charAt(0) == '-' ? 1 : 0;
        if (start == value.length()) {
            throw new InvalidInputException(field, "must be a whole number" + range);
        }
        for (int i = start; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidInputException(field, "must be a whole number written with the digits 0-9" + range);
            }
        }
        long number = Long.parseLong(value);
        if (number < min || number > max) {
            throw new InvalidInputException(field, "must be a whole number" + range);
        }
        return number;
    }

    /** True for an IANA time zone id such as {@code Europe/Berlin} or {@code UTC}; offsets are not zone ids here. */
    public static boolean isZoneId(String value) {
        return value != null && ZONES.contains(value);
    }

    /** The zone named {@code value} (see {@link #isZoneId}), else an {@link InvalidInputException}. */
    public static ZoneId zone(String field, String value) {
        if (!isZoneId(value)) {
            throw new InvalidInputException(field, "must be an IANA time zone id such as Europe/Berlin or UTC");
        }
        return ZoneId.of(value);
    }

    /** {@code value} if it is a valid identifier (one pattern for every id of the platform), else refused. */
    public static String id(String field, String value) {
        if (!Identifier.isValid(value)) {
            throw new InvalidInputException(field, idRule());
        }
        return value;
    }

    /** The identifier rule in words, for error messages. */
    public static String idRule() {
        return "must be 1 to " + Identifier.MAX_LENGTH
                + " letters, digits or . _ : @ - (starting with a letter or digit)";
    }

    /** True if {@code instant} lies within {@link #EARLIEST}..{@link #LATEST}. */
    public static boolean inRange(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }

    /** The range of instants in words, for error messages. */
    public static String instantRule() {
        return "must be an ISO-8601 instant such as 2025-03-10T09:30:00Z, from 1970-01-01 to 9999-12-31";
    }

    /** An ISO-8601 instant ({@code 2025-03-10T09:30:00Z}, an offset allowed) within the accepted range. */
    public static Instant instant(String field, String value) {
        try {
            Instant parsed = DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(value, Instant::from);
            if (inRange(parsed)) {
                return parsed;
            }
        } catch (DateTimeParseException | NullPointerException e) {
            // reported below, in the client's terms
        }
        throw new InvalidInputException(field, instantRule());
    }

    /** An instant, or a date ({@code yyyy-MM-dd}, meaning its start in UTC), within the accepted range. */
    public static Instant instantOrDate(String field, String value) {
        if (value != null && value.length() == 10) {
            return date(field, value).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        try {
            return instant(field, value);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(
                    field,
                    "must be an ISO-8601 instant such as 2025-03-10T09:30:00Z or a date"
                            + " such as 2025-03-10, from 1970-01-01 to 9999-12-31");
        }
    }

    /** A calendar date {@code yyyy-MM-dd} from 1970-01-01 to 9999-12-31. */
    public static LocalDate date(String field, String value) {
        try {
            LocalDate date = LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
            if (value.length() == 10
                    && inRange(date.atStartOfDay(ZoneOffset.UTC).toInstant())) {
                return date;
            }
        } catch (DateTimeException | NullPointerException e) {
            // reported below
        }
        throw new InvalidInputException(field, "must be a date yyyy-MM-dd from 1970-01-01 to 9999-12-31");
    }

    private static boolean isControl(char c, Lines lines) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return lines == Lines.SINGLE;
        }
        return c < 0x20 || c == 0x7f;
    }

    private static String hex(char c) {
        return String.format("U+%04X", (int) c);
    }
}
