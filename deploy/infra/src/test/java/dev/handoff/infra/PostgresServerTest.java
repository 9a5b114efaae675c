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
    void aCommitSurvivesSigkillOfThePostmasterAndItsBackends() throws Exception {
        Path dataDir = root.resolve("crash");
        try (PostgresServer postgres = PostgresServer.start(dataDir, 0);
                Connection connection = connect(postgres);
                Statement sql = connection.createStatement()) {
            try (ResultSet settings =
                    sql.executeQuery("SELECT current_setting('synchronous_commit'), current_setting('fsync')")) {
                assertThat(settings.next()).isTrue();
                assertThat(settings.getString(1)).as("synchronous_commit").isEqualTo("on");
                assertThat(settings.getString(2)).as("fsync").isEqualTo("on");
            }
            sql.execute("CREATE TABLE acked (id INT PRIMARY KEY)");
            // Acknowledged commits, then at once a crash: with synchronous_commit off their WAL may still be in
            // shared memory, which dies with the processes.
            for (int id = 1; id <= 50; id++) {
                sql.execute("INSERT INTO acked VALUES (" + id + ")");
            }
            ProcessHandle postmaster =
                    ProcessHandle.of(postgres.postmasterPid()).orElseThrow();
            postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
            postmaster.destroyForcibly();
            postmaster.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
        }

        try (PostgresServer restarted = PostgresServer.start(dataDir, 0);
                Connection connection = connect(restarted);
                Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("SELECT count(*) FROM acked")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).as("acknowledged rows after the crash").isEqualTo(50);
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
