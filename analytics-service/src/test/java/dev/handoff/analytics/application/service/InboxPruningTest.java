package dev.handoff.analytics.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.analytics.application.port.in.PruneInboxUseCase;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The inbox forgets ids past its retention (14 days) in PostgreSQL and keeps the younger ones. */
@QuarkusTest
@WithTestInfrastructure
class InboxPruningTest {
    @Inject
    PruneInboxUseCase pruning;

    @Inject
    DataSource dataSource;

    @Test
    void idsPastTheRetentionAreForgottenAndYoungerOnesKept() throws SQLException {
        Instant now = Instant.now();
        UUID monthOld = stored(now.minus(Duration.ofDays(30)));
        UUID justPast = stored(now.minus(Duration.ofDays(14)).minus(Duration.ofMinutes(5)));
        UUID justWithin = stored(now.minus(Duration.ofDays(14)).plus(Duration.ofMinutes(5)));
        UUID recent = stored(now.minus(Duration.ofHours(1)));

        assertThat(pruning.prune()).isGreaterThanOrEqualTo(2);

        assertThat(stillStored(List.of(monthOld, justPast, justWithin, recent)))
                .containsExactlyInAnyOrder(justWithin, recent);
    }

    private UUID stored(Instant processedAt) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert =
                        c.prepareStatement("insert into processed_event (event_id, processed_at) values (?, ?)")) {
            insert.setObject(1, id);
            insert.setTimestamp(2, Timestamp.from(processedAt));
            insert.executeUpdate();
        }
        return id;
    }

    private Set<UUID> stillStored(List<UUID> ids) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select =
                        c.prepareStatement("select event_id from processed_event where event_id = any(?)")) {
            Array array = c.createArrayOf("uuid", ids.toArray());
            select.setArray(1, array);
            Set<UUID> found = new HashSet<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getObject(1, UUID.class));
                }
            }
            return found;
        }
    }
}
