package dev.handoff.handoff.domain.model;

import java.util.regex.Pattern;

/**
 * How a bot presents itself to visitors and agents: a display name and a picture. Both are optional; without a
 * name the bot is shown by its id.
 *
 * @param displayName trimmed, 1 to {@value #MAX_NAME_LENGTH} characters, or null
 * @param avatarUrl an http(s) URL of at most {@value #MAX_URL_LENGTH} characters, or null
 */
public record BotAppearance(String displayName, String avatarUrl) {
    public static final int MAX_NAME_LENGTH = 80;
    public static final int MAX_URL_LENGTH = 2000;
    public static final BotAppearance NONE = new BotAppearance(null, null);
    private static final Pattern HTTP_URL = Pattern.compile("https?://\\S+");

    /** @throws IllegalArgumentException for a name with control characters or too long, or a URL that is not http(s) */
    public BotAppearance {
        displayName = displayName == null || displayName.isBlank() ? null : displayName.strip();
        if (displayName != null
                && (displayName.codePointCount(0, displayName.length()) > MAX_NAME_LENGTH
                        || displayName.chars().anyMatch(Character::isISOControl))) {
            throw new IllegalArgumentException(
                    "the display name must be at most " + MAX_NAME_LENGTH + " characters on one line");
        }
        avatarUrl = avatarUrl == null || avatarUrl.isBlank() ? null : avatarUrl.strip();
        if (avatarUrl != null
                && (avatarUrl.length() > MAX_URL_LENGTH
                        || !HTTP_URL.matcher(avatarUrl).matches())) {
            throw new IllegalArgumentException(
                    "the avatar URL must be an http(s) URL of at most " + MAX_URL_LENGTH + " characters");
        }
    }
}
