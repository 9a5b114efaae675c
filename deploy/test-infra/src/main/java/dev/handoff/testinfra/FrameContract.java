package dev.handoff.testinfra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;

/**
 * The frames of one socket as its AsyncAPI document in {@code docs/asyncapi} describes them: a frame's {@code type}
 * (on Socket.IO, the event's name, the message's {@code name}) picks its message, and the frame must fit that message's
 * payload with no member the document does not name; a message without a payload is an event without an argument.
 * "send" operations are what the service sends, "receive" operations what it accepts (the service's side).
 */
public final class FrameContract {
    private static final Map<String, String> DOCUMENTS = Map.of(
            "/ws/visitor", "visitor-socket.yaml",
            "/ws/agent", "agent-socket.yaml");
    private static final Map<Path, FrameContract> LOADED = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonMapper SCHEMA_JSON = JsonMapper.builder().build();
    private static final Function<String, JsonNode> JSON_READ = text -> {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    };

    private final String document;
    private final Map<String, Optional<Schema>> sent;
    private final Map<String, Optional<Schema>> accepted;

    private FrameContract(String document, JsonNode root) {
        this.document = document;
        this.sent = schemasOf(root, "send");
        this.accepted = schemasOf(root, "receive");
    }

    /** The contract of the socket at {@code endpoint}'s path, when the repository documents one. */
    public static Optional<FrameContract> forEndpoint(URI endpoint) {
        String path = endpoint.getPath() == null ? "" : endpoint.getPath();
        return DOCUMENTS.entrySet().stream()
                .filter(e -> path.endsWith(e.getKey()))
                .findFirst()
                .flatMap(e -> documentNamed(e.getValue()))
                .map(FrameContract::of);
    }

    /** The contract of a Socket.IO namespace, when the repository documents one. */
    public static Optional<FrameContract> forNamespace(String namespace) {
        return "/live_agent".equals(namespace)
                ? documentNamed("socketio.yaml").map(FrameContract::of)
                : Optional.empty();
    }

    /** The contract of one AsyncAPI document. */
    public static FrameContract of(Path document) {
        return LOADED.computeIfAbsent(document.toAbsolutePath().normalize(), path -> {
            try {
                return new FrameContract(path.getFileName().toString(), new YAMLMapper().readTree(path.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** What is wrong with a frame the service sent; empty when the document describes it exactly. */
    public List<String> problemsOfSent(String frame) {
        return problems(sent, frame);
    }

    /** What is wrong with a frame a client sends; empty when the document describes it exactly. */
    public List<String> problemsOfAccepted(String frame) {
        return problems(accepted, frame);
    }

    /** What is wrong with a Socket.IO event the service emitted ({@code payload}: its first argument, or null). */
    public List<String> problemsOfSentEvent(String event, String payload) {
        return problems(sent, event, payload);
    }

    /** What is wrong with a Socket.IO event a client emits ({@code payload}: its first argument, or null). */
    public List<String> problemsOfAcceptedEvent(String event, String payload) {
        return problems(accepted, event, payload);
    }

    /** The frame types the service sends, as documented. */
    public Set<String> sentTypes() {
        return sent.keySet();
    }

    /** The frame types the service accepts, as documented. */
    public Set<String> acceptedTypes() {
        return accepted.keySet();
    }

    /** Fails unless every frame fits the document and together they are every type the service sends. */
    public void assertSentExactly(List<String> frames) {
        assertExactly(sent, frames);
    }

    /** Fails unless every frame fits the document and together they are every type the service accepts. */
    public void assertAcceptedExactly(List<String> frames) {
        assertExactly(accepted, frames);
    }

    private void assertExactly(Map<String, Optional<Schema>> schemas, List<String> frames) {
        Set<String> types = new TreeSet<>();
        for (String frame : frames) {
            List<String> found = problems(schemas, frame);
            if (!found.isEmpty()) {
                throw new AssertionError(String.join("\n", found));
            }
            types.add(JSON_READ.apply(frame).path("type").asText());
        }
        if (!types.equals(new TreeSet<>(schemas.keySet()))) {
            throw new AssertionError(
                    document + " names " + new TreeSet<>(schemas.keySet()) + " but the frames were of " + types);
        }
    }

    private List<String> problems(Map<String, Optional<Schema>> schemas, String frame) {
        try {
            return problems(schemas, SCHEMA_JSON.readTree(frame).path("type").asString(""), frame);
        } catch (RuntimeException e) {
            return List.of(document + ": not JSON: " + frame);
        }
    }

    private List<String> problems(Map<String, Optional<Schema>> schemas, String key, String payload) {
        Optional<Schema> schema = schemas.get(key);
        if (schema == null) {
            return List.of(document + ": nothing named '" + key + "' is documented: " + payload);
        } else if (schema.isEmpty() || payload == null) {
            return schema.isEmpty() == (payload == null)
                    ? List.of()
                    : List.of(document + ": " + key + (payload == null ? " needs" : " takes no") + " argument");
        }
        tools.jackson.databind.JsonNode parsed;
        try {
            parsed = SCHEMA_JSON.readTree(payload);
        } catch (RuntimeException e) {
            return List.of(document + ": not JSON: " + payload);
        }
        return schema.get().validate(parsed).stream()
                .map(e -> document + ": " + key + " " + e.getInstanceLocation() + ": " + e.getMessage() + " in "
                        + payload)
                .toList();
    }

    private static Map<String, Optional<Schema>> schemasOf(JsonNode root, String action) {
        Map<String, Optional<Schema>> byType = new HashMap<>();
        JsonNode components = root.path("components");
        for (JsonNode operation : root.path("operations")) {
            if (!action.equals(operation.path("action").asText())) {
                continue;
            }
            for (JsonNode reference : operation.path("messages")) {
                String name = messageName(root, reference.path("$ref").asText());
                JsonNode message = components.path("messages").path(name);
                JsonNode payload = message.path("payload");
                String type = typeConst(payload)
                        .or(() -> Optional.ofNullable(message.path("name").textValue()))
                        .orElseThrow(() -> new IllegalStateException("message " + name + " has no type const or name"));
                if (payload.isMissingNode()) {
                    byType.put(type, Optional.empty());
                    continue;
                }
                ObjectNode schema = JSON.createObjectNode()
                        .put("$ref", "#/components/messages/" + name + "/payload")
                        .put("unevaluatedProperties", false);
                schema.set("components", components);
                byType.put(
                        type,
                        Optional.of(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                                .getSchema(SCHEMA_JSON.readTree(schema.toString()))));
            }
        }
        return Map.copyOf(byType);
    }

    /** A channel's message reference, followed to the name of its component message. */
    private static String messageName(JsonNode root, String channelReference) {
        JsonNode channelMessage = root.at(channelReference.substring(1));
        String target = channelMessage.path("$ref").asText(channelReference);
        return target.substring(target.lastIndexOf('/') + 1);
    }

    private static Optional<String> typeConst(JsonNode schema) {
        JsonNode constant = schema.path("properties").path("type").path("const");
        if (constant.isTextual()) {
            return Optional.of(constant.asText());
        }
        for (JsonNode part : schema.path("allOf")) {
            Optional<String> found = typeConst(part);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> documentNamed(String file) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs").resolve("asyncapi").resolve(file);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
