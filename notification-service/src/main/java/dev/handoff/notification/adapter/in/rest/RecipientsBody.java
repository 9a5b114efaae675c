package dev.handoff.notification.adapter.in.rest;

import dev.handoff.runtime.input.Text;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The addresses mailed about waiting requests (new, still waiting, escalated); empty: only agents are mailed. */
@Schema(example = """
        {"emails": ["supervisors@example.org"]}""")
public record RecipientsBody(
        @NotNull(message = "must be a list, possibly empty") @Size(max = 50, message = "at most 50 recipients")
        List<@NotBlank @Text(max = 254) @Email(message = "must be an email address") String> emails) {}
