package dev.handoff.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.handoff.gateway.RouteTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of deploy/k8s that are made from the rest of the project, so that they cannot drift from it: each
 * service's manifests (quarkus-kubernetes's output), the HTTPRoutes (from the local gateway's route table) and
 * the realm import (from the realm ./handoff up imports).
 */
final class GeneratedFiles {
    static final String SOCKET_PORT_NAME = "ws";
    /** The Service port with appProtocol kubernetes.io/ws (base/services/*, patched), for the socket paths. */
    static final int SOCKET_PORT = 81;

    static final int HTTP_PORT = 80;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
    private static final ObjectMapper JSON = new ObjectMapper();

    private GeneratedFiles() {}

    /** @return path under deploy/k8s to the content it must have */
    static Map<String, String> expected(Path projectRoot) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (String service : Manifests.SERVICES) {
            Path generated = projectRoot.resolve(service).resolve("target/kubernetes/kubernetes.yml");
            if (!Files.exists(generated)) {
                throw new IOException(
                        generated + " is missing: package " + service + " first (quarkus-kubernetes writes it)");
            }
            files.put(
                    "base/services/" + service + "/generated.yaml",
                    withoutCheckoutAnnotations(Files.readString(generated)));
        }
        files.put("base/gateway/routes.yaml", routes(RouteTable.load()));
        JsonNode realm = JSON.readTree(
                projectRoot.resolve("deploy/keycloak/handoff-realm.json").toFile());
        files.put("base/keycloak/realm-import.yaml", realmImport(realm));
        files.put("overlays/dev/demo-realm.yaml", demoRealmPatch(realm));
        return files;
    }

    /**
     * quarkus-kubernetes names the commit (and remote) of the checkout it ran in; the committed manifests cannot
     * name their own commit, and a clean clone would differ from every other, so both lines are left out.
     */
    static String withoutCheckoutAnnotations(String manifest) {
        return manifest.replaceAll("(?m)^\\s*app\\.quarkus\\.io/(commit-id|vcs-uri): .*\\R", "");
    }

    static String routes(RouteTable table) throws IOException {
        Map<String, ArrayNode> rulesByService = new LinkedHashMap<>();
        ArrayNode redirects = JSON.createArrayNode();
        for (RouteTable.Route route : table.routes()) {
            ObjectNode rule = JSON.createObjectNode();
            ObjectNode path = rule.putArray("matches").addObject().putObject("path");
            path.put("type", route.match() == RouteTable.Match.EXACT ? "Exact" : "PathPrefix");
            path.put("value", route.path());
            if (route.isRedirect()) {
                ObjectNode redirect = rule.putArray("filters")
                        .addObject()
                        .put("type", "RequestRedirect")
                        .putObject("requestRedirect");
                redirect.putObject("path").put("type", "ReplaceFullPath").put("replaceFullPath", route.redirect());
                redirect.put("statusCode", 302);
                redirects.add(rule);
                continue;
            }
            boolean socket = route.path().startsWith("/ws/") || route.path().startsWith("/socket.io/");
            rule.putArray("backendRefs")
                    .addObject()
                    .put("name", route.upstream())
                    .put("port", socket ? SOCKET_PORT : HTTP_PORT);
            // Sockets live for hours and a long poll waits up to the ping interval: no request timeout for them.
            rule.putObject("timeouts").put("request", socket ? "0s" : "60s");
            rulesByService
                    .computeIfAbsent(route.upstream(), s -> JSON.createArrayNode())
                    .add(rule);
        }
        StringBuilder out = new StringBuilder(
                "# Made from deploy/gateway/src/main/resources/dev/handoff/gateway/routes.txt by "
                        + "K8sManifestsIT: do not edit.\n# ./mvnw verify -pl deploy/k8s -am -Dk8s.regenerate writes it again.\n");
        for (Map.Entry<String, ArrayNode> e : rulesByService.entrySet()) {
            out.append(httpRoute(e.getKey(), e.getValue()));
        }
        if (!redirects.isEmpty()) {
            out.append(httpRoute("redirects", redirects));
        }
        return out.toString();
    }

    private static String httpRoute(String name, ArrayNode rules) throws IOException {
        ObjectNode route = JSON.createObjectNode()
                .put("apiVersion", "gateway.networking.k8s.io/v1")
                .put("kind", "HTTPRoute");
        route.putObject("metadata").put("name", name);
        ObjectNode spec = route.putObject("spec");
        spec.putArray("parentRefs").addObject().put("name", "handoff").put("sectionName", "https-app");
        spec.putArray("hostnames").add("chat.handoff.example.com");
        spec.set("rules", rules);
        return "---\n" + YAML.writeValueAsString(route);
    }

    /** The realm without people and without the demo bot: production has its own users and bots. */
    static String realmImport(JsonNode realm) throws IOException {
        ObjectNode base = realm.deepCopy();
        base.remove("users");
        ArrayNode clients = base.putArray("clients");
        realm.path("clients").forEach(c -> {
            if (!isDemo(c) && !isLocalStackOnly(c.path("clientId").asText())) {
                clients.add(c);
            }
        });
        ObjectNode object = JSON.createObjectNode()
                .put("apiVersion", "k8s.keycloak.org/v2alpha1")
                .put("kind", "KeycloakRealmImport");
        object.putObject("metadata").put("name", "handoff-realm");
        ObjectNode spec = object.putObject("spec").put("keycloakCRName", "handoff-keycloak");
        spec.set("realm", base);
        return "# Made from deploy/keycloak/handoff-realm.json (without users and the demo bot) by K8sManifestsIT: do not edit.\n"
                + YAML.writeValueAsString(object);
    }

    /** A JSON patch that adds the demo users and the demo bot back, for the dev overlay. */
    static String demoRealmPatch(JsonNode realm) throws IOException {
        ArrayNode patch = JSON.createArrayNode();
        ArrayNode users = JSON.createArrayNode();
        realm.path("users").forEach(u -> {
            if (!isLocalStackOnly(u.path("username").asText().replaceFirst("^service-account-", ""))) {
                users.add(u);
            }
        });
        patch.addObject().put("op", "add").put("path", "/spec/realm/users").set("value", users);
        realm.path("clients").forEach(c -> {
            if (isDemo(c)) {
                patch.addObject()
                        .put("op", "add")
                        .put("path", "/spec/realm/clients/-")
                        .set("value", c);
            }
        });
        return "# Made from deploy/keycloak/handoff-realm.json (its users and the demo bot) by K8sManifestsIT: do not edit.\n"
                + YAML.writeValueAsString(patch);
    }

    /** The objects of a YAML stream, with lists of objects (env, envFrom, ports, volumes) in a fixed order. */
    static List<JsonNode> normalised(String yaml) throws IOException {
        List<JsonNode> objects = new ArrayList<>();
        try (var docs = YAML.readerFor(JsonNode.class).<JsonNode>readValues(yaml)) {
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if (doc != null && !doc.isEmpty()) {
                    objects.add(sortNamedLists(doc));
                }
            }
        }
        return objects;
    }

    private static JsonNode sortNamedLists(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> object.set(name, sortNamedLists(object.get(name))));
        } else if (node instanceof ArrayNode array) {
            List<JsonNode> items = new ArrayList<>();
            array.forEach(item -> items.add(sortNamedLists(item)));
            if (items.stream().allMatch(i -> i.has("name"))) {
                items.sort(Comparator.comparing(i -> i.path("name").asText()));
            } else if (items.stream().allMatch(JsonNode::isObject)) {
                // envFrom: the ConfigMaps have no key in common, so their order does not matter either
                items.sort(Comparator.comparing(JsonNode::toString));
            }
            array.removeAll();
            array.addAll(items);
        }
        return node;
    }

    private static boolean isDemo(JsonNode client) {
        return client.path("clientId").asText().startsWith("demo-");
    }

    /** The warm-up tenant's agent and bot, which only {@code ./handoff up} uses (deploy/local/README.md). */
    private static boolean isLocalStackOnly(String name) {
        return name.startsWith("warm-up");
    }
}
