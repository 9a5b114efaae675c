package dev.handoff.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * A valid value for every schema of the services' request bodies: from the member's name where the schema cannot say
 * what is valid (a time zone, a weekday, an origin), else from the schema (its first enumerated word, its minimum).
 * The baseline of each operation is such a body; every hostile body is one with a single member made wrong.
 */
final class ValidBodies {
    /** The visitor the valid erasure request names: the suite's fixtures give them a chat, and nothing else does. */
    static final String ERASABLE_VISITOR = "erasable@example.com";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final java.util.concurrent.atomic.AtomicInteger SHORTCUTS =
            new java.util.concurrent.atomic.AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Values the schemas cannot describe; JSON text, read once. Members left out: webhooks (no outbound calls). */
    private static final Map<String, String> BY_NAME = Map.ofEntries(
            Map.entry("enabled", "true"),
            Map.entry("timeZone", "\"UTC\""),
            // open around the clock, so that the bot whose settings these are keeps taking handoffs
            Map.entry("weekly", week()),
            Map.entry("day", "\"MONDAY\""),
            Map.entry("start", "\"00:00\""),
            Map.entry("end", "\"24:00\""),
            Map.entry("date", "\"2099-12-25\""),
            Map.entry("allowedOrigins", "[\"https://shop.example.com\"]"),
            Map.entry("email", "\"visitor@example.com\""),
            Map.entry("emails", "[\"supervisor@example.com\"]"),
            Map.entry("locale", "\"en\""),
            Map.entry("language", "\"en\""),
            Map.entry("preferredLanguage", "\"en\""),
            Map.entry("sender", "\"user\""),
            Map.entry("at", "\"2030-01-01T00:00:00Z\""),
            Map.entry("payload", "\"LIVECHAT_SESSION_START\""),
            Map.entry("scope", "\"PERSONAL\""),
            Map.entry("strategy", "\"MANUAL\""),
            Map.entry("onAgentUnavailable", "\"KEEP\""),
            Map.entry("toQueue", "true"),
            Map.entry("typing", "true"),
            Map.entry("priority", "1"),
            // the suite's chat must not expire while it runs
            Map.entry("inactivityTimeoutMinutes", "600"),
            Map.entry("defaultMaxChats", "5"),
            Map.entry("maxChats", "5"),
            Map.entry("avatarUrl", "\"https://cdn.example.com/bot.png\""),
            // a bot's default team: a team id (the suite's own)
            Map.entry("defaultTeam", "\"fuzz-team\""),
            Map.entry("mailLanguage", "\"en\""),
            // an escalation must come after the first "still waiting" mail
            Map.entry("waitingAfterMinutes", "5"),
            Map.entry("escalateAfterMinutes", "30"),
            // the suite's own bot
            Map.entry("botId", "\"fuzz-bot\""),
            // analytics: the visitor to erase (HostileInputIT's fixtures), a retention period far longer than the run
            Map.entry("visitorEmail", "\"" + ERASABLE_VISITOR + "\""),
            Map.entry("keep", "\"P90D\""));
    /** Members not sent in a valid body: they change what else is valid (a webhook, one transfer target only). */
    private static final java.util.Set<String> LEFT_OUT = java.util.Set.of(
            "webhookUrl",
            "webhookSecret",
            "webhookSecretSet",
            "conversationId",
            "conversationIds",
            "team",
            "toAgentId",
            "toTeam");

    private ValidBodies() {}

    /** A valid value of {@code schema}, the member {@code name} (null for a body or an array item). */
    static JsonNode of(JsonNode schema, String name) {
        if ("shortcut".equals(name)) {
            // a quick reply's shortcut is unique per agent: every valid body gets its own
            return NODES.textNode("/fz" + SHORTCUTS.incrementAndGet());
        }
        if (name != null && BY_NAME.containsKey(name)) {
            return read(BY_NAME.get(name));
        }
        String type = schema.path("type").asText("object");
        return switch (type) {
            case "string" -> NODES.textNode(text(schema, name));
            case "integer", "number" ->
                NODES.numberNode(schema.has("minimum") ? schema.get("minimum").asLong() : 1);
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> NODES.arrayNode().add(of(schema.path("items"), singular(name)));
            default -> object(schema);
        };
    }

    /** A valid object of {@code schema}: every member but those {@link #LEFT_OUT}. */
    static ObjectNode object(JsonNode schema) {
        ObjectNode object = NODES.objectNode();
        if (schema.has("additionalProperties")
                && schema.get("additionalProperties").isObject()) {
            object.put("plan", "gold");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        schema.path("properties").fields();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            if (isReadOnly(member.getValue())) {
                continue; // what the service answers, never what it takes (OpenAPI readOnly)
            }
            if (!LEFT_OUT.contains(member.getKey()) || isRequired(schema, member.getKey())) {
                object.set(member.getKey(), of(member.getValue(), member.getKey()));
            }
        }
        return object;
    }

    /** Whether a member's schema says it is only ever answered, never taken in a request. */
    static boolean isReadOnly(JsonNode memberSchema) {
        return memberSchema.path("readOnly").asBoolean(false);
    }

    /** Whether {@code schema} lists {@code member} as required. */
    static boolean isRequired(JsonNode schema, String member) {
        for (JsonNode required : schema.path("required")) {
            if (required.asText().equals(member)) {
                return true;
            }
        }
        return false;
    }

    /** A copy of {@code array} holding {@code count} copies of its first element. */
    static ArrayNode repeated(JsonNode first, int count) {
        ArrayNode array = NODES.arrayNode();
        for (int i = 0; i < count; i++) {
            array.add(first.deepCopy());
        }
        return array;
    }

    private static String text(JsonNode schema, String name) {
        String pattern = schema.path("pattern").asText("");
        if (pattern.matches("[A-Z_]+(\\|[A-Z_]+)+") || pattern.matches("[a-z]+(\\|[a-z]+)+")) {
            return pattern.substring(0, pattern.indexOf('|'));
        }
        String value = name == null ? "fuzz" : "fuzz " + name;
        return value.substring(
                0, Math.min(value.length(), schema.path("maxLength").asInt(value.length())));
    }

    private static String week() {
        StringBuilder slots = new StringBuilder("[");
        for (String day : new String[] {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"}) {
            slots.append(slots.length() > 1 ? "," : "")
                    .append("{\"day\":\"")
                    .append(day)
                    .append("\",\"start\":\"00:00\",\"end\":\"24:00\"}");
        }
        return slots.append(']').toString();
    }

    private static String singular(String name) {
        return name != null && name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(json, e);
        }
    }
}
