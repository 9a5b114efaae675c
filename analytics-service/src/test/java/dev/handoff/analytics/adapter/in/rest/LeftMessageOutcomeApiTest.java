package dev.handoff.analytics.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.handoff.analytics.AnalystApi;
import dev.handoff.analytics.AnalyticsEvents;
import dev.handoff.shared.event.MessageLeft;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.model.Channel;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A message left instead of waiting is its own outcome: counted among the visitors who left before an agent took the
 * chat (and apart, as leftMessage), listed with the outcome LEFT_MESSAGE and found by the outcome filter left_message.
 */
@QuarkusTest
@WithTestInfrastructure
class LeftMessageOutcomeApiTest {
    private static final String TENANT = "left-message-" + System.nanoTime();
    private static final String LIST = "/api/v1/analytics/conversations";
    private static final Instant NINE = Instant.parse("2025-06-02T09:00:00Z");
    private static final ConversationId LEFT_MESSAGE = ConversationId.of(TENANT + "-note");
    private static final ConversationId JUST_LEFT = ConversationId.of(TENANT + "-gone");
    private static final ConversationId TAKEN = ConversationId.of(TENANT + "-taken");
    private static AnalyticsEvents events;

    @BeforeAll
    static void send() {
        events = new AnalyticsEvents(TENANT);
        for (ConversationId chat : new ConversationId[] {LEFT_MESSAGE, JUST_LEFT, TAKEN}) {
            events.send(events.requested(chat, "demo-bot", null, "en", Channel.WEBSOCKET, NINE, "V", null));
            events.send(events.queued(chat, "demo-bot", NINE.plusMillis(5)));
        }
        events.send(new MessageLeft(
                UUID.randomUUID(),
                NINE.plusSeconds(130),
                events.tenant,
                LEFT_MESSAGE,
                BotId.of("demo-bot"),
                null,
                "V",
                "v@example.com",
                "Call me"));
        events.send(events.left(JUST_LEFT, NINE.plusSeconds(60)));
        events.send(events.assigned(TAKEN, "ana", NINE.plusSeconds(10)));
    }

    @AfterAll
    static void close() {
        events.close();
    }

    @Test
    void theMetricsCountAMessageLeftAmongTheVisitorsWhoLeftAndApart() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath t = AnalystApi.get(TENANT, "/api/v1/analytics/metrics", "from", "2025-06-02", "to", "2025-06-03");
            assertThat(t.getDouble("totals.requests")).isEqualTo(3.0);
            assertThat(t.getDouble("totals.accepted")).isEqualTo(1.0);
            assertThat(t.getDouble("totals.abandoned.visitorLeft")).isEqualTo(2.0);
            assertThat(t.getDouble("totals.abandoned.leftMessage")).isEqualTo(1.0);
        });
    }

    @Test
    void theTranscriptListShowsTheOutcomeAndFiltersByIt() {
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(AnalystApi.get(
                                        TENANT,
                                        LIST,
                                        "from",
                                        "2025-06-02",
                                        "to",
                                        "2025-06-03",
                                        "outcome",
                                        "left_message")
                                .getList("items.conversationId", String.class))
                        .containsExactly(LEFT_MESSAGE.value()));
        JsonPath all = AnalystApi.get(TENANT, LIST, "from", "2025-06-02", "to", "2025-06-03");
        assertThat(all.getList(
                        "items.findAll { it.conversationId == '" + LEFT_MESSAGE.value() + "' }.outcome", String.class))
                .containsExactly("LEFT_MESSAGE");
        assertThat(all.getList(
                        "items.findAll { it.conversationId == '" + JUST_LEFT.value() + "' }.outcome", String.class))
                .containsExactly("ABANDONED_VISITOR_LEFT");
        assertThat(AnalystApi.get(TENANT, LIST, "from", "2025-06-02", "to", "2025-06-03", "outcome", "abandoned")
                        .getList("items.conversationId", String.class))
                .containsExactlyInAnyOrder(LEFT_MESSAGE.value(), JUST_LEFT.value());
        JsonPath transcript = AnalystApi.get(TENANT, LIST + "/" + LEFT_MESSAGE.value());
        assertThat(transcript.getString("conversation.outcome")).isEqualTo("LEFT_MESSAGE");
        assertThat(transcript.getList("steps.kind", String.class)).contains("LEFT_MESSAGE");
    }
}
