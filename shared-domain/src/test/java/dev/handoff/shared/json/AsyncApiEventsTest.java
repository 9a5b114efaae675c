package dev.handoff.shared.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.event.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The AsyncAPI document of the topics is the one the records give, and the golden files fit its schemas. */
class AsyncApiEventsTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final Path ON_RECORD = Path.of("..", "docs", "asyncapi", "events.yaml");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theDocumentOnRecordIsTheGeneratedOne() throws IOException {
        String generated = YAMLMapper.builder()
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .build()
                .writeValueAsString(AsyncApiEvents.document(GOLDEN));
        if (Boolean.getBoolean("asyncapi.regenerate")) {
            Files.createDirectories(ON_RECORD.getParent());
            Files.writeString(ON_RECORD, generated);
        }
        assertThat(ON_RECORD).exists();
        assertThat(Files.readString(ON_RECORD))
                .as("docs/asyncapi/events.yaml is stale: run ./mvnw verify -pl"
                        + " shared-domain -Dasyncapi.regenerate and commit it")
                .isEqualTo(generated);
    }

    @Test
    void everyTopicCarriesTheEventsPublishedOnIt() {
        var channels = AsyncApiEvents.document(GOLDEN).get("channels");
        assertThat(channels.size()).isEqualTo(6);
        for (Class<? extends IntegrationEvent> type : EventTypes.ALL) {
            assertThat(channels.path(Topics.ofType(type)).path("messages").has(EventTypes.nameOf(type)))
                    .as("%s on %s", type.getSimpleName(), Topics.ofType(type))
                    .isTrue();
        }
        int listed = 0;
        for (var channel : channels) {
            listed += channel.path("messages").size();
        }
        assertThat(listed).isEqualTo(EventTypes.ALL.size());
    }

    @Test
    void everyEventHasAnExample() {
        var messages = AsyncApiEvents.document(GOLDEN).path("components").path("messages");
        EventTypes.ALL.forEach(type -> assertThat(
                        messages.path(EventTypes.nameOf(type)).path("examples").size())
                .as(type.getSimpleName())
                .isPositive());
    }

    /** Closed schemas (no member beyond the record's) so a golden file with a stray or misspelt member fails. */
    @Test
    void everyGoldenFileFitsItsEventsSchema() throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            List<Path> golden = files.sorted().toList();
            assertThat(golden).isNotEmpty();
            for (Path file : golden) {
                JsonNode event = JSON.readTree(file.toFile());
                assertThat(problems(event)).as(file.getFileName().toString()).isEmpty();
            }
        }
    }

    @Test
    void theSchemasRefuseWhatTheRecordsWouldNotWrite() throws IOException {
        JsonNode posted = JSON.readTree(GOLDEN.resolve("MessagePosted.json").toFile());
        assertThat(problems(posted)).isEmpty();
        assertThat(problems(copy(posted).put("unknownMember", 1))).isNotEmpty();
        assertThat(problems(copy(posted).put("sender", "ROBOT"))).isNotEmpty();
        assertThat(problems(copy(posted).put("tenantId", "a b"))).isNotEmpty();
        ObjectNode withoutConversation = copy(posted);
        withoutConversation.remove("conversationId");
        assertThat(problems(withoutConversation)).isNotEmpty();
        ObjectNode badTranslation = copy(posted);
        badTranslation.putObject("translation").put("language", 7);
        assertThat(problems(badTranslation)).isNotEmpty();
    }

    private static ObjectNode copy(JsonNode event) {
        return (ObjectNode) event.deepCopy();
    }

    private static List<String> problems(JsonNode event) {
        EventSchemas closed = new EventSchemas(true);
        String name = event.path("type").asString();
        Class<? extends IntegrationEvent> type =
                EventTypes.classOf(name).orElseThrow(() -> new AssertionError("no event type " + name));
        String ref = closed.event(type);
        ObjectNode root = JSON.createObjectNode().put("$ref", ref);
        root.putObject("components")
                .set(
                        "schemas",
                        JSON.readTree(new com.fasterxml.jackson.databind.ObjectMapper()
                                .valueToTree(closed.all())
                                .toString()));
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(root);
        return schema.validate(event).stream()
                .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
                .toList();
    }
}
