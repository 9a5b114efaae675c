package dev.handoff.notification.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.testinfra.InfrastructureTestResource;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V2 carries V1's notification log over: a row still waiting for a (re)try becomes a timer due again, settled rows
 * stay settled, and the conversation keeps its visitor and preview for the mail. Migrated in a schema of its own
 * (the application's was migrated at its start); a {@code @QuarkusTest} because Quarkus adds Flyway's PostgreSQL
 * support to the application, not to the plain test classpath.
 */
@QuarkusTest
@WithTestInfrastructure
class LegacyLogMigrationTest {
    private static Flyway flyway(String target) {
        return Flyway.configure()
                .dataSource(
                        InfrastructureTestResource.jdbcUrl(),
                        InfrastructureTestResource.jdbcUsername(),
                        InfrastructureTestResource.jdbcPassword())
                .schemas("legacy")
                .locations("classpath:db/migration", "classpath:db/shared")
                .target(target)
                .load();
    }

    @Test
    void theV1LogBecomesNotificationsAndWatchedConversations() throws Exception {
        flyway("1").migrate();
        try (Connection c = DriverManager.getConnection(
                        InfrastructureTestResource.jdbcUrl(),
                        InfrastructureTestResource.jdbcUsername(),
                        InfrastructureTestResource.jdbcPassword());
                Statement s = c.createStatement()) {
            s.execute("set search_path to legacy");
            s.execute("insert into notification_log values "
                    + "('00000000-0000-0000-0000-000000000001','acme','c-failed','NEW_REQUEST','bot','Ana','hi',"
                    + "now(),'FAILED',2,'refused',now() + interval '5 minutes',null,now()),"
                    + "('00000000-0000-0000-0000-000000000002','acme','c-sent','NEW_REQUEST','bot','Ben',null,"
                    + "now(),'SENT',1,null,null,now(),now()),"
                    + "('00000000-0000-0000-0000-000000000003','acme','c-nobody','NEW_REQUEST','bot','Cy',null,"
                    + "now(),'NO_RECIPIENTS',0,null,null,null,now())");

            flyway("latest").migrate();

            assertThat(rows(s, "select conversation_id || ' ' || status from notification order by conversation_id"))
                    .containsExactly("c-failed SCHEDULED", "c-nobody NO_RECIPIENTS", "c-sent DECIDED");
            assertThat(rows(
                            s,
                            "select visitor_name || ' ' || state || ' ' || preview from watched_conversation "
                                    + "where conversation_id = 'c-failed'"))
                    .containsExactly("Ana WAITING [{\"sender\" : \"VISITOR\", \"text\" : \"hi\"}]");
            assertThat(rows(
                            s,
                            "select count(*) from information_schema.tables where table_schema = 'legacy' "
                                    + "and table_name = 'notification_log'"))
                    .containsExactly("0");
        }
    }

    private static List<String> rows(Statement s, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
        }
        return rows;
    }
}
