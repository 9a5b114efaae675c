package dev.handoff.notification.adapter.out.persistence;

import dev.handoff.notification.application.port.out.ChatInterestPort;
import dev.handoff.shared.id.ConversationId;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One plain query per poll, on a connection in auto-commit outside any transaction: the ORM and a transaction were
 * most of what a chat message cost this service, and this read needs neither.
 */
@ApplicationScoped
public class ChatInterestRepository implements ChatInterestPort {
    private static final String QUERY = "select w.conversation_id,"
            + " w.state = 'ACTIVE' and w.agent_id is not null and coalesce(c.presence, '') <> 'ONLINE',"
            + " exists (select 1 from notification n where n.conversation_id = w.conversation_id"
            + " and n.kind = 'VISITOR_MESSAGE' and n.status = 'SCHEDULED')"
            + " from watched_conversation w"
            + " left join agent_contact c on c.tenant_id = w.tenant_id and c.agent_id = w.agent_id"
            + " where w.conversation_id = any(?)";

    private final AgroalDataSource dataSource;

    public ChatInterestRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Map<ConversationId, ChatInterest> interest(Set<ConversationId> conversations) {
        Map<ConversationId, ChatInterest> found = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(QUERY)) {
            query.setArray(
                    1,
                    connection.createArrayOf(
                            "varchar",
                            conversations.stream().map(ConversationId::value).toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.put(
                            ConversationId.of(rows.getString(1)),
                            new ChatInterest(rows.getBoolean(2), rows.getBoolean(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the chats of a poll", e);
        }
        return found;
    }
}
