package dev.handoff.analytics.adapter.in.rest;

import dev.handoff.analytics.domain.model.ConversationSearch.OutcomeFilter;
import dev.handoff.runtime.input.InputRules;
import dev.handoff.runtime.input.InvalidInputException;
import dev.handoff.shared.model.Channel;
import java.util.Locale;

/**
 * The rules of the analytics filters, one per kind of query parameter, all on the platform's input policy
 * ({@link InputRules}): ids are ids, enumerations are their words, numbers are ASCII digits in range, free text
 * has no control character. A refusal is a 400 naming the parameter and never echoes its value. An absent or
 * empty parameter means no filter. The patterns are stated in the OpenAPI document, so clients and the
 * hostile-input suite know what is valid.
 */
final class QueryParameters {
    /** A language subtag as analysts filter by it: {@code en}, {@code zu} (any case, read in lower case). */
    static final String LANGUAGE_PATTERN = "[A-Za-z]{2,8}";
    /** Free text without control characters (JSON Schema and Java read this pattern alike). */
    static final String FREE_TEXT_PATTERN = "[^\\x00-\\x1F\\x7F]*";
    /** The longest text search, in characters. */
    static final int MAX_SEARCH = 200;
    /** The largest page of the conversation list. */
    static final int MAX_LIMIT = 200;

    private QueryParameters() {}

    static boolean absent(String value) {
        return value == null || value.isEmpty();
    }

    /** A bot, team or agent id, or null when absent. */
    static String id(String name, String value) {
        return absent(value) ? null : InputRules.id(name, value);
    }

    /** {@code WEBSOCKET}, {@code SOCKET_IO} or {@code CSML} (any case), or null when absent. */
    static Channel channel(String value) {
        if (absent(value)) {
            return null;
        }
        for (Channel channel : Channel.values()) {
            if (channel.name().equalsIgnoreCase(value)) {
                return channel;
            }
        }
        throw new InvalidInputException("channel", "must be WEBSOCKET, SOCKET_IO or CSML");
    }

    /** A language subtag in lower case, or null when absent. */
    static String language(String value) {
        if (absent(value)) {
            return null;
        }
        if (!value.matches(LANGUAGE_PATTERN)) {
            throw new InvalidInputException("language", "must be a language subtag of 2 to 8 letters such as en");
        }
        return value.toLowerCase(Locale.ROOT);
    }

    /** A rating 1 to 5, or null when absent. */
    static Integer rating(String value) {
        return absent(value) ? null : (int) InputRules.wholeNumber("rating", value, 1, 5);
    }

    /** The page size 1 to {@link #MAX_LIMIT}, or {@code otherwise} when absent. */
    static int limit(String value, int otherwise) {
        return absent(value) ? otherwise : (int) InputRules.wholeNumber("limit", value, 1, MAX_LIMIT);
    }

    /** {@code accepted}, {@code abandoned} or {@code left_message} (any case); null when absent. */
    static OutcomeFilter outcome(String value) {
        if (absent(value)) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "abandoned" -> OutcomeFilter.ABANDONED;
            case "accepted" -> OutcomeFilter.ACCEPTED;
            case "left_message" -> OutcomeFilter.LEFT_MESSAGE;
            default -> throw new InvalidInputException("outcome", "must be accepted, abandoned or left_message");
        };
    }

    /** The words of a text search (one line, at most {@link #MAX_SEARCH} characters), or null when absent. */
    static String search(String value) {
        return absent(value) ? null : InputRules.text("q", value, MAX_SEARCH, InputRules.Lines.SINGLE);
    }
}
