package dev.handoff.handoff.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.handoff.shared.event.HandoffRefused;
import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.event.Topics;
import dev.handoff.shared.json.EventJson;
import dev.handoff.shared.model.Channel;
import dev.handoff.shared.model.Sender;
import dev.handoff.testinfra.KafkaTopics;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
@WithTestInfrastructure
class BotHandoffApiTest {
    private static final String TENANT = "demo";

    @RegisterExtension
    static final KafkaTopics kafka = new KafkaTopics();

    private static String supervisor() {
        return TestTokens.agent("carol", TENANT, "agent", "supervisor");
    }

    private static String bot(String... botIds) {
        return TestTokens.bot("demo-bot", TENANT, botIds);
    }

    private static String newBot(String settingsJson) {
        String botId = "bot-" + UUID.randomUUID();
        given().auth()
                .oauth2(supervisor())
                .contentType(ContentType.JSON)
                .body(settingsJson)
                .when()
                .put("/api/v1/bots/{botId}/settings", botId)
                .then()
                .statusCode(200);
        return botId;
    }

    private static String openBot() {
        return newBot("{\"enabled\":true,\"socketIoEnabled\":true,\"allowedOrigins\":[\"http://localhost:8080\"]}");
    }

    private static final String HANDOFF = """
            {"visitor":{"name":"Thandi","email":"thandi@example.com","locale":"en-ZA","attributes":{"plan":"gold"}},
             "botHistory":[{"sender":"bot","message":"How can I help?"},{"sender":"user","message":"I need a human"}],
             "language":"en","priority":1,"reason":"visitor asked"}""";

    @Test
    void aBotHandsOffAndTheRequestReachesKafkaWithVisitorAndHistory() {
        String botId = openBot();

        var created = given().auth()
                .oauth2(bot(botId))
                .contentType(ContentType.JSON)
                .body(HANDOFF)
                .when()
                .post("/api/v1/bots/{botId}/handoffs", botId)
                .then()
                .statusCode(201)
                .body("conversationId", notNullValue())
                .body("status", equalTo("waiting"))
                .extract();
        String conversationId = created.path("conversationId");
        assertThat(created.header("Location")).endsWith("/api/v1/conversations/" + conversationId);

        ConsumerRecord<String, String> record = kafka.awaitRecords(
                        Topics.HANDOFF_REQUESTS, r -> conversationId.equals(r.key()), 1, Duration.ofSeconds(30))
                .get(0);
        HandoffRequested event = new EventJson().read(record.value(), HandoffRequested.class);
        assertThat(event.tenantId().value()).isEqualTo(TENANT);
        assertThat(event.botId().value()).isEqualTo(botId);
        assertThat(event.visitor().name()).isEqualTo("Thandi");
        assertThat(event.visitor().attributes()).containsEntry("plan", "gold");
        assertThat(event.botHistory()).extracting(h -> h.sender()).containsExactly(Sender.BOT, Sender.VISITOR);
        assertThat(event.priority()).isEqualTo(1);
        assertThat(event.channel()).isEqualTo(Channel.WEBSOCKET);
        assertThat(new String(record.headers().lastHeader("event-type").value()))
                .isEqualTo("HandoffRequested");
    }

    @Test
    void aSettingsChangeThroughTheApiIsSeenByTheNextHandoff() {
        String botId = openBot();
        handOffAnswers(botId, 201);

        given().auth()
                .oauth2(supervisor())
                .contentType(ContentType.JSON)
                .body("{\"enabled\":false,\"offlineMessage\":\"Switched off.\"}")
                .put("/api/v1/bots/{botId}/settings", botId)
                .then()
                .statusCode(200);

        // Decision 0085: the handoff's cached copy of the settings is dropped on the replica that changed them.
        handOffAnswers(botId, 409).body("reason", equalTo("DISABLED")).body("offlineMessage", equalTo("Switched off."));
    }

    private static io.restassured.response.ValidatableResponse handOffAnswers(String botId, int status) {
        return given().auth()
                .oauth2(bot(botId))
                .contentType(ContentType.JSON)
                .body(HANDOFF)
                .post("/api/v1/bots/{botId}/handoffs", botId)
                .then()
                .statusCode(status);
    }

    @Test
    void aHandoffThatNamesNoTeamGoesToTheBotsDefaultTeamAndANamedTeamWins() {
        String botId = newBot("{\"enabled\":true,\"defaultTeam\":\"billing\"}");
        given().auth()
                .oauth2(supervisor())
                .get("/api/v1/bots/{botId}/settings", botId)
                .then()
                .statusCode(200)
                .body("defaultTeam", equalTo("billing"));

        assertThat(requestedTeam(botId, HANDOFF))
                .as("no team named: the bot's default")
                .isEqualTo("billing");
        assertThat(requestedTeam(botId, HANDOFF.replace("\"priority\":1", "\"priority\":1,\"team\":\"support\"")))
                .as("the team the bot named")
                .isEqualTo("support");
        String withoutDefault = openBot();
        assertThat(requestedTeam(withoutDefault, HANDOFF))
                .as("no default: the tenant-wide queue")
                .isNull();

        given().auth()
                .oauth2(supervisor())
                .contentType(ContentType.JSON)
                .body("{\"enabled\":true,\"defaultTeam\":\"not a team!\"}")
                .put("/api/v1/bots/{botId}/settings", botId)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(supervisor())
                .get("/api/v1/bots/{botId}/settings", botId)
                .then()
                .statusCode(200)
                .body("defaultTeam", equalTo("billing"));
    }

    /** The team of the {@code HandoffRequested} a handoff with this body publishes; null: none. */
    private static String requestedTeam(String botId, String body) {
        String conversationId = given().auth()
                .oauth2(bot(botId))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/bots/{botId}/handoffs", botId)
                .then()
                .statusCode(201)
                .extract()
                .path("conversationId");
        HandoffRequested event = kafka.awaitEvent(HandoffRequested.class, conversationId);
        return event.team() == null ? null : event.team().value();
    }

    @Test
    void theBotsDisplayNameAndPictureTravelWithItsHandoffs() {
        String botId = newBot("""
                {"enabled":true,"displayName":"  Acme Helper ","avatarUrl":"https://cdn.example.com/helper.png"}""");
        given().auth()
                .oauth2(supervisor())
                .get("/api/v1/bots/{botId}/settings", botId)
                .then()
                .statusCode(200)
                .body("displayName", equalTo("Acme Helper"))
                .body("avatarUrl", equalTo("https://cdn.example.com/helper.png"));

        String conversationId = given().auth()
                .oauth2(bot(botId))
                .contentType(ContentType.JSON)
                .body(HANDOFF)
                .post("/api/v1/bots/{botId}/handoffs", botId)
                .then()
                .statusCode(201)
                .extract()
                .path("conversationId");

        HandoffRequested event = kafka.awaitEvent(HandoffRequested.class, conversationId);
        assertThat(event.botDisplayName()).isEqualTo("Acme Helper");
        assertThat(event.botAvatarUrl()).isEqualTo("https://cdn.example.com/helper.png");
    }

    @Test
    void aDisplayNameOnSeveralLinesOrAPictureThatIsNoHttpUrlIsA400() {
        for (String body : new String[] {
            "{\"enabled\":true,\"displayName\":\"Acme\\nHelper\"}",
            "{\"enabled\":true,\"displayName\":\"" + "x".repeat(81) + "\"}",
            "{\"enabled\":true,\"avatarUrl\":\"javascript:alert(1)\"}"
        }) {
            given().auth()
                    .oauth2(supervisor())
                    .contentType(ContentType.JSON)
                    .body(body)
                    .put("/api/v1/bots/{botId}/settings", "bot-" + UUID.randomUUID())
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void aRetryWithTheSameConversationIdAnswers200WithTheSameConversation() {
        String botId = openBot();
        String body = "{\"conversationId\":\"retry-" + UUID.randomUUID() + "\"}";
        String first = given().auth()
                .oauth2(bot(botId))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/bots/{botId}/handoffs", botId)
                .then()
                .statusCode(201)
                .extract()
                .path("conversationId");
        given().auth()
                .oauth2(bot(botId))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/bots/{botId}/handoffs", botId)
                .then()
                .statusCode(200)
                .body("conversationId", equalTo(first));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyAnswers200WithTheSameConversation() {
        String botId = openBot();
        String otherBot = openBot();
        String key = UUID.randomUUID().toString();
        String first =
                handoffWithKey(botId, key).then().statusCode(201).extract().path("conversationId");

        handoffWithKey(botId, key).then().statusCode(200).body("conversationId", equalTo(first));
        String otherKey = handoffWithKey(botId, UUID.randomUUID().toString())
                .then()
                .statusCode(201)
                .extract()
                .path("conversationId");
        String sameKeyOtherBot =
                handoffWithKey(otherBot, key).then().statusCode(201).extract().path("conversationId");
        assertThat(java.util.Set.of(first, otherKey, sameKeyOtherBot)).hasSize(3);
    }

    /**
     * Eight tries at once, twenty times over: under read committed, a twin's row can commit between one try's check
     * and its write, which once made three tries answer 201 for one conversation.
     */
    @Test
    void concurrentTriesWithOneIdempotencyKeyMakeOneConversation() throws Exception {
        String botId = openBot();
        int tries = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(tries);
        try {
            for (int round = 0; round < 20; round++) {
                String key = UUID.randomUUID().toString();
                java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
                java.util.List<java.util.concurrent.Future<io.restassured.response.Response>> answers =
                        new java.util.ArrayList<>();
                for (int i = 0; i < tries; i++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return handoffWithKey(botId, key);
                    }));
                }
                start.countDown();
                java.util.List<Integer> statuses = new java.util.ArrayList<>();
                java.util.Set<String> conversations = new java.util.HashSet<>();
                for (java.util.concurrent.Future<io.restassured.response.Response> answer : answers) {
                    io.restassured.response.Response response = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
                    statuses.add(response.statusCode());
                    conversations.add(response.path("conversationId"));
                }
                assertThat(statuses)
                        .as("round %d", round)
                        .containsOnly(201, 200)
                        .filteredOn(status -> status == 201)
                        .hasSize(1);
                assertThat(conversations).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anIdempotencyKeyThatIsNotVisibleAsciiOrTooLongIsA400() {
        String botId = openBot();
        handoffWithKey(botId, "has space")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", startsWith("Idempotency-Key must be"));
        handoffWithKey(botId, "k".repeat(256)).then().statusCode(400).contentType("application/problem+json");
    }

    private static io.restassured.response.Response handoffWithKey(String botId, String key) {
        return given().auth()
                .oauth2(bot(botId))
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body("{\"visitor\":{\"name\":\"Sipho\"}}")
                .post("/api/v1/bots/{botId}/handoffs", botId);
    }

    @Test
    void withoutATokenTheAnswerIs401WithAProblemBody() {
        given().contentType(ContentType.JSON)
                .body(HANDOFF)
                .post("/api/v1/bots/{botId}/handoffs", "demo-bot")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401));
    }

    @Test
    void aBotTokenForAnotherBotIsForbidden() {
        String botId = openBot();
        given().auth()
                .oauth2(bot("some-other-bot"))
                .contentType(ContentType.JSON)
                .body(HANDOFF)
                .post("/api/v1/bots/{botId}/handoffs", botId)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void anAgentTokenCannotHandOff() {
        given().auth()
                .oauth2(TestTokens.agent("alice", TENANT, "agent"))
                .contentType(ContentType.JSON)
                .body(HANDOFF)
                .post("/api/v1/bots/{botId}/handoffs", "demo-bot")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void anUnconfiguredBotIs404() {
        given().auth()
                .oauth2(bot("ghost-bot"))
                .contentType(ContentType.JSON)
                .body(HANDOFF)
                .post("/api/v1/bots/{botId}/handoffs", "ghost-bot")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:handoff:problem:unknown-bot"));
    }

    @Test
    void invalidFieldsAreListedInTheProblem() {
        String botId = openBot();
        given().auth()
                .oauth2(bot(botId))
                .contentType(ContentType.JSON)
                .body(
                        "{\"visitor\":{\"email\":\"not-an-email\"},\"priority\":99,\"botHistory\":[{\"sender\":\"robot\",\"message\":\"x\"}]}")
                .post("/api/v1/bots/{botId}/handoffs", botId)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:handoff:problem:validation"))
                .body("errors.field", hasItem("visitor.email"))
                .body("errors.field", hasItem("priority"));
    }

    @Test
    void malformedJsonIs400NotAStackTrace() {
        String botId = openBot();
        given().auth()
                .oauth2(bot(botId))
                .contentType(ContentType.JSON)
                .body("{\"visitor\": ")
                .post("/api/v1/bots/{botId}/handoffs", botId)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:handoff:problem:malformed-json"));
    }

    @Test
    void onAHolidayTheHandoffIsRefusedWithTheOfflineMessageAndNextOpening() {
        String today = LocalDate.now(ZoneId.of("Africa/Johannesburg")).toString();
        String botId = newBot("""
                {"enabled":true,"offlineMessage":"Closed for the holiday.",
                 "businessHours":{"timeZone":"Africa/Johannesburg",
                   "weekly":[{"day":"MONDAY","start":"00:00","end":"24:00"},{"day":"TUESDAY","start":"00:00","end":"24:00"},
                             {"day":"WEDNESDAY","start":"00:00","end":"24:00"},{"day":"THURSDAY","start":"00:00","end":"24:00"},
                             {"day":"FRIDAY","start":"00:00","end":"24:00"},{"day":"SATURDAY","start":"00:00","end":"24:00"},
                             {"day":"SUNDAY","start":"00:00","end":"24:00"}],
                   "holidays":[{"date":"%s","name":"Today"}]}}""".formatted(today));

        given().auth()
                .oauth2(bot(botId))
                .contentType(ContentType.JSON)
                .body(HANDOFF)
                .post("/api/v1/bots/{botId}/handoffs", botId)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:handoff:problem:handoff-unavailable"))
                .body("reason", equalTo("HOLIDAY"))
                .body("offlineMessage", equalTo("Closed for the holiday."))
                .body("nextOpening", notNullValue());

        given().auth()
                .oauth2(bot(botId))
                .get("/api/v1/bots/{botId}/availability", botId)
                .then()
                .statusCode(200)
                .body("open", equalTo(false))
                .body("reason", equalTo("HOLIDAY"));
        // Analytics counts refused requests: the refusal is announced although no conversation was opened.
        HandoffRefused refused = kafka.awaitEvent(HandoffRefused.class, botId);
        assertThat(refused.tenantId().value()).isEqualTo(TENANT);
        assertThat(refused.reason()).isEqualTo("HOLIDAY");
        assertThat(refused.channel()).isEqualTo(Channel.WEBSOCKET);
        assertThat(refused.language()).isEqualTo("en");
    }

    @Test
    void supervisorsReadBackWhatTheyStoredWithoutTheWebhookSecret() {
        String botId = newBot("""
                {"enabled":true,"inactivityTimeoutMinutes":30,"webhookUrl":"https://bot.example.com/hook",
                 "webhookSecret":"0123456789abcdef0123","endButtonLabel":"Finish",
                 "businessHours":{"timeZone":"Europe/Berlin","weekly":[{"day":"FRIDAY","start":"22:00","end":"06:00"}]}}""");

        given().auth()
                .oauth2(supervisor())
                .get("/api/v1/bots/{botId}/settings", botId)
                .then()
                .statusCode(200)
                .body("inactivityTimeoutMinutes", equalTo(30))
                .body("webhookSecret", equalTo(null))
                .body("webhookSecretSet", equalTo(true))
                .body("endButtonLabel", equalTo("Finish"))
                .body("businessHours.timeZone", equalTo("Europe/Berlin"))
                .body("businessHours.weekly[0].end", equalTo("06:00"));

        String readBack = given().auth()
                .oauth2(supervisor())
                .get("/api/v1/bots/{botId}/settings", botId)
                .asString();
        given().auth()
                .oauth2(supervisor())
                .contentType(ContentType.JSON)
                .body(readBack)
                .put("/api/v1/bots/{botId}/settings", botId)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(supervisor())
                .get("/api/v1/bots/{botId}/settings", botId)
                .then()
                .statusCode(200)
                .body("webhookSecretSet", equalTo(true));
    }

    @Test
    void onlySupervisorsChangeSettings() {
        given().auth()
                .oauth2(TestTokens.agent("alice", TENANT, "agent"))
                .contentType(ContentType.JSON)
                .body("{\"enabled\":true}")
                .put("/api/v1/bots/{botId}/settings", "demo-bot")
                .then()
                .statusCode(403);
    }

    @Test
    void anUnknownTimeZoneIsA400() {
        given().auth()
                .oauth2(supervisor())
                .contentType(ContentType.JSON)
                .body("{\"enabled\":true,\"businessHours\":{\"timeZone\":\"Mars/Olympus\",\"weekly\":[]}}")
                .put("/api/v1/bots/{botId}/settings", "demo-bot")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
