package dev.handoff.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Every topic a service uses exists as a KafkaTopic, and the service's KafkaUser may do with it what it does. */
final class KafkaPolicy {
    private KafkaPolicy() {}

    static List<String> check(List<JsonNode> objects, List<ServiceTopics> services) {
        List<String> problems = new ArrayList<>();
        Set<String> topics = new TreeSet<>();
        Policies.ofKind(objects, "KafkaTopic", t -> true)
                .forEach(t -> topics.add(t.path("spec")
                        .path("topicName")
                        .asText(t.path("metadata").path("name").asText())));
        for (ServiceTopics service : services) {
            List<JsonNode> users = Policies.ofKind(
                    objects,
                    "KafkaUser",
                    u -> service.service()
                            .equals(u.path("metadata").path("name").asText()));
            if (users.isEmpty()) {
                problems.add("kafka-acls: no KafkaUser " + service.service());
                continue;
            }
            JsonNode acls = users.get(0).path("spec").path("authorization").path("acls");
            for (String topic : union(service.consumed(), service.produced())) {
                if (!topics.contains(topic)) {
                    problems.add("kafka-topics: " + service.service() + " uses topic " + topic
                            + ", which has no KafkaTopic");
                }
            }
            service.consumed().forEach(t -> allow(acls, "topic", t, "Read", service, problems));
            service.produced().forEach(t -> allow(acls, "topic", t, "Write", service, problems));
            service.groups().forEach(g -> allow(acls, "group", g, "Read", service, problems));
        }
        return problems;
    }

    private static void allow(
            JsonNode acls, String type, String name, String operation, ServiceTopics service, List<String> problems) {
        for (JsonNode acl : acls) {
            JsonNode resource = acl.path("resource");
            boolean prefix = "prefix".equals(resource.path("patternType").asText());
            boolean matches = type.equals(resource.path("type").asText())
                    && (prefix
                            ? name.startsWith(resource.path("name").asText())
                            : name.equals(resource.path("name").asText()));
            boolean allowed = !"deny".equals(acl.path("type").asText());
            for (JsonNode op : acl.path("operations")) {
                if (matches
                        && allowed
                        && (op.asText().equals(operation) || op.asText().equals("All"))) {
                    return;
                }
            }
        }
        problems.add("kafka-acls: KafkaUser " + service.service() + " may not " + operation + " " + type + " " + name);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
