package dev.handoff.shared.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.event.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The AsyncAPI 3.0 document of the Kafka topics between the services: each topic, the events on it, their schemas
 * ({@link EventSchemas}), the record key, and the golden files as examples. Written to docs/asyncapi/events.yaml.
 */
final class AsyncApiEvents {
    /** What each topic carries and what its records are keyed by (the order they keep). */
    private static final Map<String, String[]> TOPICS = new LinkedHashMap<>();

    static {
        TOPICS.put(Topics.HANDOFF_REQUESTS, new String[] {
            "Handoffs bots asked for, and those refused (outside hours," + " bot disabled).",
            "the conversation id (HandoffRequested) or the bot id (HandoffRefused)"
        });
        TOPICS.put(Topics.CONVERSATION_LIFECYCLE, new String[] {
            "A handed-off conversation's life: queued, offered," + " assigned, transferred, ended, rated.",
            "the conversation id: one conversation's events in order"
        });
        TOPICS.put(Topics.CHAT_MESSAGES, new String[] {
            "The live chat's messages, both ways.", "the conversation id: one conversation's messages in order"
        });
        TOPICS.put(
                Topics.CHAT_SIGNALS, new String[] {"Typing signals; short-lived, not stored.", "the conversation id"});
        TOPICS.put(
                Topics.AGENT_PRESENCE,
                new String[] {"Agents going online, away and offline.", "the agent id: one agent's changes in order"});
        TOPICS.put(Topics.DATA_ERASURE, new String[] {
            "Erasure requests (a visitor's, or retention) and each service's" + " confirmation.", "the request id"
        });
    }

    private AsyncApiEvents() {}

    /** @param goldenFiles the folder of the golden event files, each message's examples */
    static ObjectNode document(Path goldenFiles) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode().put("asyncapi", "3.0.0");
        root.putObject("info")
                .put("title", "Handoff platform events")
                .put("version", "1.0.0")
                .put(
                        "description",
                        "The Kafka topics between the services. Each record is one event as JSON: its"
                                + " \"type\" names it, and a reader skips members it does not know (additive changes are"
                                + " compatible). Consumers deduplicate by eventId; each service publishes through a"
                                + " transactional outbox. Generated from shared-domain's records and golden files.");
        root.put("defaultContentType", "application/json");
        EventSchemas schemas = new EventSchemas(false);
        ObjectNode channels = root.putObject("channels");
        ObjectNode messages = json.createObjectNode();
        TOPICS.forEach((topic, about) -> channels.putObject(topic)
                .put("address", topic)
                .put("description", about[0])
                .putObject("messages"));
        for (Class<? extends IntegrationEvent> type : EventTypes.ALL) {
            String name = EventTypes.nameOf(type);
            String topic = Topics.ofType(type);
            ObjectNode message = messages.putObject(name).put("name", name).put("contentType", "application/json");
            message.putObject("payload").put("$ref", schemas.event(type));
            message.putObject("bindings")
                    .putObject("kafka")
                    .put("bindingVersion", "0.5.0")
                    .putObject("key")
                    .put("type", "string")
                    .put("description", TOPICS.get(topic)[1]);
            message.set("examples", examples(json, goldenFiles, name));
            channels.with(topic).with("messages").putObject(name).put("$ref", "#/components/messages/" + name);
        }
        ObjectNode components = root.putObject("components");
        components.set("messages", messages);
        components.putObject("schemas").setAll(schemas.all());
        return root;
    }

    private static ArrayNode examples(ObjectMapper json, Path folder, String event) {
        ArrayNode examples = json.createArrayNode();
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> mine = files.filter(f -> f.getFileName().toString().matches(event + "(\\.[a-zA-Z]+)?\\.json"))
                    .sorted()
                    .toList();
            for (Path file : mine) {
                String variant =
                        file.getFileName().toString().replace(event, "").replace(".json", "");
                JsonNode payload = json.readTree(file.toFile());
                examples.addObject()
                        .put("name", variant.isEmpty() ? "full" : variant.substring(1))
                        .set("payload", payload);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return examples;
    }
}
