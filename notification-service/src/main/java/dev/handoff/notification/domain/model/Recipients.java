package dev.handoff.notification.domain.model;

import dev.handoff.shared.id.TenantId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The addresses a tenant's supervisors chose to be mailed about waiting requests, in their order.
 * Addresses are trimmed and duplicates (ignoring case) dropped.
 */
public record Recipients(TenantId tenantId, List<String> emails) {
    public static final int MAX_RECIPIENTS = 50;
    /** RFC 5321 path limit. */
    public static final int MAX_EMAIL_LENGTH = 254;
    // Deliberately narrow: one mailbox, no display name, no quoting, no line breaks that could inject headers.
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    /** @throws InvalidSettingsException naming every address that is not acceptable */
    public Recipients {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(emails, "emails");
        List<String> problems = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < emails.size(); i++) {
            String email = emails.get(i) == null ? "" : emails.get(i).strip();
            if (!isValidEmail(email)) {
                problems.add("emails[" + i + "]: not a valid email address");
            } else if (seen.add(email.toLowerCase(Locale.ROOT))) {
                kept.add(email);
            }
        }
        if (kept.size() > MAX_RECIPIENTS) {
            problems.add("emails: at most " + MAX_RECIPIENTS + " recipients");
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        emails = List.copyOf(kept);
    }

    public static Recipients none(TenantId tenantId) {
        return new Recipients(tenantId, List.of());
    }

    public boolean isEmpty() {
        return emails.isEmpty();
    }

    /** Whether {@code email} is one plain address this service will send to. */
    public static boolean isValidEmail(String email) {
        return email != null
                && email.length() <= MAX_EMAIL_LENGTH
                && EMAIL.matcher(email).matches();
    }
}
