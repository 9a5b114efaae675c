package dev.handoff.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** What production promises beyond the shared rules: no inlined secrets, three spread replicas of everything. */
final class ProductionPolicy {
    static final int REPLICAS = 3;

    private ProductionPolicy() {}

    static List<String> check(List<JsonNode> objects) {
        List<String> problems = new ArrayList<>();
        Policies.ofKind(objects, "Secret", s -> true)
                .forEach(s -> problems.add("production-secrets: " + Kustomize.id(s)
                        + " is inlined; production references Secrets it is given"));
        for (JsonNode deployment : Policies.ofKind(objects, "Deployment", d -> true)) {
            String id = Kustomize.id(deployment);
            if (deployment.path("spec").path("replicas").asInt(1) < REPLICAS) {
                problems.add("production-replicas: " + id + " runs fewer than " + REPLICAS + " replicas");
            }
            if (deployment.at("/spec/template/spec/affinity/podAntiAffinity").isMissingNode()) {
                problems.add("production-spread: " + id + " has no pod anti-affinity");
            }
        }
        for (JsonNode hpa : Policies.ofKind(objects, "HorizontalPodAutoscaler", h -> true)) {
            if (hpa.path("spec").path("minReplicas").asInt(1) < REPLICAS) {
                problems.add("production-replicas: " + Kustomize.id(hpa) + " may scale below " + REPLICAS);
            }
        }
        return problems;
    }
}
