package dev.handoff.handoff.adapter.in.rest;

import static dev.handoff.runtime.input.InputRules.Lines.MULTI;

import dev.handoff.runtime.input.Text;
import dev.handoff.shared.id.Identifier;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON a bot posts to hand off. Limits keep one request from flooding agents or storage; texts follow the
 * platform's text rules (docs/api-errors.md), lengths in characters.
 */
@Schema(example = """
                {"conversationId": "web-4711", "visitor": {"name": "Thandi", "email": "thandi@example.org",
                "locale": "en-ZA", "attributes": {"plan": "gold"}}, "botHistory": [{"sender": "user",
                "message": "I want to talk to a person", "at": "2026-12-01T10:15:30Z"}, {"sender": "bot",
                "message": "Let me find someone for you."}], "language": "en", "team": "billing", "priority": 5,
                "reason": "asked for a human"}""")
public record HandoffRequestBody(
        @Pattern(regexp = Identifier.REGEX, message = ID_MESSAGE) @Size(max = Identifier.MAX_LENGTH)
        String conversationId,

        @Valid Visitor visitor,

        @Size(max = 500, message = "at most 500 history entries")
        List<@NotNull @Valid HistoryLine> botHistory,

        @Text(max = 35) @Schema(maxLength = 35) String language,

        @Pattern(regexp = Identifier.REGEX, message = ID_MESSAGE) @Size(max = Identifier.MAX_LENGTH)
        String team,

        @Min(0) @Max(10) Integer priority,

        @Text(max = 500, lines = MULTI) @Schema(maxLength = 500)
        String reason) {
    static final String ID_MESSAGE = "may contain only letters, digits and . _ : @ -";

    /** What the bot knows of the visitor. */
    public record Visitor(
            @Text(max = 200) @Schema(maxLength = 200) String name,
            @Email @Text(max = 320) @Schema(maxLength = 320) String email,
            @Text(max = 35) @Schema(maxLength = 35) String locale,

            @Size(max = 50, message = "at most 50 attributes")
            Map<@Text(max = 100) String, @NotNull @Text(max = 1000, lines = MULTI) String> attributes) {}

    /** One line of the bot conversation; sender is "user" (or "visitor") or "bot". */
    public record HistoryLine(
            @NotNull @Pattern(regexp = "user|visitor|bot", message = "must be user, visitor or bot")
            String sender,

            @NotBlank @Text(max = 4000, lines = MULTI) @Schema(maxLength = 4000)
            String message,

            Instant at) {}
}
