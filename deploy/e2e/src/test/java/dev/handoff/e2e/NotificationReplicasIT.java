package dev.handoff.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.event.Queued;
import dev.handoff.shared.event.Topics;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.json.EventJson;
import dev.handoff.shared.model.HistoryEntry;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.VisitorInfo;
import dev.handoff.testinfra.TestTokens;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Exactly once with two notification-service replicas and a kill in the middle (issue 18): the real broker,
 * database and mail server, two service processes.
 *
 * <ol>
 * <li>both replicas run; {@value #REQUESTS} requests arrive, each requested ten minutes ago and published twice:
 * "new request" and "still waiting" are due at once for each, to two recipients. Replica 1 sends through a relay that
 * stalls on its {@value #STALL_AT}th mail, so it then holds that mail's row mid-send; replica 2's relay lets nothing
 * through yet, so replica 2 waits on its first mail;</li>
 * <li>replica 2's relay opens: it sends every other mail (the row replica 1 holds is skipped, not waited for), while
 * {@value #MORE} more requests arrive for both replicas to decide and send;</li>
 * <li>replica 1 is killed (SIGKILL): its database connection dies, its transaction rolls back, and replica 2 sends the
 * held mail;</li>
 * <li>the mail server then has exactly one mail per request, kind and recipient, each Message-ID once, and the
 * database the same mails, all {@code SENT} on their first recorded attempt.</li>
 * </ol>
 * Without the row claims two replicas would decide or send the same rows (counts above one); without the
 * transaction around the send, the held mail would stay claimed or be recorded as sent without having been sent.
 */
class NotificationReplicasIT {
    private static final int REQUESTS = 12;
    private static final int MORE = 8;
    private static final int STALL_AT = 3;
    private static final List<String> RECIPIENTS = List.of("carol@replicas.example", "lee@replicas.example");
    private static final TenantId TENANT = TenantId.of("replicas");
    private static final EventJson JSON = new EventJson();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void eachMailIsSentOnceThroughTwoReplicasAndAKill() throws Exception {
        try (StallingSmtpProxy stalling = StallingSmtpProxy.stallingAt(STALL_AT);
                StallingSmtpProxy held = StallingSmtpProxy.closed();
                Platform platform = Platform.builder()
                        .withSmtp()
                        .topic(Topics.HANDOFF_REQUESTS, 4)
                        .topic(Topics.CONVERSATION_LIFECYCLE, 4)
                        // the stalled send must still be waiting when the test kills the replica
                        .service(
                                "notification-service-1",
                                "notification-service",
                                Map.of(
                                        "QUARKUS_MAILER_PORT",
                                        Integer.toString(stalling.port()),
                                        "HANDOFF_NOTIFICATION_MAIL_TIMEOUT",
                                        "10m"))
                        .service(
                                "notification-service-2",
                                "notification-service",
                                Map.of(
                                        "QUARKUS_MAILER_PORT",
                                        Integer.toString(held.port()),
                                        "HANDOFF_NOTIFICATION_MAIL_TIMEOUT",
                                        "10m"))
                        .start();
                KafkaProducer<String, String> kafka = producer(platform)) {
            int smtp = platform.mailServer().getSmtp().getPort();
            stalling.relayTo(smtp);
            held.relayTo(smtp);
            putRecipients(platform.url("notification-service-2"));

            // Replica 2's first mail waits for its relay to open; replica 1 sends two, then waits mid-send.
            List<ConversationId> first = publishRequests(kafka, REQUESTS);
            assertThat(stalling.awaitStall(Duration.ofSeconds(90)))
                    .as("replica 1 reached its stalled mail")
                    .isTrue();
            int expectedFirst = REQUESTS * 2 * RECIPIENTS.size();
            await("every notification decided")
                    .atMost(Duration.ofSeconds(60))
                    .until(() ->
                            count(platform, "select count(*) from notification.notification_mail") == expectedFirst);
            assertThat(mails(platform)).hasSize(STALL_AT - 1);

            held.open();
            List<ConversationId> more = publishRequests(kafka, MORE);
            int expected = (REQUESTS + MORE) * 2 * RECIPIENTS.size();
            await("replica 2 sent every mail but the held one")
                    .atMost(Duration.ofSeconds(90))
                    .until(() -> mails(platform).size() == expected - 1);
            assertThat(count(platform, "select count(*) from notification.notification_mail where status = 'PENDING'"))
                    .as("the held mail is still pending")
                    .isEqualTo(1);

            platform.kill("notification-service-1");

            await("the held mail sent by replica 2")
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> mails(platform).size() >= expected);
            List<MimeMessage> received = mails(platform);
            Map<String, Long> perMail = received.stream()
                    .collect(Collectors.groupingBy(NotificationReplicasIT::identity, Collectors.counting()));
            assertThat(perMail)
                    .hasSize(expected)
                    .allSatisfy((mail, copies) -> assertThat(copies).as(mail).isOne());
            Set<String> conversations = new HashSet<>();
            first.forEach(id -> conversations.add(id.value()));
            more.forEach(id -> conversations.add(id.value()));
            assertThat(received)
                    .allSatisfy(m -> assertThat(conversations).contains(header(m, "X-Handoff-Conversation")));
            assertThat(received.stream().map(NotificationReplicasIT::messageId).distinct())
                    .hasSize(expected);
            assertThat(count(
                            platform,
                            "select count(*) from notification.notification_mail where status = 'SENT' "
                                    + "and attempts = 1"))
                    .isEqualTo(expected);
            assertThat(count(platform, "select count(*) from notification.notification where status = 'DECIDED'"))
                    .isEqualTo((REQUESTS + MORE) * 2);
        }
    }

    /** Publishes requests of ten minutes ago, each twice (a second event for the same chat) and queued. */
    private static List<ConversationId> publishRequests(KafkaProducer<String, String> kafka, int count)
            throws Exception {
        List<ConversationId> ids = new ArrayList<>();
        Instant tenMinutesAgo = Instant.now().minus(Duration.ofMinutes(10));
        for (int i = 0; i < count; i++) {
            ConversationId id = ConversationId.random();
            ids.add(id);
            for (int copy = 0; copy < 2; copy++) {
                send(
                        kafka,
                        new HandoffRequested(
                                UUID.randomUUID(),
                                tenMinutesAgo,
                                TENANT,
                                id,
                                BotId.of("demo-bot"),
                                new VisitorInfo("Visitor " + i, null, null, Map.of()),
                                List.of(new HistoryEntry(Sender.VISITOR, "help " + i, null)),
                                "en",
                                null,
                                0,
                                null,
                                "Replica Bot",
                                null));
            }
            send(kafka, new Queued(UUID.randomUUID(), tenMinutesAgo, TENANT, id, BotId.of("demo-bot"), null, 0, 1, 60));
        }
        kafka.flush();
        return ids;
    }

    private static void send(KafkaProducer<String, String> kafka, IntegrationEvent event) throws Exception {
        kafka.send(new ProducerRecord<>(Topics.of(event), event.key(), JSON.write(event)))
                .get();
    }

    private static void putRecipients(String baseUrl) throws Exception {
        HttpRequest put = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/notifications/recipients"))
                .header("Authorization", "Bearer " + TestTokens.agent("sam", TENANT.value(), "supervisor"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"emails\":[\"" + String.join("\",\"", RECIPIENTS) + "\"]}"))
                .build();
        assertThat(HTTP.send(put, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
    }

    private static List<MimeMessage> mails(Platform platform) {
        return Arrays.stream(platform.mailServer().getReceivedMessages())
                .filter(m -> header(m, "X-Handoff-Conversation") != null)
                .toList();
    }

    /** Conversation, kind and recipient: what must exist once. GreenMail keeps a copy per recipient mailbox. */
    private static String identity(MimeMessage mail) {
        try {
            return header(mail, "X-Handoff-Conversation") + " " + header(mail, "X-Handoff-Kind") + " "
                    + Arrays.stream(mail.getAllRecipients())
                            .map(Object::toString)
                            .sorted()
                            .collect(Collectors.joining(","));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageId(MimeMessage mail) {
        return header(mail, "Message-ID");
    }

    private static String header(MimeMessage mail, String name) {
        try {
            return mail.getHeader(name, null);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(Platform platform, String sql) throws Exception {
        try (Connection db = platform.openDatabase();
                Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static KafkaProducer<String, String> producer(Platform platform) {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        platform.kafkaBootstrapServers(),
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.LINGER_MS_CONFIG,
                        0),
                new StringSerializer(),
                new StringSerializer());
    }
}
