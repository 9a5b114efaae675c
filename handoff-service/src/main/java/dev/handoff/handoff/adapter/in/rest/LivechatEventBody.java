package dev.handoff.handoff.adapter.in.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A CSML-style livechat event from a bot: {@code LIVECHAT_SESSION_START} with the handoff request's fields, or
 * {@code LIVECHAT_SESSION_END} (the visitor asked the bot to end the live chat) with the conversation id.
 */
@Schema(example = """
        {"payload": "LIVECHAT_SESSION_START", "session": {"conversationId": "web-4711",
        "visitor": {"name": "Thandi"}, "botHistory": [{"sender": "user",
        "message": "Can I speak to someone?"}]}}""")
public record LivechatEventBody(
        @NotNull
        @Pattern(
                regexp = "LIVECHAT_SESSION_START|LIVECHAT_SESSION_END",
                message = "must be LIVECHAT_SESSION_START or LIVECHAT_SESSION_END")
        String payload,

        @Valid HandoffRequestBody session) {}
