package dev.handoff.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/** The project's own rules for rendered manifests; each problem starts with the rule's name. */
final class Policies {
    private final List<JsonNode> objects;
    private final List<String> problems = new ArrayList<>();

    private Policies(List<JsonNode> objects) {
        this.objects = objects;
    }

    /** Workload, Service, route and Secret rules, which hold in every overlay. */
    static List<String> check(List<JsonNode> objects, Set<String> externalSecrets) {
        Policies p = new Policies(objects);
        p.containers();
        p.operatorResources();
        p.servicesSelectDeployments();
        p.routeBackendsExist();
        p.referencedSecretsExist(externalSecrets);
        p.referencedConfigMapsExist();
        return p.problems;
    }

    private void containers() {
        for (JsonNode deployment : ofKind("Deployment")) {
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            for (JsonNode c : pod.path("containers")) {
                String where = Kustomize.id(deployment) + " container "
                        + c.path("name").asText();
                require(
                        !c.path("resources").path("limits").path("memory").isMissingNode(),
                        "limits",
                        where + " has no memory limit");
                require(
                        !c.path("resources").path("requests").path("cpu").isMissingNode(),
                        "limits",
                        where + " requests no CPU");
                require(
                        c.has("livenessProbe") && c.has("readinessProbe"),
                        "probes",
                        where + " lacks a liveness or readiness probe");
                boolean nonRoot = c.path("securityContext").path("runAsNonRoot").asBoolean(false)
                        || pod.path("securityContext").path("runAsNonRoot").asBoolean(false);
                require(nonRoot, "non-root", where + " may run as root");
                require(
                        c.path("securityContext").path("readOnlyRootFilesystem").asBoolean(false),
                        "non-root",
                        where + " has a writable root file system");
                require(
                        !c.path("securityContext")
                                .path("allowPrivilegeEscalation")
                                .asBoolean(true),
                        "non-root",
                        where + " allows privilege escalation");
                String image = c.path("image").asText();
                String lastPart = image.substring(image.lastIndexOf('/') + 1);
                require(
                        image.contains("@sha256:") || (lastPart.contains(":") && !lastPart.endsWith(":latest")),
                        "no-latest",
                        where + " uses image " + image + " without a version");
            }
        }
    }

    /** Pods the operators make get their resources from these fields. */
    private void operatorResources() {
        Map<String, List<String>> paths = Map.of(
                "KafkaNodePool", List.of("/spec/resources"),
                "Kafka",
                        List.of(
                                "/spec/entityOperator/topicOperator/resources",
                                "/spec/entityOperator/userOperator/resources",
                                "/spec/kafkaExporter/resources"),
                "Cluster", List.of("/spec/resources"),
                "Pooler", List.of("/spec/template/spec/containers/0/resources"),
                "Keycloak", List.of("/spec/resources"));
        paths.forEach((kind, pointers) -> {
            for (JsonNode object : ofKind(kind)) {
                for (String pointer : pointers) {
                    require(
                            !object.at(pointer + "/limits/memory").isMissingNode(),
                            "limits",
                            Kustomize.id(object) + " sets no memory limit at " + pointer);
                }
            }
        });
    }

    private void servicesSelectDeployments() {
        for (JsonNode service : ofKind("Service")) {
            JsonNode selector = service.path("spec").path("selector");
            boolean selects = ofKind("Deployment").stream()
                    .anyMatch(d -> contains(
                            d.path("spec").path("template").path("metadata").path("labels"), selector));
            require(
                    !selector.isEmpty() && selects,
                    "service-selects",
                    Kustomize.id(service) + " selects no Deployment's pods");
        }
    }

    private void routeBackendsExist() {
        Set<String> services = new TreeSet<>();
        ofKind("Service")
                .forEach(s -> s.path("spec")
                        .path("ports")
                        .forEach(p ->
                                services.add(s.path("metadata").path("name").asText() + ":"
                                        + p.path("port").asInt())));
        // Services the operators make: Keycloak's <name>-service on its HTTP port.
        ofKind("Keycloak")
                .forEach(k -> services.add(k.path("metadata").path("name").asText() + "-service:"
                        + k.path("spec").path("http").path("httpPort").asInt(8080)));
        Set<String> listeners = new TreeSet<>();
        ofKind("Gateway")
                .forEach(g -> g.path("spec")
                        .path("listeners")
                        .forEach(l ->
                                listeners.add(g.path("metadata").path("name").asText() + "/"
                                        + l.path("name").asText())));
        for (JsonNode route : ofKind("HTTPRoute")) {
            route.path("spec")
                    .path("parentRefs")
                    .forEach(p -> require(
                            listeners.contains(p.path("name").asText() + "/"
                                    + p.path("sectionName").asText()),
                            "route-backends",
                            Kustomize.id(route) + " is attached to no Gateway listener " + p));
            for (JsonNode rule : route.path("spec").path("rules")) {
                for (JsonNode backend : rule.path("backendRefs")) {
                    String ref = backend.path("name").asText() + ":"
                            + backend.path("port").asInt();
                    require(
                            services.contains(ref),
                            "route-backends",
                            Kustomize.id(route) + " sends to " + ref + ", which is no Service port");
                }
            }
        }
    }

    private void referencedSecretsExist(Set<String> external) {
        Set<String> known = new TreeSet<>(external);
        ofKind("Secret").forEach(s -> known.add(s.path("metadata").path("name").asText()));
        // Strimzi writes one Secret per KafkaUser and the cluster CA's certificate.
        ofKind("KafkaUser")
                .forEach(u -> known.add(u.path("metadata").path("name").asText()));
        ofKind("Kafka").forEach(k -> known.add(k.path("metadata").path("name").asText() + "-cluster-ca-cert"));
        for (JsonNode object : objects) {
            for (JsonNode ref : object.findParents("secretKeyRef")) {
                String name = ref.path("secretKeyRef").path("name").asText();
                require(
                        known.contains(name),
                        "secrets",
                        Kustomize.id(object) + " reads Secret " + name
                                + ", which is neither rendered, made by an operator, nor listed in the README");
            }
            for (JsonNode ref : object.findValues("secretName")) {
                require(
                        known.contains(ref.asText()),
                        "secrets",
                        Kustomize.id(object) + " mounts Secret " + ref.asText()
                                + ", which is neither rendered, made by an operator, nor listed in the README");
            }
            for (String field : List.of("passwordSecret", "usernameSecret")) {
                for (JsonNode ref : object.findValues(field)) {
                    require(
                            known.contains(ref.path("name").asText()),
                            "secrets",
                            Kustomize.id(object) + " uses Secret "
                                    + ref.path("name").asText()
                                    + ", which is neither rendered nor listed in the README");
                }
            }
            for (JsonNode ref : object.findValues("certificateRefs")) {
                ref.forEach(c -> require(
                        known.contains(c.path("name").asText()),
                        "secrets",
                        Kustomize.id(object) + " uses certificate Secret "
                                + c.path("name").asText() + ", which is not listed in the README"));
            }
        }
    }

    private void referencedConfigMapsExist() {
        Set<String> maps = new TreeSet<>();
        ofKind("ConfigMap")
                .forEach(m -> maps.add(m.path("metadata").path("name").asText()));
        for (JsonNode object : objects) {
            for (JsonNode ref : object.findValues("configMapRef")) {
                require(
                        maps.contains(ref.path("name").asText()),
                        "configmaps",
                        Kustomize.id(object) + " reads ConfigMap "
                                + ref.path("name").asText() + ", which is not rendered");
            }
        }
    }

    List<JsonNode> ofKind(String kind) {
        return objects.stream()
                .filter(o -> kind.equals(o.path("kind").asText()))
                .toList();
    }

    static List<JsonNode> ofKind(List<JsonNode> objects, String kind, Predicate<JsonNode> filter) {
        return objects.stream()
                .filter(o -> kind.equals(o.path("kind").asText()))
                .filter(filter)
                .toList();
    }

    private static boolean contains(JsonNode labels, JsonNode selector) {
        var fields = selector.fields();
        while (fields.hasNext()) {
            var e = fields.next();
            if (!e.getValue().asText().equals(labels.path(e.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }

    private void require(boolean ok, String rule, String problem) {
        if (!ok) {
            problems.add(rule + ": " + problem);
        }
    }
}
