package dev.handoff.notification.adapter.in.kafka;

import static dev.handoff.notification.NotificationFixture.awaitHandled;
import static dev.handoff.notification.NotificationFixture.awaitMails;
import static dev.handoff.notification.NotificationFixture.mails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.notification.NotificationFixture;
import dev.handoff.notification.application.port.in.PruneNotificationsUseCase;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.model.PresenceStatus;
import dev.handoff.shared.model.Sender;
import dev.handoff.testinfra.MutableClock;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

/**
 * Chat messages that cannot change a mail are dropped before any transaction (decision 0083), with the real broker
 * and database: they leave no row, not even in the inbox; one that can is still mailed once however often it comes.
 */
@QuarkusTest
@WithTestInfrastructure
class ChatMessageSiftingTest {
    private static final String KIND = "VISITOR_MESSAGE";
    private static final String MESSAGES_GROUP = "notification-service-messages";

    @Inject
    MutableClock clock;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PruneNotificationsUseCase prune;

    @Test
    void messagesThatCannotChangeAMailWriteNothing() {
        try (NotificationFixture acme = new NotificationFixture("sift-nothing", clock)) {
            ConversationId id = acme.chatOfAlice(PresenceStatus.ONLINE);
            MessagePosted seen = acme.message(id, Sender.VISITOR, null, "seen at the console");
            MessagePosted answer = acme.message(id, Sender.AGENT, "alice", "no batch to drop");
            MessagePosted bot = acme.message(id, Sender.BOT, null, "a bot line");
            acme.send(seen);
            acme.send(answer);
            // one chat, one partition: once the last is handled, so are the others
            awaitHandled(acme.send(bot), MESSAGES_GROUP);

            assertThat(inInbox(seen.eventId())).isFalse();
            assertThat(inInbox(answer.eventId())).isFalse();
            assertThat(inInbox(bot.eventId())).isFalse();
            assertThat(acme.entry(id, KIND)).isNull();
        }
    }

    @Test
    void aMessageToAnAwayAgentIsMailedOnceHoweverOftenItIsDelivered() {
        try (NotificationFixture acme = new NotificationFixture("sift-once", clock)) {
            ConversationId id = acme.chatOfAlice(PresenceStatus.AWAY);
            MessagePosted message = acme.message(id, Sender.VISITOR, null, "are you there?");
            acme.send(message);
            awaitHandled(acme.send(message), MESSAGES_GROUP); // a redelivery, likely in the same poll
            VisitorMessageMailTest.awaitBatchOf(acme, id, 1);
            assertThat(inInbox(message.eventId())).isTrue();

            clock.advance(Duration.ofMinutes(3));
            assertThat(awaitMails(id, KIND, 1).get(0).text()).contains("> are you there?");

            // delivered again after the mail went (a replica that died before committing its offsets)
            RecordMetadata again = acme.send(message);
            awaitHandled(again, MESSAGES_GROUP);
            clock.advance(Duration.ofMinutes(3));
            assertThat(acme.awaitLogged(id, KIND, "DECIDED").get("messages")).isEqualTo(1);
            assertThat(acme.log(id).getList("findAll { it.kind == '" + KIND + "' }"))
                    .hasSize(1);
            assertThat(mails(id, KIND)).hasSize(1);
        }
    }

    @Test
    void inboxIdsOlderThanTheirRetentionArePruned() throws SQLException {
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        Instant now = clock.instant();
        remember(old, now.minus(Duration.ofDays(15)));
        remember(recent, now.minus(Duration.ofDays(13)));

        prune.prune();

        assertThat(inInbox(old)).isFalse();
        assertThat(inInbox(recent)).isTrue();
    }

    private boolean inInbox(UUID eventId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("select 1 from processed_event where event_id = ?")) {
            q.setObject(1, eventId);
            try (ResultSet rows = q.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void remember(UUID eventId, Instant at) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q =
                        c.prepareStatement("insert into processed_event (event_id, processed_at) values (?, ?)")) {
            q.setObject(1, eventId);
            q.setTimestamp(2, Timestamp.from(at));
            q.executeUpdate();
        }
    }
}
