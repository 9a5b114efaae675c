package dev.handoff.agent.adapter.in.websocket;

import static dev.handoff.agent.adapter.in.websocket.AgentSockets.agentTab;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.handoff.agent.adapter.in.rest.LiveChatFixture;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.testinfra.JsonSocketClient;
import dev.handoff.testinfra.KafkaTopics;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 19, point 4: agents online and busy, chats active and messages per tenant on /q/metrics, from a real socket
 * and real Kafka events.
 */
@QuarkusTest
@WithTestInfrastructure
class WorkloadMetricsTest {
    @RegisterExtension
    static final KafkaTopics kafka = new KafkaTopics();

    @Test
    void agentsOnlineAndBusyChatsActiveAndMessagesPerTenant() {
        LiveChatFixture chats = LiveChatFixture.newTenant(kafka);
        String tenant = "tenant=\"" + chats.tenant.value() + "\"";
        String ann = LiveChatFixture.unique("ann");
        String ben = LiveChatFixture.unique("ben");
        try (JsonSocketClient annTab = agentTab(ann, chats.tenant.value());
                JsonSocketClient benTab = agentTab(ben, chats.tenant.value())) {
            ConversationId first = chats.assigned(LiveChatFixture.unique("one"), ann);
            chats.assigned(LiveChatFixture.unique("two"), ann);
            LiveChatFixture.awaitChat(TestTokens.agent(ann, chats.tenant.value(), "agent"), first);
            chats.visitorWrites(first, "Hello?");
            chats.visitorWrites(first, "Anyone there?");

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                String metrics = given().get("/q/metrics")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
                assertThat(value(metrics, "handoff_agents_online", tenant)).isEqualTo(2.0);
                assertThat(value(metrics, "handoff_agents_busy", tenant)).isEqualTo(1.0);
                assertThat(value(metrics, "handoff_chats_active", tenant)).isEqualTo(2.0);
                assertThat(value(metrics, "handoff_chat_messages_total", "sender=\"VISITOR\"," + tenant))
                        .isEqualTo(2.0);
            });
        }
    }

    private static double value(String metrics, String name, String labels) {
        Matcher m = Pattern.compile("(?m)^" + name + "\\{" + Pattern.quote(labels) + "\\} ([0-9.Ee+-]+)$")
                .matcher(metrics);
        assertThat(m.find()).as(name + "{" + labels + "} in /q/metrics").isTrue();
        return Double.parseDouble(m.group(1));
    }
}
