package dev.handoff.handoff.adapter.out.persistence;

import dev.handoff.handoff.application.port.out.LoadChatForSendPort;
import dev.handoff.handoff.domain.model.ConversationStatus;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import dev.handoff.shared.id.TenantId;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * One plain query per visitor message, in auto-commit outside any transaction (decision 0090): loading the whole
 * conversation through the ORM and asking the feed in a second query were most of what a send cost this service.
 */
@ApplicationScoped
public class ChatForSendQuery implements LoadChatForSendPort {
    private static final String QUERY = "select c.tenant_id, c.status, c.visitor_name, c.language,"
            + " exists (select 1 from visitor_feed f where f.conversation_id = c.id and f.message_id = ?)"
            + " from conversation c where c.id = ?";

    private final AgroalDataSource dataSource;

    public ChatForSendQuery(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<ChatForSend> forSend(ConversationId conversationId, MessageId messageId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(QUERY)) {
            query.setString(1, messageId.value());
            query.setString(2, conversationId.value());
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ChatForSend(
                        TenantId.of(row.getString(1)),
                        ConversationStatus.valueOf(row.getString(2)),
                        row.getString(3),
                        row.getString(4),
                        row.getBoolean(5)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the chat of a visitor's message", e);
        }
    }
}
