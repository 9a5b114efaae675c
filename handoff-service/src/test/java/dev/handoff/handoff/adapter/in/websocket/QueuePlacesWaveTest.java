package dev.handoff.handoff.adapter.in.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.QueuePositionChanged;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.AssignmentMethod;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Waves of places as routing sends them with many visitors waiting: the lifecycle consumer takes a poll in one
 * transaction (decision 0094), and every chat's feed must still get each of its places once, in the order sent.
 */
@QuarkusTest
@WithTestInfrastructure
class QueuePlacesWaveTest {
    private static final TenantId TENANT = TenantId.of(VisitorChatFixture.TENANT);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CHATS = 25;
    private static final int WAVES = 4;
    /** Far above any place the bot's answer gives in the test tenant, so those are told apart. */
    private static final int FAR_BACK = 10_000;

    private static VisitorChatFixture fixture;

    @Inject
    AgroalDataSource database;

    @BeforeAll
    static void start() {
        fixture = new VisitorChatFixture();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void everyChatGetsEachOfItsPlacesOnceInOrderAndAnAssignmentAfterThem() {
        String botId = fixture.newBot("");
        List<ConversationId> chats = new ArrayList<>();
        for (int i = 0; i < CHATS; i++) {
            chats.add(ConversationId.of(fixture.handoff(botId).getString("conversationId")));
        }
        // wave by wave, each chat one place further up: as an announcer pass tells a queue whose head is being served
        for (int wave = 0; wave < WAVES; wave++) {
            for (int i = 0; i < CHATS; i++) {
                fixture.publish(new QueuePositionChanged(
                        UUID.randomUUID(), Instant.now(), TENANT, chats.get(i), FAR_BACK + i - wave, 60L * (i + 1)));
            }
        }
        ConversationId first = chats.get(0);
        fixture.publish(new Assigned(
                UUID.randomUUID(), Instant.now(), TENANT, first, AgentId.of("alice"), "Alice", AssignmentMethod.CLAIM));

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> kinds(first).contains("AGENT_ASSIGNED")
                        && chats.stream().allMatch(c -> places(c).size() == WAVES));
        for (int i = 0; i < CHATS; i++) {
            int start = FAR_BACK + i;
            assertThat(places(chats.get(i))).containsExactly(start, start - 1, start - 2, start - 3);
        }
        List<String> firstKinds = kinds(first);
        assertThat(firstKinds.indexOf("AGENT_ASSIGNED")).isGreaterThan(firstKinds.lastIndexOf("QUEUE_POSITION"));
    }

    /** The places routing told the chat, in feed order (the bot's answer's own place not included). */
    private List<Integer> places(ConversationId chat) {
        List<Integer> places = new ArrayList<>();
        for (String payload : column(chat, "payload", "QUEUE_POSITION")) {
            try {
                int position = JSON.readTree(payload).path("position").asInt();
                if (position > FAR_BACK - WAVES) {
                    places.add(position);
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return places;
    }

    private List<String> kinds(ConversationId chat) {
        return column(chat, "kind", null);
    }

    private List<String> column(ConversationId chat, String column, String kind) {
        String sql = "select " + column + " from visitor_feed where conversation_id = ?"
                + (kind == null ? "" : " and kind = ?") + " order by sequence";
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, chat.value());
            if (kind != null) {
                query.setString(2, kind);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
