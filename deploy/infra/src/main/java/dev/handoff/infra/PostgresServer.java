package dev.handoff.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/** A real PostgreSQL 17 (zonky embedded binaries) with the database {@value #DATABASE}. */
public final class PostgresServer implements AutoCloseable {

    /** The database every service uses (each with its own schema). */
    public static final String DATABASE = "handoff";

    private static final System.Logger LOG = System.getLogger(PostgresServer.class.getName());

    private final EmbeddedPostgres postgres;
    private final Path temporaryRoot;
    private final OrphanGuard guard;

    private final long postmasterPid;

    private PostgresServer(EmbeddedPostgres postgres, Path temporaryRoot, long postmasterPid) throws IOException {
        this.postgres = postgres;
        this.temporaryRoot = temporaryRoot;
        this.postmasterPid = postmasterPid;
        // SIGINT is PostgreSQL's fast shutdown: clients are disconnected, the data stays consistent.
        this.guard = OrphanGuard.signalOnExit(postmasterPid, "INT");
    }

    /**
     * Starts PostgreSQL and creates the database {@value #DATABASE} if it does not exist yet.
     *
     * @param dataDirOrNull the data directory, kept and reused by later starts (its log is the sibling
     *                      file NAME.log); null for a temporary one deleted by {@link #close()}
     * @param port          the port, 0 for a free one
     * @return the running server
     * @throws IOException when PostgreSQL does not start or the database cannot be created
     */
    public static PostgresServer start(Path dataDirOrNull, int port) throws IOException {
        if (port != 0 && !Ports.isFree(port)) {
            throw new IOException("PostgreSQL port " + port + " is already in use");
        }
        Path temporaryRoot = dataDirOrNull == null ? Files.createTempDirectory("handoff-postgres-") : null;
        Path dataDir = temporaryRoot != null ? temporaryRoot.resolve("data") : dataDirOrNull.toAbsolutePath();
        // Outside the data directory: initdb wants an empty directory on the first start.
        Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        Files.createDirectories(dataDir.getParent());
        long started = System.nanoTime();
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(temporaryRoot != null)
                    .setPort(port)
                    // The embedded default is off: a commit acknowledged to a sender (and so to a visitor or agent)
                    // must survive a crash of PostgreSQL, as in production.
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .setOutputRedirector(Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException | RuntimeException e) {
            FileSupport.deleteQuietly(temporaryRoot);
            throw new IOException(
                    "PostgreSQL did not start on port " + port + ": " + e.getMessage() + "\n--- last lines of " + log
                            + " ---\n" + FileSupport.tail(log, 30),
                    e);
        }
        PostgresServer server = null;
        try {
            server = new PostgresServer(postgres, temporaryRoot, postmasterPid(dataDir));
            server.createDatabaseIfMissing();
        } catch (IOException | SQLException | RuntimeException e) {
            if (server != null) {
                server.close();
            } else {
                postgres.close();
                FileSupport.deleteQuietly(temporaryRoot);
            }
            throw new IOException("PostgreSQL started but is not usable: " + e.getMessage(), e);
        }
        LOG.log(
                Level.INFO,
                "PostgreSQL ready at {0} in {1} ms (data in {2})",
                server.jdbcUrl(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                dataDir);
        return server;
    }

    /** pg_ctl daemonises the postmaster: without a guard (see the constructor), a killed JVM would leave it running. */
    private static long postmasterPid(Path dataDir) throws IOException {
        return Long.parseLong(
                Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
    }

    /** @return the process id of the postmaster (its backends are its children), e.g. to kill it in a drill */
    public long postmasterPid() {
        return postmasterPid;
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + DATABASE);
            }
        }
    }

    /** @return the JDBC URL of the database {@value #DATABASE} */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    /** @return the superuser the embedded cluster was initialised with */
    public String username() {
        return "postgres";
    }

    /** @return a password for clients that insist on one (the embedded cluster trusts local connections) */
    public String password() {
        return "postgres";
    }

    /** @return the port PostgreSQL listens on */
    public int port() {
        return postgres.getPort();
    }

    /** Stops PostgreSQL (fast shutdown); a temporary data directory is deleted, a given one is kept. */
    @Override
    public void close() {
        guard.close();
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "PostgreSQL did not stop cleanly", e);
        }
        FileSupport.deleteQuietly(temporaryRoot);
    }
}
