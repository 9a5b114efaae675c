package dev.handoff.testinfra;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.handoff.shared.event.EndedByVisitor;
import dev.handoff.shared.event.Rated;
import dev.handoff.shared.event.Topics;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The meta-annotation: real servers, the OIDC mock, and tokens the application accepts. */
@QuarkusTest
@WithTestInfrastructure
class InfrastructureQuarkusTest {
    @RegisterExtension
    static final KafkaTopics topics = new KafkaTopics();

    @Test
    void anAgentTokenIsAcceptedWithItsClaimsAndRoles() {
        given().auth()
                .oauth2(TestTokens.agent("alice", "acme", "agent", "supervisor"))
                .when()
                .get("/probe/whoami")
                .then()
                .statusCode(200)
                .body(equalTo("alice|alice|acme|[agent, supervisor]"));
    }

    @Test
    void aBotTokenCarriesItsClientAndBots() {
        given().auth()
                .oauth2(TestTokens.bot("botlhale", "acme", "bot-1", "bot-2"))
                .when()
                .get("/probe/bot")
                .then()
                .statusCode(200)
                .body(equalTo("botlhale|[\"bot-1\",\"bot-2\"]"));
        given().auth()
                .oauth2(TestTokens.agent("alice", "acme", "agent"))
                .when()
                .get("/probe/bot")
                .then()
                .statusCode(403);
        given().when().get("/probe/whoami").then().statusCode(401);
    }

    @Test
    void theApplicationUsesTheRealDatabaseTheTestCanReachToo() throws Exception {
        given().when().get("/probe/database").then().statusCode(200).body(equalTo("handoff"));
        try (Connection connection = DriverManager.getConnection(
                        InfrastructureTestResource.jdbcUrl(),
                        InfrastructureTestResource.jdbcUsername(),
                        InfrastructureTestResource.jdbcPassword());
                ResultSet row = connection.createStatement().executeQuery("SELECT current_database()")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("handoff");
        }
    }

    @Test
    void theRealMailerDeliversToTheSharedSmtpServer() throws Exception {
        String to = "agent-" + UUID.randomUUID() + "@handoff.test";
        given().body(to).when().post("/probe/mail").then().statusCode(204);

        MimeMessage mail = InfrastructureTestResource.mailbox()
                .awaitMessagesTo(to, 1, Duration.ofSeconds(10))
                .get(0);
        assertThat(mail.getSubject()).isEqualTo("A visitor is waiting");
        // Inside a @QuarkusTest the GreenMail object belongs to another class loader: mailbox() is the way.
        assertThat(InfrastructureTestResource.greenMail()).isEmpty();
    }

    @Test
    void theTestClientTalksToTheKafkaTheApplicationIsConfiguredWith() {
        assertThat(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))
                .isEqualTo(InfrastructureTestResource.kafkaBootstrapServers());
        String topic = "test-infra-" + UUID.randomUUID();
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            kafka.send(topic, "c-1", "{\"type\":\"other\"}");
            kafka.send(topic, "c-1", "{\"type\":\"handoff.requested\"}");
            ConsumerRecord<String, String> record =
                    kafka.awaitRecord(topic, r -> r.value().contains("handoff.requested"), Duration.ofSeconds(30));
            assertThat(record.key()).isEqualTo("c-1");
        }
        assertThat(KafkaForks.ofThisJvm())
                .as("one broker for the whole test JVM")
                .isEqualTo(1);
    }

    @Test
    void kafkaTopicsPublishesEventsAsTheServicesDoAndAwaitsThemByTypeAndKeyPastAnythingElse() {
        ConversationId chat = ConversationId.of("kafka-topics-" + UUID.randomUUID());
        TenantId tenant = TenantId.of("test-infra");
        topics.send(Topics.CONVERSATION_LIFECYCLE, chat.value(), "not an event");
        topics.publish(new EndedByVisitor(UUID.randomUUID(), Instant.now(), tenant, chat));
        Rated rated = new Rated(UUID.randomUUID(), Instant.now(), tenant, chat, 4, "Quick");
        topics.publish(rated);

        // Under the same key first a record that is no event, then an event of another type: both passed over.
        Rated read = topics.awaitEvent(Rated.class, chat.value());
        assertThat(read.eventId()).isEqualTo(rated.eventId());
        assertThat(read.score()).isEqualTo(4);
    }
}
