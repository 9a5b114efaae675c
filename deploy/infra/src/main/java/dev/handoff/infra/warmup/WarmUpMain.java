package dev.handoff.infra.warmup;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Runs chats through the whole local stack once {@code ./handoff up} has it healthy, in a tenant of its own
 * ({@code warm-up}, its bot and its agent are in the local realm only), so that the first chats of real visitors do
 * not pay for code still interpreted and for lazy set-up in every service: each chat is a bot handoff seen live on
 * the agent's console socket, a visitor message on {@code /ws/visitor}, a claim, an agent message on the console
 * socket that reaches the visitor, and the end. Usage: {@code GATEWAY_URL TOKEN_URL CHATS}; exit code 1 when a step
 * fails, which means the stack cannot serve a chat.
 */
public final class WarmUpMain {
    static final String TENANT_BOT = "warm-up-bot";
    private static final Map<String, Object> BOT_SETTINGS = Map.of("enabled", true, "displayName", "Warm-up bot");

    private WarmUpMain() {}

    public static void main(String[] args) {
        if (args.length != 3 || !args[2].matches("[0-9]{1,4}")) {
            System.err.println("usage: GATEWAY_URL TOKEN_URL CHATS");
            System.exit(2);
        }
        try {
            run(new StackClient(args[0], args[1]), Integer.parseInt(args[2]), System.out);
            System.exit(0);
        } catch (Exception e) {
            System.err.println("warm-up failed: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Runs {@code chats} chats one after the other and says how long the first and the last took to show. */
    static void run(StackClient stack, int chats, PrintStream out) throws Exception {
        String bot = stack.token(Map.of(
                "grant_type", "client_credentials", "client_id", TENANT_BOT, "client_secret", "warm-up-bot-secret"));
        String agent = stack.token(Map.of(
                "grant_type", "password", "client_id", "handoff-cli", "username", "warm-up", "password", "warm-up"));
        stack.call("PUT", "/api/v1/bots/" + TENANT_BOT + "/settings", agent, BOT_SETTINGS, 200);
        endLeftovers(stack, agent);
        String ticket = stack.call("POST", "/api/v1/agent/session-tickets", agent, null, 200)
                .path("ticket")
                .asText();
        long first = 0;
        long last = 0;
        try (StackClient.Frames console = stack.socket("/ws/agent?ticket=" + encode(ticket))) {
            console.await("welcome on the console socket", f -> type(f, "welcome"));
            console.send(Map.of("type", "status", "status", "ONLINE"));
            for (int chat = 1; chat <= chats; chat++) {
                last = chat(stack, bot, agent, console, chat);
                first = chat == 1 ? last : first;
            }
        }
        out.printf(
                "  %d chats through every service; the first handoff showed in %d ms, the last in %d ms%n",
                chats, first, last);
    }

    /** Ends the chats an interrupted warm-up left (its data stays between runs of the stack). */
    private static void endLeftovers(StackClient stack, String agent) throws Exception {
        for (JsonNode open : stack.call("GET", "/api/v1/agent/chats", agent, null, 200)) {
            stack.call(
                    "POST",
                    "/api/v1/agent/chats/" + open.path("conversationId").asText() + "/complete",
                    agent,
                    null,
                    200);
        }
        for (JsonNode waiting : stack.call("GET", "/api/v1/agent/handoffs/pending", agent, null, 200)) {
            String id = waiting.path("conversationId").asText();
            stack.call("POST", "/api/v1/queue/" + id + "/claim", agent, null, 200);
            stack.call("POST", "/api/v1/agent/chats/" + id + "/complete", agent, null, 200);
        }
    }

    /** One chat from handoff to end; returns the milliseconds from the bot's POST to the console's frame. */
    private static long chat(StackClient stack, String bot, String agent, StackClient.Frames console, int chat)
            throws Exception {
        long start = System.nanoTime();
        JsonNode created = stack.call(
                "POST",
                "/api/v1/bots/" + TENANT_BOT + "/handoffs",
                bot,
                Map.of(
                        "visitor", Map.of("name", "Warm-up visitor " + chat),
                        "botHistory", List.of(Map.of("sender", "user", "message", "A person, please"))),
                201);
        String id = created.path("conversationId").asText();
        console.await("pending.added for " + id, f -> type(f, "pending.added") && id(f, id));
        long shown = (System.nanoTime() - start) / 1_000_000;
        try (StackClient.Frames visitor = stack.socket(
                "/ws/visitor?token=" + encode(created.path("visitorToken").asText()))) {
            visitor.send(Map.of("type", "message", "clientMessageId", "warm-up-v" + chat, "text", "Hello"));
            visitor.await("the visitor's ack", f -> type(f, "ack"));
            stack.call("POST", "/api/v1/queue/" + id + "/claim", agent, null, 200);
            console.await("assigned for " + id, f -> type(f, "assigned") && id(f, id));
            console.send(Map.of(
                    "type",
                    "send",
                    "conversationId",
                    id,
                    "clientMessageId",
                    "warm-up-a" + chat,
                    "text",
                    "Hi, how can I help?"));
            JsonNode answer = console.await(
                    "an answer to the agent's send",
                    f -> (type(f, "sent") || type(f, "error")) && f.has("clientMessageId"));
            if (!type(answer, "sent")) {
                throw new IllegalStateException("the agent's message was refused: " + answer);
            }
            visitor.await(
                    "the agent's message at the visitor",
                    f -> type(f, "message")
                            && "Hi, how can I help?".equals(f.path("text").asText()));
            stack.call("POST", "/api/v1/agent/chats/" + id + "/complete", agent, null, 200);
            visitor.await("the end at the visitor", f -> type(f, "ended"));
        }
        return shown;
    }

    private static boolean type(JsonNode frame, String type) {
        return type.equals(frame.path("type").asText());
    }

    private static boolean id(JsonNode frame, String conversationId) {
        return conversationId.equals(frame.path("conversationId").asText());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
