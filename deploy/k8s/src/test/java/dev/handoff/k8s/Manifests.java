package dev.handoff.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Everything checked about a rendered overlay: the schemas of all objects, then the project's rules. */
final class Manifests {
    static final Path K8S =
            Path.of(System.getProperty("k8s.dir", ".")).toAbsolutePath().normalize();
    static final Path PROJECT_ROOT = Path.of(System.getProperty("k8s.projectRoot", "../.."))
            .toAbsolutePath()
            .normalize();
    static final List<String> SERVICES =
            List.of("handoff-service", "routing-service", "agent-service", "notification-service", "analytics-service");
    // A row of the README's secrets table: | `name` | ...
    private static final Pattern SECRET_ROW = Pattern.compile("^\\|\\s*`([a-z0-9-]+)`\\s*\\|", Pattern.MULTILINE);

    private Manifests() {}

    /**
     * @param crds the operators' schemas; null checks Kubernetes' own kinds and the rules only
     * @return every problem found in the overlay under {@code k8sDir} (a copy of deploy/k8s, or deploy/k8s)
     */
    static List<String> problems(Path k8sDir, String overlay, CrdSchemas crds)
            throws IOException, InterruptedException {
        List<JsonNode> objects = Kustomize.render(k8sDir.resolve("overlays").resolve(overlay));
        List<String> problems = new ArrayList<>(schemaProblems(objects, crds));
        problems.addAll(Policies.check(objects, externalSecrets(k8sDir)));
        List<ServiceTopics> topics = new ArrayList<>();
        for (String service : SERVICES) {
            topics.add(ServiceTopics.of(PROJECT_ROOT, service));
        }
        problems.addAll(KafkaPolicy.check(objects, topics));
        if (overlay.equals("production")) {
            problems.addAll(ProductionPolicy.check(objects));
        }
        return problems;
    }

    static List<String> schemaProblems(List<JsonNode> objects, CrdSchemas crds) {
        List<String> problems = new ArrayList<>();
        for (JsonNode object : objects) {
            Optional<List<String>> found = CoreObjects.unknownFields(object)
                    .or(() -> crds == null ? Optional.of(List.of()) : crds.validate(object));
            if (found.isEmpty()) {
                problems.add("schema: " + object.path("apiVersion").asText() + " " + Kustomize.id(object)
                        + " is neither a Kubernetes kind this project uses nor defined by a CRD in " + crds.folder);
            } else {
                found.get().forEach(p -> problems.add("schema: " + Kustomize.id(object) + " " + p));
            }
        }
        return problems;
    }

    /** The Secrets the platform team provides, as the runbook lists them. */
    static Set<String> externalSecrets(Path k8sDir) throws IOException {
        String readme = Files.readString(k8sDir.resolve("README.md"));
        int start = readme.indexOf("## Secrets");
        int end = readme.indexOf("\n## ", start + 1);
        Set<String> names = new TreeSet<>();
        if (start >= 0) {
            Matcher m = SECRET_ROW.matcher(readme.substring(start, end < 0 ? readme.length() : end));
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}
