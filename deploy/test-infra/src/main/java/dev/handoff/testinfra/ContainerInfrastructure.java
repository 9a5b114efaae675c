package dev.handoff.testinfra;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.kafka.common.utils.AppInfoParser;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startable;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Kafka and PostgreSQL as Testcontainers, in the images production runs: the broker of the same version
 * as the Kafka client (and the embedded broker), PostgreSQL of the same major version as the embedded one.
 */
final class ContainerInfrastructure implements AutoCloseable {

    /** The PostgreSQL major version of the embedded binaries (a test keeps the two equal). */
    static final int POSTGRES_MAJOR = 17;

    static final String POSTGRES_IMAGE = "postgres:" + POSTGRES_MAJOR + "-alpine";

    private final KafkaContainer kafka;
    private final PostgreSQLContainer postgres;

    private ContainerInfrastructure(KafkaContainer kafka, PostgreSQLContainer postgres) {
        this.kafka = kafka;
        this.postgres = postgres;
    }

    /** @return the image of the broker: the Kafka release the clients (and the embedded broker) are */
    static String kafkaImage() {
        return "apache/kafka:" + AppInfoParser.getVersion();
    }

    /**
     * Starts the chosen containers in parallel.
     *
     * @param withKafka    false when Kafka comes from outside
     * @param withPostgres false when PostgreSQL comes from outside
     * @return the running containers
     */
    @SuppressWarnings("resource") // closed by close()
    static ContainerInfrastructure start(boolean withKafka, boolean withPostgres) {
        // The broker settings the tests rely on, as the embedded broker has them (deploy/infra KafkaBrokerFiles).
        KafkaContainer kafka = withKafka
                ? new KafkaContainer(kafkaImage())
                        .withEnv("KAFKA_NUM_PARTITIONS", "3")
                        .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true")
                        .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0")
                        .withEnv("KAFKA_OFFSETS_TOPIC_NUM_PARTITIONS", "4")
                : null;
        PostgreSQLContainer postgres =
                withPostgres ? new PostgreSQLContainer(POSTGRES_IMAGE).withDatabaseName("handoff") : null;
        ContainerInfrastructure started = new ContainerInfrastructure(kafka, postgres);
        try {
            Startables.deepStart(Stream.of(kafka, postgres).filter(Objects::nonNull))
                    .join();
        } catch (RuntimeException e) {
            started.close();
            throw new IllegalStateException("the test containers did not start: " + e.getMessage(), e);
        }
        return started;
    }

    /** @return the same keys the embedded servers give, for the containers started */
    Map<String, String> quarkusConfig() {
        Map<String, String> config = new LinkedHashMap<>();
        if (kafka != null) {
            config.put("kafka.bootstrap.servers", kafka.getBootstrapServers());
        }
        if (postgres != null) {
            config.put("quarkus.datasource.jdbc.url", postgres.getJdbcUrl());
            config.put("quarkus.datasource.username", postgres.getUsername());
            config.put("quarkus.datasource.password", postgres.getPassword());
        }
        return config;
    }

    @Override
    public void close() {
        for (Startable container : new Startable[] {kafka, postgres}) {
            if (container != null) {
                container.stop();
            }
        }
    }
}
