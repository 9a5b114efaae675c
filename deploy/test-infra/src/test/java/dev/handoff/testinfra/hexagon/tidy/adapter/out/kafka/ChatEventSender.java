package dev.handoff.testinfra.hexagon.tidy.adapter.out.kafka;

import java.util.ArrayList;
import java.util.List;

/** A Kafka out-adapter that only sends (here: collects) records. */
public class ChatEventSender {
    private final List<String> sent = new ArrayList<>();

    public void send(String record) {
        sent.add(record);
    }
}
