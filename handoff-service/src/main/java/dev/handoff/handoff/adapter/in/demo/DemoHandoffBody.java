package dev.handoff.handoff.adapter.in.demo;

import dev.handoff.runtime.input.InputRules;
import dev.handoff.runtime.input.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the demo page sends: the visitor as they introduced themselves and their chat with the page's bot. */
@Schema(example = """
        {"visitor": {"name": "Thandi", "email": "thandi@example.org", "locale": "en"},
        "botHistory": [{"sender": "user", "message": "I need a person"}]}""")
public record DemoHandoffBody(
        @Valid Visitor visitor,

        @Size(max = 100, message = "at most 100 history entries")
        List<@NotNull @Valid HistoryLine> botHistory) {

    /** The visitor; every field optional. */
    @Schema(name = "DemoVisitor")
    public record Visitor(
            @Text(max = 100) @Schema(maxLength = 100) String name,
            @Email @Text(max = 320) @Schema(maxLength = 320) String email,
            @Text(max = 35) @Schema(maxLength = 35) String locale) {}

    /** One line of the demo bot's conversation: {@code user} or {@code bot}. */
    @Schema(name = "DemoHistoryLine")
    public record HistoryLine(
            @NotNull @Pattern(regexp = "user|bot", message = "must be user or bot")
            String sender,

            @NotBlank @Text(max = 1000, lines = InputRules.Lines.MULTI) @Schema(maxLength = 1000)
            String message) {}
}
