package dev.handoff.shared.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date on which nobody takes chats, whatever the weekly slots say: closed from the midnight that starts
 * {@code date} to the one that ends it, in the {@link BusinessHours#zone() business hours' zone}.
 *
 * @param name what the visitor may be told, such as "Christmas Day"
 */
public record Holiday(LocalDate date, String name) {
    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a holiday needs a name");
        }
    }
}
