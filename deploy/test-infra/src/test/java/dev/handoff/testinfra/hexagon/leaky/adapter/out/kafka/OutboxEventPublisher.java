package dev.handoff.testinfra.hexagon.leaky.adapter.out.kafka;

import javax.sql.DataSource;

/** A Kafka out-adapter that writes the database: the leak the placement rule must catch. */
public class OutboxEventPublisher {
    private final DataSource database;

    public OutboxEventPublisher(DataSource database) {
        this.database = database;
    }

    public DataSource database() {
        return database;
    }
}
