package dev.handoff.bench.profile;

import java.util.List;

/**
 * Names the part of the stack a sample belongs to, from its frames (deepest caller last). The first rule whose
 * package prefix appears nearest the top of the stack wins, so a JSON write inside a Kafka send counts as JSON.
 */
final class Areas {
    private static final List<String[]> RULES = List.of(
            new String[] {"com.fasterxml.jackson.", "JSON (Jackson)"},
            new String[] {"io.netty.handler.codec.compression.", "WebSocket compression"},
            new String[] {"java.util.zip.", "WebSocket compression"},
            new String[] {"org.postgresql.", "JDBC (PostgreSQL driver)"},
            new String[] {"io.agroal.", "connection pool (Agroal)"},
            new String[] {"org.hibernate.", "Hibernate ORM"},
            new String[] {"org.apache.kafka.", "Kafka client"},
            new String[] {"io.smallrye.reactive.messaging.", "SmallRye Reactive Messaging"},
            new String[] {"io.quarkus.oidc.", "OIDC / tokens"},
            new String[] {"io.smallrye.jwt.", "OIDC / tokens"},
            new String[] {"org.jose4j.", "OIDC / tokens"},
            new String[] {"sun.security.", "TLS / crypto"},
            new String[] {"javax.crypto.", "TLS / crypto"},
            new String[] {"io.micrometer.", "metrics (Micrometer)"},
            new String[] {"org.jboss.logging.", "logging"},
            new String[] {"org.jboss.logmanager.", "logging"},
            new String[] {"io.quarkus.websockets.next.", "WebSocket endpoints"},
            new String[] {"org.jboss.resteasy.reactive.", "REST (RESTEasy Reactive)"},
            new String[] {"io.quarkus.arc.", "CDI (ArC)"},
            new String[] {"io.netty.", "network (Netty)"},
            new String[] {"io.vertx.", "network (Vert.x)"},
            new String[] {"sun.nio.", "network (NIO)"},
            new String[] {"dev.handoff.", "platform code"});

    private Areas() {}

    /** The area of one sample's frames, top of stack first. */
    static String of(List<String> frames) {
        for (String frame : frames) {
            for (String[] rule : RULES) {
                if (frame.startsWith(rule[0])) {
                    return rule[1];
                }
            }
        }
        return frames.isEmpty() ? "unknown" : "JDK / other";
    }
}
