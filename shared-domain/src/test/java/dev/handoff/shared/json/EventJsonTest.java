package dev.handoff.shared.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.handoff.shared.GoldenEvents;
import dev.handoff.shared.event.ErasureConfirmed;
import dev.handoff.shared.event.ErasureRequested;
import dev.handoff.shared.event.HandoffRefused;
import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.event.PresenceChanged;
import dev.handoff.shared.event.Rated;
import dev.handoff.shared.event.Typing;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Consumers must skip what they cannot trust and keep reading what a newer producer adds. */
class EventJsonTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final EventJson eventJson = new EventJson();

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "{not json", "null", "42", "\"Rated\"", "[]", "[{\"type\":\"Rated\"}]", "{}"})
    void somethingThatIsNotAnEventObjectIsMalformed(String json) {
        assertThatThrownBy(() -> eventJson.read(json)).isInstanceOf(MalformedEventException.class);
    }

    @Test
    void theTypeMustBeAKnownName() {
        assertMalformed(Rated.class, node -> node.remove("type"), "\"type\"");
        assertMalformed(Rated.class, node -> node.put("type", 7), "\"type\"");
        assertMalformed(Rated.class, node -> node.put("type", "Escalated"), "unknown event type Escalated");
        assertMalformed(Rated.class, node -> node.put("type", "rated"), "unknown event type rated");
    }

    @Test
    void commonFieldsAreRequired() {
        assertMalformed(Rated.class, node -> node.remove("eventId"), "eventId is required");
        assertMalformed(Rated.class, node -> node.putNull("eventId"), "eventId is required");
        assertMalformed(Rated.class, node -> node.remove("occurredAt"), "occurredAt is required");
        assertMalformed(Rated.class, node -> node.remove("tenantId"), "tenantId is required");
        assertMalformed(Rated.class, node -> node.remove("conversationId"), "conversationId is required");
        assertMalformed(PresenceChanged.class, node -> node.remove("agentId"), "agentId is required");
    }

    @Test
    void idsMustFollowTheIdentifierRules() {
        assertMalformed(Rated.class, node -> node.put("tenantId", "acme corp"), "tenant id may contain only");
        assertMalformed(
                Rated.class, node -> node.put("conversationId", "../admin"), "conversation id may contain only");
        assertMalformed(Rated.class, node -> node.put("tenantId", ""), "tenant id is required");
        assertMalformed(Rated.class, node -> node.put("tenantId", "a".repeat(129)), "longer than 128");
        assertMalformed(Rated.class, node -> node.put("eventId", "not-a-uuid"), "eventId");
    }

    @Test
    void scalarsMustHaveTheirOwnJsonType() {
        assertMalformed(Rated.class, node -> node.put("score", "5"), "score");
        assertMalformed(Rated.class, node -> node.put("score", 4.5), "score");
        assertMalformed(Rated.class, node -> node.put("score", true), "score");
        assertMalformed(Rated.class, node -> node.put("comment", 5), "comment");
        assertMalformed(Rated.class, node -> node.put("tenantId", 42), "tenantId");
        assertMalformed(Rated.class, node -> node.put("occurredAt", 1741615330L), "occurredAt");
        assertMalformed(Rated.class, node -> node.put("occurredAt", "yesterday"), "occurredAt");
        assertMalformed(Typing.class, node -> node.put("typing", "true"), "typing");
        assertMalformed(Typing.class, node -> node.put("typing", 1), "typing");
    }

    @Test
    void primitivesCannotBeMissingOrNull() {
        assertMalformed(Rated.class, node -> node.remove("score"), "score");
        assertMalformed(Rated.class, node -> node.putNull("score"), "score");
        assertMalformed(Typing.class, node -> node.remove("typing"), "typing");
    }

    @Test
    void enumsAreReadByNameOnly() {
        assertMalformed(Typing.class, node -> node.put("sender", "ROBOT"), "ROBOT");
        assertMalformed(Typing.class, node -> node.put("sender", "agent"), "agent");
        assertMalformed(Typing.class, node -> node.put("sender", 0), "sender");
    }

    @Test
    void nestedValuesAreChecked() {
        assertMalformed(
                HandoffRequested.class, node -> node.withArray("botHistory").addNull(), "HandoffRequested");
        assertMalformed(
                HandoffRequested.class,
                node -> ((ObjectNode) node.withArray("botHistory").get(0)).remove("text"),
                "text");
        assertMalformed(
                HandoffRequested.class,
                node -> node.withObjectProperty("visitor")
                        .withObjectProperty("attributes")
                        .put("vip", true),
                "vip");
    }

    @Test
    void anythingAfterTheEventOrARepeatedFieldIsMalformed() {
        String rated = GoldenEvents.json(Rated.class);

        assertThatThrownBy(() -> eventJson.read(rated + " {}")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> eventJson.read(rated + " trailing")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> eventJson.read(rated.replaceFirst("\\{", "{\"type\": \"Typing\",")))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("Duplicate field 'type'");
    }

    @Test
    void anEventOfAnotherTypeThanAskedIsMalformed() {
        assertThatThrownBy(() -> eventJson.read(GoldenEvents.json(Rated.class), Typing.class))
                .isInstanceOf(MalformedEventException.class)
                .hasMessage("expected Typing but got Rated");
    }

    @Test
    void unknownFieldsAreIgnoredSoProducersCanAddFields() {
        ObjectNode node = golden(HandoffRequested.class);
        node.put("sentiment", "annoyed");
        node.set("routingHints", NODES.objectNode().put("skill", "refunds"));
        node.withObjectProperty("visitor").put("avatarUrl", "https://example.com/t.png");
        ((ObjectNode) node.withArray("botHistory").get(0)).put("intent", "billing.double_charge");

        assertThat(eventJson.read(node.toString())).isEqualTo(GoldenEvents.event(HandoffRequested.class));
    }

    @Test
    void absentOptionalFieldsReadAsTheirDefaults() {
        ObjectNode node = golden(HandoffRequested.class);
        node.remove("visitor");
        node.remove("botHistory");
        node.remove("language");

        HandoffRequested event = eventJson.read(node.toString(), HandoffRequested.class);

        assertThat(event.visitor().displayName()).isEqualTo("Anonymous");
        assertThat(event.botHistory()).isEmpty();
        assertThat(event.language()).isNull();
    }

    @Test
    void aRequestWithoutChannelIsReadAsOneOfAnUnknownChannel() {
        ObjectNode node = golden(HandoffRequested.class);
        node.remove("channel");

        assertThat(eventJson.read(node.toString(), HandoffRequested.class).channel())
                .isNull();
        assertMalformed(HandoffRequested.class, n -> n.put("channel", "whatsapp"), "whatsapp");
    }

    @Test
    void refusalsAndErasuresNeedTheirKeys() {
        assertMalformed(HandoffRefused.class, node -> node.remove("botId"), "botId is required");
        assertMalformed(ErasureRequested.class, node -> node.remove("requestId"), "requestId is required");
        assertMalformed(ErasureConfirmed.class, node -> node.remove("service"), "service is required");
    }

    @Test
    void listsOfIdsAreReadAsIds() {
        ObjectNode node = golden(PresenceChanged.class);
        ArrayNode teams = node.putArray("teams");
        teams.add("billing").add("bad team");

        assertThatThrownBy(() -> eventJson.read(node.toString()))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("team id may contain only");
    }

    private void assertMalformed(Class<?> type, Consumer<ObjectNode> breakIt, String messagePart) {
        ObjectNode node = golden(type);
        breakIt.accept(node);
        assertThatThrownBy(() -> eventJson.read(node.toString()))
                .as(node.toString())
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining(messagePart);
    }

    private static ObjectNode golden(Class<?> type) {
        return (ObjectNode) GoldenEvents.tree(GoldenEvents.json(type));
    }
}
