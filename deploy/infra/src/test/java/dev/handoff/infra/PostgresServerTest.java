package dev.handoff.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresServerTest {

    @TempDir
    Path root;

    @Test
    void runsSqlInTheHandoffDatabaseAndKeepsDataAcrossARestart() throws Exception {
        Path dataDir = root.resolve("postgres");
        try (PostgresServer postgres = PostgresServer.start(dataDir, 0);
             Connection connection = connect(postgres);
             Statement sql = connection.createStatement()) {
            assertThat(postgres.jdbcUrl()).endsWith(":" + postgres.port() + "/handoff");
            sql.execute("CREATE TABLE kept (id INT PRIMARY KEY, name TEXT NOT NULL)");
            sql.execute("INSERT INTO kept VALUES (1, 'survives a restart')");
        }
        assertThat(root.resolve("postgres.log")).exists();

        try (PostgresServer restarted = PostgresServer.start(dataDir, 0);
             Connection connection = connect(restarted);
             Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT name, current_database(), version() FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("survives a restart");
            assertThat(rows.getString(2)).isEqualTo("handoff");
            assertThat(rows.getString(3)).startsWith("PostgreSQL 17.");
        }
    }

    @Test
    void aTemporaryServerDeletesItsDataWhenClosed() throws Exception {
        Path temporaryData;
        try (PostgresServer postgres = PostgresServer.start(null, 0);
             Connection connection = connect(postgres);
             ResultSet rows = connection.createStatement().executeQuery("SHOW data_directory")) {
            rows.next();
            temporaryData = Path.of(rows.getString(1));
            assertThat(temporaryData).isDirectory();
        }
        assertThat(temporaryData).doesNotExist();
    }

    private static Connection connect(PostgresServer postgres) throws Exception {
        return DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), postgres.password());
    }
}
