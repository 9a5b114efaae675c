package dev.handoff.analytics.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.handoff.analytics.AnalystApi;
import dev.handoff.analytics.AnalyticsEvents;
import dev.handoff.analytics.OneDayOfChats;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Listing, searching and opening transcripts, as JSON and CSV, from events on the real Kafka. */
@QuarkusTest
@WithTestInfrastructure
class TranscriptsApiTest {
    private static final String TENANT = "transcripts-" + System.nanoTime();
    private static final String LIST = "/api/v1/analytics/conversations";
    private static final OneDayOfChats DAY = new OneDayOfChats();
    private static AnalyticsEvents events;

    @BeforeAll
    static void sendTheDay() {
        events = new AnalyticsEvents(TENANT);
        DAY.send(events);
    }

    @AfterAll
    static void close() {
        events.close();
    }

    private static List<String> ids(Object... query) {
        Object[] all = new Object[query.length + 4];
        System.arraycopy(new Object[] {"from", "2025-06-02", "to", "2025-06-03"}, 0, all, 0, 4);
        System.arraycopy(query, 0, all, 4, query.length);
        return AnalystApi.get(TENANT, LIST, all).getList("items.conversationId", String.class);
    }

    private static JsonPath transcript(Object id) {
        return AnalystApi.get(TENANT, LIST + "/" + id);
    }

    private static void awaitTheDay() {
        DAY.awaitRecorded(TENANT);
    }

    @Test
    void theDaysChatsAreListedNewestFirstWithTheirFigures() {
        awaitTheDay();
        JsonPath list = AnalystApi.get(TENANT, LIST, "from", "2025-06-02", "to", "2025-06-03");
        assertThat(list.getList("items.conversationId", String.class))
                .containsExactly(DAY.c4.value(), DAY.c3.value(), DAY.c2.value(), DAY.c1.value());
        assertThat(list.getList("items.outcome", String.class))
                .containsExactly("ABANDONED_EXPIRED", "ABANDONED_VISITOR_LEFT", "ENDED_BY_VISITOR", "COMPLETED");
        Map<String, Object> c1 = list.getMap("items[3]");
        assertThat(c1)
                .containsEntry("visitorName", "Thandi Mokoena")
                .containsEntry("agentName", "Ana")
                .containsEntry("botId", "bot-a")
                .containsEntry("channel", "WEBSOCKET")
                .containsEntry("language", "en")
                .containsEntry("waitSeconds", 10.0)
                .containsEntry("firstResponseSeconds", 30.0)
                .containsEntry("resolutionSeconds", 600.0)
                .containsEntry("messages", 4)
                .containsEntry("rating", 5);
        assertThat(list.getString("items[1].agentName")).isNull();
        assertThat(list.getString("items[2].agentName")).isEqualTo("Sipho");
        assertThat(list.getString("next")).isNull();
    }

    @Test
    void everyFilterAndTheWordsOfTheChatNarrowTheList() {
        awaitTheDay();
        assertThat(ids("bot", "bot-a")).containsExactly(DAY.c2.value(), DAY.c1.value());
        assertThat(ids("agent", "ana")).containsExactly(DAY.c1.value());
        assertThat(ids("agent", "sipho")).containsExactly(DAY.c2.value());
        assertThat(ids("rating", 3)).containsExactly(DAY.c2.value());
        assertThat(ids("outcome", "abandoned")).containsExactly(DAY.c4.value(), DAY.c3.value());
        assertThat(ids("outcome", "accepted")).containsExactly(DAY.c2.value(), DAY.c1.value());
        assertThat(ids("channel", "csml")).containsExactly(DAY.c3.value());
        assertThat(ids("language", "zu")).containsExactly(DAY.c2.value());
        assertThat(ids("team", "billing")).containsExactly(DAY.c1.value());
        // message text, a translation, the bot history and the rating comment are all searched
        assertThat(ids("q", "refund")).containsExactly(DAY.c1.value());
        assertThat(ids("q", "invoice")).containsExactly(DAY.c2.value());
        assertThat(ids("q", "human")).containsExactly(DAY.c1.value());
        assertThat(ids("q", "slow")).containsExactly(DAY.c2.value());
        assertThat(ids("q", "\"charged twice\" -invoice", "bot", "bot-a")).containsExactly(DAY.c1.value());
        // Both words are in c1, but never in this order: a phrase is its words in order, not just its words.
        assertThat(ids("q", "\"twice charged\"")).isEmpty();
        assertThat(ids("q", "twice charged")).containsExactly(DAY.c1.value());
        assertThat(ids("q", "nothing-like-this")).isEmpty();
        assertThat(AnalystApi.get(TENANT, LIST, "from", "2025-06-02T09:00:00Z", "to", "2025-06-02T10:00:00Z")
                        .getList("items.conversationId", String.class))
                .containsExactly(DAY.c2.value());
    }

    @Test
    void pagesFollowEachOtherByTheirCursor() {
        awaitTheDay();
        JsonPath first = AnalystApi.get(TENANT, LIST, "from", "2025-06-02", "to", "2025-06-03", "limit", 3);
        assertThat(first.getList("items.conversationId", String.class))
                .containsExactly(DAY.c4.value(), DAY.c3.value(), DAY.c2.value());
        JsonPath second = AnalystApi.get(
                TENANT, LIST, "from", "2025-06-02", "to", "2025-06-03", "limit", 3, "cursor", first.getString("next"));
        assertThat(second.getList("items.conversationId", String.class)).containsExactly(DAY.c1.value());
        assertThat(second.getString("next")).isNull();
    }

    @Test
    void aTranscriptHoldsTheVisitorBotHistoryMessagesStepsAndRating() {
        awaitTheDay();
        JsonPath c1 = transcript(DAY.c1);
        assertThat(c1.getMap("visitor"))
                .containsEntry("name", "Thandi Mokoena")
                .containsEntry("email", "thandi@example.com")
                .containsEntry("attributes", Map.of("plan", "gold"));
        assertThat(c1.getList("botHistory.text", String.class))
                .containsExactly("Hi, I am the shop bot.", "Let me find a human.");
        assertThat(c1.getList("messages.sender", String.class))
                .containsExactly("VISITOR", "AGENT", "VISITOR", "AGENT", "SYSTEM");
        assertThat(c1.getList("messages.at", String.class).get(1)).isEqualTo("2025-06-02T08:00:40Z");
        assertThat(c1.getString("messages[1].senderName")).isEqualTo("Ana");
        assertThat(c1.getList("steps.kind", String.class)).containsExactly("ASSIGNED", "COMPLETED", "RATED");
        assertThat(c1.getString("steps[0].agentName")).isEqualTo("Ana");
        assertThat(c1.getString("steps[0].detail")).isEqualTo("CLAIM");
        assertThat(c1.getInt("rating.score")).isEqualTo(5);
        assertThat(c1.getString("rating.at")).isEqualTo("2025-06-02T08:10:30Z");
        assertThat(c1.getString("endedAt")).isEqualTo("2025-06-02T08:10:00Z");

        JsonPath c2 = transcript(DAY.c2);
        assertThat(c2.getString("messages[1].translation.text")).isEqualTo("Please help with the invoice");
        assertThat(c2.getString("messages[1].translation.language")).isEqualTo("en");
        assertThat(c2.getList("steps.kind", String.class))
                .containsExactly("ASSIGNED", "TRANSFERRED", "ASSIGNED", "ENDED_BY_VISITOR", "RATED");
        assertThat(c2.getString("steps[1].agentId")).isEqualTo("ana");
        assertThat(c2.getString("steps[1].toAgentId")).isEqualTo("sipho");
        assertThat(c2.getInt("conversation.transfers")).isEqualTo(1);
    }

    @Test
    void transcriptsAndTheListDownloadAsCsv() {
        awaitTheDay();
        String c2 = AnalystApi.as(TENANT, "analyst")
                .accept("text/csv")
                .get(LIST + "/" + DAY.c2)
                .then()
                .statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"conversation-" + DAY.c2 + ".csv\""))
                .extract()
                .asString();
        assertThat(c2.split("\r\n")[0]).isEqualTo("at,kind,sender,name,text,language,translation_language,translation");
        assertThat(c2)
                .contains("2025-06-02T09:02:00Z,MESSAGE,VISITOR,,Ngicela usizo nge-invoice,en,en,"
                        + "Please help with the invoice\r\n");
        assertThat(c2).contains(",RATING_COMMENT,VISITOR,,slow,");
        String list = AnalystApi.as(TENANT, "supervisor", "from", "2025-06-02", "to", "2025-06-03")
                .accept("text/csv")
                .get(LIST)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(list.split("\r\n")).hasSize(5);
        assertThat(list.split("\r\n")[4])
                .startsWith(DAY.c1 + ",2025-06-02T08:00:00Z,bot-a,billing,WEBSOCKET,en,ana,Ana,"
                        + "Thandi Mokoena,,COMPLETED,10.0,30.0,600.0,4,0,5,false");
    }

    @Test
    void unknownChatsAndBadSearchesAreRefusedClearly() {
        awaitTheDay();
        AnalystApi.as("someone-else", "analyst")
                .get(LIST + "/" + DAY.c1)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        AnalystApi.as(TENANT, "analyst").get(LIST + "/no such id").then().statusCode(404);
        for (Object[] bad : new Object[][] {
            {"cursor", "not-a-cursor"},
            {"outcome", "lost"},
            {"rating", 9},
            {"limit", 0},
            {"q", "x".repeat(201)},
            {"zone", "Mars/Olympus"},
            {"from", "yesterday"}
        }) {
            AnalystApi.as(TENANT, "analyst", bad)
                    .get(LIST)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
    }
}
