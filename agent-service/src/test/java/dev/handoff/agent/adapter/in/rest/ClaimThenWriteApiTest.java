package dev.handoff.agent.adapter.in.rest;

import static dev.handoff.agent.adapter.in.rest.LiveChatFixture.WAIT;
import static dev.handoff.agent.adapter.in.rest.LiveChatFixture.awaitChat;
import static dev.handoff.agent.adapter.in.rest.LiveChatFixture.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.shared.id.ConversationId;
import dev.handoff.testinfra.KafkaTopics;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Claim, then write (decision 0046): a write that arrives before the assignment routing committed waits for it
 * (the test profile bounds the wait at 3 s), and every refusal stays a refusal. The assignment is sent to Kafka only
 * once the write is seen waiting ({@code agent_chat_writes_awaiting_claim}), so the 201 can only come from the wait.
 */
@QuarkusTest
@WithTestInfrastructure
class ClaimThenWriteApiTest {
    private static final Pattern WAITING =
            Pattern.compile("(?m)^agent_chat_writes_awaiting_claim(?:\\{[^}]*})? (\\S+)$");

    @RegisterExtension
    static final KafkaTopics kafka = new KafkaTopics();

    @Test
    void aMessageWrittenBeforeTheClaimArrivedIsStoredOnceItDoes() {
        WaitingWrite waiting = aliceWritesInAPendingChat();
        waiting.tenant().assign(waiting.chat(), waiting.alice());

        Response answer = waiting.answer().join();
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(201);
        assertThat(answer.jsonPath().getString("text")).isEqualTo("Hello, I have your chat");
        assertThat(message(waiting.token(), waiting.chat(), "m-1").statusCode())
                .as("the retry finds it")
                .isEqualTo(200);
    }

    @Test
    void anAssignmentToAnotherAgentEndsTheWaitWithNotFound() {
        WaitingWrite waiting = aliceWritesInAPendingChat();
        waiting.tenant().assign(waiting.chat(), unique("bob"));

        Response answer = waiting.answer().join();
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.jsonPath().getString("type")).isEqualTo("urn:handoff:problem:chat-not-found");
    }

    @Test
    void aWriteInAChatNobodyClaimedIsRefusedOnceTheBoundPassed() {
        LiveChatFixture tenant = LiveChatFixture.newTenant(kafka);
        String token = TestTokens.agent(unique("alice"), tenant.tenant.value(), "agent");
        ConversationId chat = pendingAndKnown(tenant, token);

        long start = System.nanoTime();
        Response answer = message(token, chat, "m-1");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.jsonPath().getString("type")).isEqualTo("urn:handoff:problem:chat-not-found");
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .as("waited for the bound first")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void aChatHeldByAnotherAgentStaysRefusedForEveryWrite() {
        LiveChatFixture tenant = LiveChatFixture.newTenant(kafka);
        String bob = unique("bob");
        ConversationId chat = tenant.assigned("c1", bob);
        awaitChat(TestTokens.agent(bob, tenant.tenant.value(), "agent"), chat);
        String alice = TestTokens.agent(unique("alice"), tenant.tenant.value(), "agent");

        assertThat(message(alice, chat, "m-1").statusCode()).isEqualTo(404);
        given().auth()
                .oauth2(alice)
                .contentType(ContentType.JSON)
                .body("{\"typing\":true}")
                .post("/api/v1/agent/chats/{id}/typing", chat.value())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(alice)
                .post("/api/v1/agent/chats/{id}/complete", chat.value())
                .then()
                .statusCode(404);
        assertThat(waitingWrites()).as("nothing waited").isZero();
    }

    /** Alice's message to a pending chat of a fresh tenant, on its way and seen waiting for an assignment. */
    private record WaitingWrite(
            LiveChatFixture tenant,
            ConversationId chat,
            String alice,
            String token,
            CompletableFuture<Response> answer) {}

    private static WaitingWrite aliceWritesInAPendingChat() {
        LiveChatFixture tenant = LiveChatFixture.newTenant(kafka);
        String alice = unique("alice");
        String token = TestTokens.agent(alice, tenant.tenant.value(), "agent");
        ConversationId chat = pendingAndKnown(tenant, token);
        CompletableFuture<Response> answer = CompletableFuture.supplyAsync(() -> message(token, chat, "m-1"));
        awaitWaitingWrites(1);
        return new WaitingWrite(tenant, chat, alice, token, answer);
    }

    /** A pending chat of the tenant that this service lists already (so it is known here, not just on its way). */
    private static ConversationId pendingAndKnown(LiveChatFixture tenant, String token) {
        ConversationId chat = tenant.pending("c1");
        Awaitility.await()
                .atMost(WAIT)
                .untilAsserted(() -> assertThat(given().auth()
                                .oauth2(token)
                                .get("/api/v1/agent/handoffs/pending")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath()
                                .getList("conversationId"))
                        .contains(chat.value()));
        return chat;
    }

    private static Response message(String token, ConversationId chat, String clientMessageId) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"clientMessageId\":\"" + clientMessageId + "\",\"text\":\"Hello, I have your chat\"}")
                .post("/api/v1/agent/chats/{id}/messages", chat.value())
                .andReturn();
    }

    private static void awaitWaitingWrites(int count) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> waitingWrites() >= count);
    }

    private static double waitingWrites() {
        Matcher m = WAITING.matcher(
                given().get("/q/metrics").then().statusCode(200).extract().asString());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
