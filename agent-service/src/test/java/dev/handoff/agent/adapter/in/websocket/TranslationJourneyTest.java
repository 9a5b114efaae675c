package dev.handoff.agent.adapter.in.websocket;

import static dev.handoff.agent.adapter.in.rest.LiveChatFixture.WAIT;
import static dev.handoff.agent.adapter.in.rest.LiveChatFixture.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handoff.agent.adapter.in.rest.LiveChatFixture;
import dev.handoff.agent.adapter.out.translation.LibreTranslateTranslator;
import dev.handoff.agent.adapter.out.translation.TranslatorStandInProfile;
import dev.handoff.agent.application.port.out.TranslateTextPort;
import dev.handoff.agent.domain.model.LanguageTag;
import dev.handoff.agent.domain.model.TranslationRequest;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.json.EventJson;
import dev.handoff.shared.model.Translation;
import dev.handoff.testinfra.JsonSocketClient;
import dev.handoff.testinfra.KafkaTopics;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Translation end to end, with a LibreTranslate stand-in as the translator: a visitor's Spanish reaches the
 * agent's console translated into English, the agent's English reaches Kafka with its Spanish translation, and
 * a translator that fails, answers nonsense or hangs costs the translation only, never the message.
 */
@QuarkusTest
@WithTestInfrastructure
@TestProfile(TranslatorStandInProfile.class)
class TranslationJourneyTest {
    private static final EventJson JSON = new EventJson();
    private static final ObjectMapper TREE = new ObjectMapper();

    @RegisterExtension
    static final KafkaTopics kafka = new KafkaTopics();

    @TestHTTPResource("/ws/agent")
    URI endpoint;

    @ConfigProperty(name = "agent.translation.url")
    String standInUrl;

    @Inject
    CircuitBreakerMaintenance breakers;

    @Inject
    TranslateTextPort translator;

    @BeforeEach
    void closeTheBreaker() {
        breakers.resetAll();
    }

    private static Predicate<JsonNode> message(ConversationId id, String messageId) {
        return f -> f.path("type").asText().equals("message")
                && f.path("conversationId").asText().equals(id.value())
                && f.path("messageId").asText().equals(messageId);
    }

    private static MessagePosted published(ConversationId id, String messageId) {
        return kafka.awaitEvent(
                MessagePosted.class, id.value(), m -> m.messageId().value().equals(messageId), WAIT);
    }

    /** An agent who reads English, with a console open, holding a chat with a visitor whose browser reads es-MX. */
    private record Chat(LiveChatFixture fixture, String token, ConversationId id, JsonSocketClient console)
            implements AutoCloseable {
        static Chat open(URI endpoint, String name) {
            LiveChatFixture fixture = LiveChatFixture.newTenant(kafka);
            String agent = unique("ana");
            String token = TestTokens.agent(agent, fixture.tenant.value(), "agent");
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body("{\"preferredLanguage\":\"en\"}")
                    .put("/api/v1/agent/settings")
                    .then()
                    .statusCode(200)
                    .body("preferredLanguage", equalTo("en"))
                    .body("translationAvailable", equalTo(true));
            JsonSocketClient console = AgentSockets.connect(endpoint, token);
            ConversationId id = fixture.assigned(name, agent, "es-MX");
            console.await(f -> f.path("type").asText().equals("assigned")
                    && f.path("conversationId").asText().equals(id.value()));
            // The assignment and the handoff's details (the visitor's locale) come on two topics, in either order.
            Awaitility.await()
                    .atMost(WAIT)
                    .untilAsserted(() -> given().auth()
                            .oauth2(token)
                            .get("/api/v1/agent/chats/{id}", id.value())
                            .then()
                            .statusCode(200)
                            .body("visitor.locale", equalTo("es-MX")));
            return new Chat(fixture, token, id, console);
        }

        JsonNode send(String clientMessageId, String text) {
            String body = given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(TREE.createObjectNode()
                            .put("clientMessageId", clientMessageId)
                            .put("text", text)
                            .toString())
                    .post("/api/v1/agent/chats/{id}/messages", id.value())
                    .then()
                    .statusCode(201)
                    .extract()
                    .asString();
            try {
                return TREE.readTree(body);
            } catch (JsonProcessingException e) {
                throw new AssertionError("the answer is not JSON: " + body, e);
            }
        }

        @Override
        public void close() {
            console.close();
        }
    }

    @Test
    void visitorsMessagesReachTheAgentTranslatedAndTheAgentsAnswersReachTheVisitorTranslated() {
        try (Chat chat = Chat.open(endpoint, "both-ways")) {
            // The widget does not know the language: the translator detects it.
            String asked = chat.fixture().visitorWrites(chat.id(), "hola, me cobraron dos veces", null);
            JsonNode frame = chat.console().await(message(chat.id(), asked));
            assertThat(frame.path("text").asText()).isEqualTo("hola, me cobraron dos veces");
            assertThat(frame.path("translation").path("language").asText()).isEqualTo("en");
            assertThat(frame.path("translation").path("text").asText()).isEqualTo("[en] hola, me cobraron dos veces");
            given().auth()
                    .oauth2(chat.token())
                    .get("/api/v1/agent/chats/{id}", chat.id().value())
                    .then()
                    .body(
                            "history.find { it.messageId == '" + asked + "' }.text",
                            equalTo("hola, me cobraron dos veces"))
                    .body(
                            "history.find { it.messageId == '" + asked + "' }.translation.text",
                            equalTo("[en] hola, me cobraron dos veces"));

            JsonNode answer = chat.send("ana-1", "Sorry about that, let me check.");
            assertThat(answer.path("text").asText()).isEqualTo("Sorry about that, let me check.");
            assertThat(answer.path("language").asText()).isEqualTo("en");
            assertThat(answer.path("translation").path("language").asText()).isEqualTo("es-MX");
            MessagePosted posted = published(chat.id(), answer.path("messageId").asText());
            assertThat(posted.text()).isEqualTo("Sorry about that, let me check.");
            assertThat(posted.language()).isEqualTo("en");
            assertThat(posted.translation())
                    .isEqualTo(new Translation("es-MX", "[es] Sorry about that, let me check."));
            JsonNode own = chat.console()
                    .await(message(chat.id(), answer.path("messageId").asText()));
            assertThat(own.path("translation").path("text").asText()).isEqualTo("[es] Sorry about that, let me check.");

            // A visitor writing in the agent's language is shown as written.
            String english = chat.fixture().visitorWrites(chat.id(), "Thank you!", "en-US");
            assertThat(chat.console()
                            .await(message(chat.id(), english))
                            .path("translation")
                            .path("text")
                            .isMissingNode())
                    .isTrue();
        }
    }

    @Test
    void aFailingGarbledOrHangingTranslatorCostsOnlyTheTranslationNeverTheMessage() {
        try (Chat chat = Chat.open(endpoint, "failing")) {
            for (String text : new String[] {"[fail] hola", "[garbage] hola"}) {
                String id = chat.fixture().visitorWrites(chat.id(), text, "es");
                JsonNode frame = chat.console().await(message(chat.id(), id));
                assertThat(frame.path("text").asText()).isEqualTo(text);
                assertThat(frame.path("translation").path("text").isMissingNode())
                        .as(text)
                        .isTrue();
            }

            long started = System.nanoTime();
            JsonNode answer = chat.send("ana-1", "[slow] One moment please");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
            assertThat(answer.path("translation").path("text").isMissingNode()).isTrue();
            MessagePosted posted = published(chat.id(), answer.path("messageId").asText());
            assertThat(posted.text()).isEqualTo("[slow] One moment please");
            assertThat(posted.language()).isEqualTo("en");
            assertThat(posted.translation()).isNull();
        }
        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("agent_translation_failures_total{reason=\"status\""))
                .body(containsString("agent_translation_failures_total{reason=\"unreadable\""))
                .body(containsString("agent_translation_failures_total{reason=\"timeout\""));
    }

    @Test
    void aTranslatorThatKeepsFailingIsLeftAloneForAWhileSoMessagesGoOnAtOnce() {
        TranslationRequest failing = new TranslationRequest("[fail] hola", LanguageTag.of("es"), LanguageTag.of("en"));
        for (int i = 0; i < 10; i++) {
            assertThat(translator.translate(failing)).isEmpty();
        }
        assertThat(breakers.currentState(LibreTranslateTranslator.BREAKER)).isEqualTo(CircuitBreakerState.OPEN);

        int asked = standInRequests();
        try (Chat chat = Chat.open(endpoint, "breaker")) {
            String id = chat.fixture().visitorWrites(chat.id(), "hola", "es");
            JsonNode frame = chat.console().await(message(chat.id(), id));
            assertThat(frame.path("translation").path("text").isMissingNode()).isTrue();
        }
        assertThat(standInRequests()).isEqualTo(asked);
        given().get("/q/metrics")
                .then()
                .body(containsString("agent_translation_failures_total{reason=\"circuit-open\""));
    }

    private int standInRequests() {
        return given().baseUri(standInUrl)
                .get("/stats")
                .then()
                .statusCode(200)
                .extract()
                .path("translate");
    }

    @Test
    void theSettingsSayThatTranslationIsAvailable() {
        String token = TestTokens.agent(unique("ana"), "t-settings", "agent");
        given().auth()
                .oauth2(token)
                .get("/api/v1/agent/settings")
                .then()
                .statusCode(200)
                .body("translationAvailable", equalTo(true))
                .body("preferredLanguage", nullValue());
    }
}
