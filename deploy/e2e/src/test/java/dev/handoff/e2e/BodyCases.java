package dev.handoff.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.handoff.testinfra.RawHttp;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The schema-driven cases of one operation with a JSON body (docs/api-errors.md, "The generated suite"): the valid
 * baseline; malformed JSON, duplicate keys, other media types and no body at all; and for every member the schema
 * describes, at any depth, values of the wrong JSON type, no value where one is required, control characters and
 * lone surrogates, one character more than its maxLength, numbers beyond its bounds and lists longer than allowed.
 * Random picks (seeded) choose among the control characters, surrogates and numbers.
 */
final class BodyCases {
    static final Set<Integer> BAD_REQUEST = Set.of(400);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Bodies that are no JSON object; the first is always sent, the others as picked. */
    private static final List<String> MALFORMED = List.of(
            "%%%%",
            "{",
            "}",
            "{\"a\":}",
            "[",
            "{\"a\":1,}",
            "{} {}",
            "{'a':1}",
            "nul",
            "\"\\ud800\"",
            "{\"a\":\"\\x41\"}",
            "[".repeat(5000) + "]".repeat(5000));

    private static final List<String> MEDIA_TYPES = List.of(
            "",
            "text/plain",
            "application/xml",
            "application/json; charset=latin1",
            "application/x-www-form-urlencoded",
            "application/problem+json");

    private final OpenApiDocument.Operation operation;
    private final String target;
    private final Map<String, String> headers;
    private final Random random;
    private final ObjectNode base;
    private final List<HostileCase> cases = new ArrayList<>();

    private BodyCases(OpenApiDocument.Operation operation, String target, Map<String, String> headers, Random random) {
        this.operation = operation;
        this.target = target;
        this.headers = headers;
        this.random = random;
        this.base = ValidBodies.object(operation.body());
    }

    /** The cases of {@code operation}, sent to {@code target} with {@code headers} (its token, if any). */
    static List<HostileCase> of(
            OpenApiDocument.Operation operation, String target, Map<String, String> headers, Random random) {
        BodyCases body = new BodyCases(operation, target, headers, random);
        body.wholeBody();
        body.members(operation.body(), List.of());
        return body.cases;
    }

    /** The valid body of {@code operation}, as its baseline sends it. */
    static HostileCase baseline(OpenApiDocument.Operation operation, String target, Map<String, String> headers) {
        Map<String, String> json = new LinkedHashMap<>(headers);
        json.put("Content-Type", "application/json");
        return new HostileCase(
                "baseline",
                "a valid body",
                operation.service(),
                operation.method(),
                target,
                json,
                bytes(ValidBodies.object(operation.body())),
                Set.of(),
                true);
    }

    private void wholeBody() {
        for (String text : Picks.of(MALFORMED, 1, Picks.SAMPLES, random)) {
            add("malformed-json", "body " + RawHttp.cut(text), text.getBytes(StandardCharsets.UTF_8), json());
        }
        String valid = text(base);
        if (base.size() > 0) {
            String first = base.fieldNames().next();
            add(
                    "duplicate-key",
                    "\"" + first + "\" twice",
                    ("{\"" + first + "\":" + text(base.get(first)) + "," + valid.substring(1))
                            .getBytes(StandardCharsets.UTF_8),
                    json());
        }
        for (String type : Picks.of(MEDIA_TYPES, 2, Picks.SAMPLES - 1, random)) {
            Map<String, String> typed = new LinkedHashMap<>(headers);
            if (!type.isEmpty()) {
                typed.put("Content-Type", type);
            }
            add(
                    "media-type",
                    "Content-Type '" + type + "'",
                    valid.getBytes(StandardCharsets.UTF_8),
                    typed,
                    Set.of(415));
        }
        if (operation.bodyRequired()) {
            add("missing-body", "no body", new byte[0], json());
        }
    }

    /** Cases for every member of {@code schema}, found at {@code path} in the base body. */
    private void members(JsonNode schema, List<Object> path) {
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        schema.path("properties").fields();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            if (ValidBodies.isReadOnly(member.getValue())) {
                continue;
            }
            List<Object> at = append(path, member.getKey());
            JsonNode memberSchema = member.getValue();
            String name = render(at);
            if (ValidBodies.isRequired(schema, member.getKey())) {
                add("missing-required", name + " left out", with(at, null), json());
                add("missing-required", name + " null", with(at, NODES.nullNode()), json());
            }
            value(memberSchema, at, name);
        }
        if (schema.path("additionalProperties").isObject()) {
            List<Object> entry = append(path, "plan");
            strings(schema.path("additionalProperties"), entry, render(entry));
            add(
                    "text-control",
                    render(path) + " with a control character in a key",
                    withKey(path, "pl\u0000an"),
                    json());
        }
    }

    private void value(JsonNode schema, List<Object> at, String name) {
        String type = schema.path("type").asText("object");
        for (JsonNode wrong : Picks.of(wrongTypes(type), 0, Picks.SAMPLES, random)) {
            add("wrong-type", name + " = " + wrong, with(at, wrong), json());
        }
        switch (type) {
            case "string" -> strings(schema, at, name);
            case "integer", "number" -> numbers(schema, at, name);
            case "array" -> {
                JsonNode item = ValidBodies.of(schema.path("items"), null);
                int over = schema.has("maxItems") ? schema.get("maxItems").asInt() + 1 : 1001;
                add(
                        "list-size",
                        name + " with " + over + " items",
                        with(at, ValidBodies.repeated(item, over)),
                        json(),
                        Set.of(400, 413));
                value(schema.path("items"), append(at, 0), name + "[0]");
            }
            case "object" -> {
                if (schema.has("maxProperties")) {
                    ObjectNode many = NODES.objectNode();
                    for (int i = 0; i <= schema.get("maxProperties").asInt(); i++) {
                        many.put("k" + i, "v");
                    }
                    add("list-size", name + " with " + many.size() + " members", with(at, many), json());
                }
                members(schema, at);
            }
            default -> {
                // booleans: the wrong types are all there is
            }
        }
    }

    private void strings(JsonNode schema, List<Object> at, String name) {
        char control =
                (char) new int[] {0, 1 + random.nextInt(8), 11, 12, 14 + random.nextInt(18), 0x7f}[random.nextInt(6)];
        add("text-control", name + " with NUL", with(at, NODES.textNode("a\u0000b")), json());
        add(
                "text-control",
                name + String.format(" with U+%04X", (int) control),
                with(at, NODES.textNode("a" + control + "b")),
                json());
        int surrogate = random.nextBoolean() ? 0xd800 + random.nextInt(0x400) : 0xdc00 + random.nextInt(0x400);
        // as a JSON escape: Java would write a lone surrogate to UTF-8 as '?'
        add(
                "text-control",
                name + String.format(" with a lone surrogate U+%04X", surrogate),
                with(at, new RawJson(String.format("\"a\\u%04x\"", surrogate))),
                json());
        int max = schema.path("maxLength").asInt(100_000);
        add(
                "text-too-long",
                name + " of " + (max + 1) + " characters",
                with(at, NODES.textNode("a".repeat(max + 1))),
                json(),
                Set.of(400, 413));
    }

    private void numbers(JsonNode schema, List<Object> at, String name) {
        List<String> beyond = new ArrayList<>();
        if (schema.has("minimum")) {
            beyond.add(String.valueOf(schema.get("minimum").asLong() - 1 - random.nextInt(3)));
        }
        if (schema.has("maximum")) {
            beyond.add(String.valueOf(schema.get("maximum").asLong() + 1 + random.nextInt(3)));
        }
        int bounds = beyond.size();
        beyond.addAll(List.of(
                "1e400",
                "-1e400",
                "9223372036854775808",
                String.valueOf(Integer.MAX_VALUE + 1L + random.nextInt(1000)),
                "1.5",
                "-0.0001"));
        for (String number : Picks.of(beyond, bounds, Picks.SAMPLES, random)) {
            add("number-bounds", name + " = " + number, with(at, new RawJson(number)), json());
        }
    }

    private static List<JsonNode> wrongTypes(String type) {
        List<JsonNode> all = List.of(
                NODES.textNode("5"),
                NODES.textNode("５"),
                NODES.numberNode(7),
                NODES.booleanNode(true),
                NODES.objectNode(),
                NODES.arrayNode());
        return all.stream().filter(node -> !matches(node, type)).toList();
    }

    private static boolean matches(JsonNode node, String type) {
        return switch (type) {
            case "string" -> node.isTextual();
            case "integer", "number" -> node.isNumber();
            case "boolean" -> node.isBoolean();
            case "array" -> node.isArray();
            default -> node.isObject();
        };
    }

    /**
     * The base body with the value at {@code path} replaced ({@code null}: removed), as bytes. A list the valid body
     * leaves out ({@link ValidBodies}) is sent with just the element a case is about.
     */
    private byte[] with(List<Object> path, JsonNode value) {
        ObjectNode copy = base.deepCopy();
        JsonNode parent = copy;
        for (int i = 0; i < path.size() - 1; i++) {
            JsonNode child =
                    path.get(i) instanceof Integer index ? parent.get(index) : parent.get((String) path.get(i));
            if (child == null && parent instanceof ObjectNode object && path.get(i + 1) instanceof Integer) {
                child = object.putArray((String) path.get(i));
            }
            parent = child;
        }
        Object last = path.get(path.size() - 1);
        if (parent instanceof ArrayNode array && (Integer) last == array.size()) {
            array.add(value == null ? NODES.nullNode() : value);
        } else if (parent instanceof ArrayNode array) {
            array.set((Integer) last, value == null ? NODES.nullNode() : value);
        } else if (value == null) {
            ((ObjectNode) parent).remove((String) last);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
        String text = text(copy);
        return (value instanceof RawJson raw ? text.replace("\"" + RawJson.MARK + "\"", raw.literal) : text)
                .getBytes(StandardCharsets.UTF_8);
    }

    private byte[] withKey(List<Object> mapPath, String key) {
        ObjectNode entries = NODES.objectNode().put(key, "v");
        return with(mapPath, entries);
    }

    private void add(String caseClass, String label, byte[] body, Map<String, String> requestHeaders) {
        add(caseClass, label, body, requestHeaders, BAD_REQUEST);
    }

    private void add(
            String caseClass, String label, byte[] body, Map<String, String> requestHeaders, Set<Integer> expected) {
        cases.add(HostileCase.refused(
                caseClass,
                operation.method() + " " + operation.path() + ": " + label,
                operation.service(),
                operation.method(),
                target,
                requestHeaders,
                body,
                expected));
    }

    private Map<String, String> json() {
        Map<String, String> json = new LinkedHashMap<>(headers);
        json.put("Content-Type", "application/json");
        return json;
    }

    private static List<Object> append(List<Object> path, Object segment) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(segment);
        return longer;
    }

    private static String render(List<Object> path) {
        StringBuilder name = new StringBuilder();
        for (Object segment : path) {
            name.append(segment instanceof Integer i ? "[" + i + "]" : (name.isEmpty() ? "" : ".") + segment);
        }
        return name.isEmpty() ? "body" : name.toString();
    }

    static byte[] bytes(JsonNode node) {
        return text(node).getBytes(StandardCharsets.UTF_8);
    }

    private static String text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * JSON text that nodes cannot hold (the number 1e400, a string with a lone surrogate), written as a marker and
     * swapped in as it is.
     */
    private static final class RawJson extends com.fasterxml.jackson.databind.node.TextNode {
        private static final long serialVersionUID = 1L;
        static final String MARK = "raw-json-4f1c9e";
        final String literal;

        RawJson(String literal) {
            super(MARK);
            this.literal = literal;
        }
    }
}
