package dev.handoff.k8s;

import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.event.Topics;
import dev.handoff.shared.json.EventTypes;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Kafka topics and consumer groups a service uses, read from the service itself: its channels in
 * application.properties (over the defaults shared-runtime gives every service), their dead-letter topics, and the
 * topics of the events its code and shared-runtime's create (published through the outbox, which picks the topic
 * per event).
 */
record ServiceTopics(String service, Set<String> consumed, Set<String> produced, Set<String> groups) {
    private static final Pattern CHANNEL = Pattern.compile("mp\\.messaging\\.(incoming|outgoing)\\.([^.]+)\\.topic");
    private static final String OUTBOX_CHANNEL = "outbox";
    private static final String SHARED_DEFAULTS =
            "shared-runtime/src/main/resources/META-INF/microprofile-config.properties";

    static ServiceTopics of(Path projectRoot, String service) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(projectRoot.resolve(SHARED_DEFAULTS))) {
            properties.load(in);
        }
        try (Reader in = Files.newBufferedReader(
                projectRoot.resolve(service).resolve("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        Set<String> consumed = new TreeSet<>();
        Set<String> produced = new TreeSet<>();
        Set<String> groups = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            Matcher m = CHANNEL.matcher(key);
            if (!m.matches() || m.group(2).equals(OUTBOX_CHANNEL)) {
                continue;
            }
            if (m.group(1).equals("incoming")) {
                consumed.add(properties.getProperty(key));
                // shared-runtime's failure strategy: dead-letter-topic-<channel>
                produced.add("dead-letter-topic-" + m.group(2));
                groups.add(properties
                        .getProperty(
                                "mp.messaging.incoming." + m.group(2) + ".group.id",
                                properties.getProperty("quarkus.application.name"))
                        .replace("${quarkus.application.name}", properties.getProperty("quarkus.application.name")));
            } else {
                produced.add(properties.getProperty(key));
            }
        }
        produced.addAll(topicsOfCreatedEvents(projectRoot.resolve(service).resolve("src/main/java")));
        produced.addAll(topicsOfCreatedEvents(projectRoot.resolve("shared-runtime/src/main/java")));
        return new ServiceTopics(service, consumed, produced, groups);
    }

    private static Set<String> topicsOfCreatedEvents(Path sources) throws IOException {
        Set<String> topics = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                for (Class<? extends IntegrationEvent> type : EventTypes.ALL) {
                    if (Pattern.compile("new\\s+" + type.getSimpleName() + "\\s*\\(")
                            .matcher(code)
                            .find()) {
                        topics.add(Topics.ofType(type));
                    }
                }
            }
        }
        return topics;
    }
}
