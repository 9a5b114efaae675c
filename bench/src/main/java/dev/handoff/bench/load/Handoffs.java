package dev.handoff.bench.load;

import dev.handoff.bench.chat.Stack;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The demo bot handing visitors off ({@code POST /api/v1/bots/demo-bot/handoffs}), as the benchmark's chats begin. */
final class Handoffs {
    static final String BOT = "demo-bot";

    private final Stack stack;
    private final String token;

    /** A handoff the stack accepted. */
    record Created(String conversationId, String visitorToken) {}

    Handoffs(Stack stack) {
        this.stack = stack;
        this.token = stack.clientToken(BOT, "demo-bot-secret");
    }

    /** Hands a visitor called {@code visitorName} off, or throws. */
    Created create(String visitorName) {
        return tryCreate(visitorName)
                .orElseThrow(() -> new IllegalStateException("handoff of " + visitorName + " failed"));
    }

    /** Hands a visitor off; empty when the stack did not accept it. */
    Optional<Created> tryCreate(String visitorName) {
        Stack.Answer answer = stack.call(
                "POST",
                "/api/v1/bots/" + BOT + "/handoffs",
                token,
                Map.of(
                        "visitor", Map.of("name", visitorName),
                        "botHistory", List.of(Map.of("sender", "user", "message", "I need a person"))));
        if (!answer.ok()) {
            return Optional.empty();
        }
        return Optional.of(new Created(
                answer.json().path("conversationId").asText(),
                answer.json().path("visitorToken").asText()));
    }

    /** Ends a chat as its bot does when the visitor asks it to (also one still waiting); false if refused. */
    boolean end(String conversationId) {
        return stack.call(
                        "POST",
                        "/api/v1/bots/" + BOT + "/livechat",
                        token,
                        Map.of("payload", "LIVECHAT_SESSION_END", "session", Map.of("conversationId", conversationId)))
                .ok();
    }
}
