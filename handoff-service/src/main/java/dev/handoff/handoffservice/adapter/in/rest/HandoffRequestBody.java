package dev.handoff.handoffservice.adapter.in.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The JSON a bot posts to hand off. Limits keep one request from flooding agents or storage. */
public record HandoffRequestBody(
        @Pattern(regexp = ID, message = ID_MESSAGE) @Size(max = 128) String conversationId,
        @Valid Visitor visitor,
        @Size(max = 500, message = "at most 500 history entries") List<@NotNull @Valid HistoryLine> botHistory,
        @Size(max = 35) String language,
        @Pattern(regexp = ID, message = ID_MESSAGE) @Size(max = 128) String team,
        @Min(0) @Max(10) Integer priority,
        @Size(max = 500) String reason) {
    static final String ID = "[A-Za-z0-9][A-Za-z0-9._:@-]*";
    static final String ID_MESSAGE = "may contain only letters, digits and . _ : @ -";

    /** What the bot knows of the visitor. */
    public record Visitor(
            @Size(max = 200) String name,
            @Email @Size(max = 320) String email,
            @Size(max = 35) String locale,
            @Size(max = 50, message = "at most 50 attributes") Map<@Size(max = 100) String, @Size(max = 1000) String> attributes) {
    }

    /** One line of the bot conversation; sender is "user" (or "visitor") or "bot". */
    public record HistoryLine(
            @NotNull @Pattern(regexp = "user|visitor|bot", message = "must be user, visitor or bot") String sender,
            @NotBlank @Size(max = 4000) String message,
            Instant at) {
    }
}
