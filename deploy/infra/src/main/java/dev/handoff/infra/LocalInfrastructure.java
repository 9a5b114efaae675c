package dev.handoff.infra;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Kafka, PostgreSQL and SMTP started together, in parallel, with the Quarkus configuration to reach them. */
public final class LocalInfrastructure implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(LocalInfrastructure.class.getName());
    /** How many received mails the local stack keeps as files. */
    static final int MAIL_KEPT = 500;

    private final KafkaBroker kafka;
    private final PostgresServer postgres;
    private final SmtpServer smtp;

    private LocalInfrastructure(KafkaBroker kafka, PostgresServer postgres, SmtpServer smtp) {
        this.kafka = kafka;
        this.postgres = postgres;
        this.smtp = smtp;
    }

    /** @return a builder; by default all three servers, temporary data, free ports */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the broker, absent when disabled */
    public Optional<KafkaBroker> kafka() {
        return Optional.ofNullable(kafka);
    }

    /** @return the database server, absent when disabled */
    public Optional<PostgresServer> postgres() {
        return Optional.ofNullable(postgres);
    }

    /** @return the mail server, absent when disabled */
    public Optional<SmtpServer> smtp() {
        return Optional.ofNullable(smtp);
    }

    /** @return the Quarkus properties that point a service at the started servers (only those started) */
    public Map<String, String> quarkusConfig() {
        Map<String, String> config = new LinkedHashMap<>();
        kafka().ifPresent(k -> config.put("kafka.bootstrap.servers", k.bootstrapServers()));
        postgres().ifPresent(p -> {
            config.put("quarkus.datasource.jdbc.url", p.jdbcUrl());
            config.put("quarkus.datasource.username", p.username());
            config.put("quarkus.datasource.password", p.password());
        });
        smtp().ifPresent(s -> {
            config.put("quarkus.mailer.host", s.host());
            config.put("quarkus.mailer.port", Integer.toString(s.port()));
            config.put("quarkus.mailer.mock", "false");
            config.put("quarkus.mailer.tls", "false");
            config.put("quarkus.mailer.start-tls", "DISABLED");
        });
        return Collections.unmodifiableMap(config);
    }

    /** Stops everything that was started, the broker and the database in parallel. */
    @Override
    public void close() {
        CompletableFuture<Void> kafkaStopped = kafka == null
                ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(kafka::close, Parallel.daemon("stop-kafka"));
        if (smtp != null) {
            smtp.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        kafkaStopped.join();
    }

    /** Chooses what to start and where; {@link #start()} starts it. */
    public static final class Builder {
        private Path dataDir;
        private int kafkaPort;
        private int postgresPort;
        private int smtpPort;
        private boolean withKafka = true;
        private boolean withPostgres = true;
        private boolean withSmtp = true;

        private Builder() {}

        /**
         * @param dir where data is kept (DIR/kafka, DIR/postgres, DIR/mail) across runs; null (the default) for
         *            temporary data deleted at close
         * @return this builder
         */
        public Builder dataDir(Path dir) {
            this.dataDir = dir;
            return this;
        }

        /**
         * @param kafka    the Kafka client port
         * @param postgres the PostgreSQL port
         * @param smtp     the SMTP port
         * @return this builder; 0 (the default) means a free port
         */
        public Builder ports(int kafka, int postgres, int smtp) {
            this.kafkaPort = kafka;
            this.postgresPort = postgres;
            this.smtpPort = smtp;
            return this;
        }

        /**
         * @param enabled false when Kafka is provided from outside
         * @return this builder
         */
        public Builder kafka(boolean enabled) {
            this.withKafka = enabled;
            return this;
        }

        /**
         * @param enabled false when PostgreSQL is provided from outside
         * @return this builder
         */
        public Builder postgres(boolean enabled) {
            this.withPostgres = enabled;
            return this;
        }

        /**
         * @param enabled false when no mail server is wanted
         * @return this builder
         */
        public Builder smtp(boolean enabled) {
            this.withSmtp = enabled;
            return this;
        }

        /**
         * Starts the chosen servers in parallel and waits until all are ready; on any failure the
         * others are stopped again and the first failure is thrown with the rest suppressed.
         *
         * @return the running infrastructure
         * @throws IOException when a server does not start
         */
        public LocalInfrastructure start() throws IOException {
            long started = System.nanoTime();
            CompletableFuture<KafkaBroker> kafka =
                    Parallel.startIf(withKafka, "kafka", () -> KafkaBroker.start(sub("kafka"), kafkaPort));
            CompletableFuture<PostgresServer> postgres = Parallel.startIf(
                    withPostgres, "postgres", () -> PostgresServer.start(sub("postgres"), postgresPort));
            // With a data directory (the local stack) mail is also kept as files for ./handoff mail.
            CompletableFuture<SmtpServer> smtp = Parallel.startIf(
                    withSmtp,
                    "smtp",
                    () -> SmtpServer.start(
                            smtpPort, dataDir == null ? null : MailArchive.open(dataDir.resolve("mail"), MAIL_KEPT)));
            List<Throwable> failures = new ArrayList<>();
            LocalInfrastructure infra = new LocalInfrastructure(
                    Parallel.join(kafka, failures), Parallel.join(postgres, failures), Parallel.join(smtp, failures));
            if (!failures.isEmpty()) {
                infra.close();
                IOException failure = new IOException(failures.get(0).getMessage(), failures.get(0));
                failures.stream().skip(1).forEach(failure::addSuppressed);
                throw failure;
            }
            LOG.log(
                    Level.INFO,
                    "infrastructure ready in {0} ms",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            return infra;
        }

        private Path sub(String name) {
            return dataDir == null ? null : dataDir.resolve(name);
        }
    }
}
