package dev.handoff.k8s;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The operators' CustomResourceDefinitions, as JSON Schemas closed the way the API server prunes: an object schema
 * that lists its properties accepts no others (unless it says {@code x-kubernetes-preserve-unknown-fields}).
 * CEL rules ({@code x-kubernetes-validations}) are not evaluated.
 */
final class CrdSchemas {
    /** Where deploy/k8s/fetch-crds puts them. */
    static final String FETCHED = "crds";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Map<String, Schema> byKind = new HashMap<>();
    final Path folder;

    private CrdSchemas(Path folder) {
        this.folder = folder;
    }

    /**
     * @param configured the {@code k8s.crds} property: a folder that must hold CRDs, or blank for {@code crds/}
     * @param k8sDir     deploy/k8s
     * @return the schemas, or null when none were asked for and {@code crds/} is empty (see {@link #require})
     */
    static CrdSchemas load(String configured, Path k8sDir) throws IOException {
        Path folder;
        if (configured == null || configured.isBlank()) {
            folder = k8sDir.resolve(FETCHED);
            if (!hasYaml(folder)) {
                return null;
            }
        } else {
            folder = Path.of(configured);
            if (!hasYaml(folder)) {
                throw new IOException("-Dk8s.crds=" + configured + " holds no CRDs");
            }
        }
        CrdSchemas schemas = new CrdSchemas(folder);
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
        YAMLMapper yaml = YAMLMapper.builder().build();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(CrdSchemas::isYaml).sorted().toList()) {
                for (JsonNode crd : yaml.readValues(yaml.createParser(file.toFile()), JsonNode.class)
                        .readAll()) {
                    if (crd != null
                            && "CustomResourceDefinition"
                                    .equals(crd.path("kind").asString())) {
                        schemas.add(registry, crd);
                    }
                }
            }
        }
        return schemas;
    }

    /** Skips the calling test, naming the script that fetches the schemas, when there are none. */
    static CrdSchemas require(CrdSchemas schemas) {
        assumeTrue(
                schemas != null,
                "no CRD schemas in deploy/k8s/" + FETCHED + ": run deploy/k8s/fetch-crds (or pass "
                        + "-Dk8s.crds=<folder>) to validate the custom resources against the operators' schemas");
        return schemas;
    }

    /** @return problems of a custom resource, or empty when no CRD defines its kind */
    Optional<List<String>> validate(com.fasterxml.jackson.databind.JsonNode object) {
        String key =
                object.path("apiVersion").asText() + "/" + object.path("kind").asText();
        Schema schema = byKind.get(key);
        if (schema == null) {
            return Optional.empty();
        }
        JsonNode instance = JSON.readTree(object.toString());
        List<Error> errors = schema.validate(instance);
        return Optional.of(errors.stream()
                .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
                .toList());
    }

    int size() {
        return byKind.size();
    }

    private void add(SchemaRegistry registry, JsonNode crd) {
        String group = crd.path("spec").path("group").asString();
        String kind = crd.path("spec").path("names").path("kind").asString();
        for (JsonNode version : crd.path("spec").path("versions")) {
            ObjectNode schema =
                    (ObjectNode) version.path("schema").path("openAPIV3Schema").deepCopy();
            // The API server accepts these on every object, whether or not a CRD's schema lists them.
            ObjectNode root =
                    schema.has("properties") ? (ObjectNode) schema.get("properties") : schema.putObject("properties");
            root.putIfAbsent("apiVersion", JSON.createObjectNode().put("type", "string"));
            root.putIfAbsent("kind", JSON.createObjectNode().put("type", "string"));
            root.putIfAbsent("metadata", JSON.createObjectNode().put("type", "object"));
            close(schema);
            byKind.put(group + "/" + version.path("name").asString() + "/" + kind, registry.getSchema(schema));
        }
    }

    /** additionalProperties: false wherever the API server would prune unknown fields. */
    private static void close(JsonNode node) {
        if (!(node instanceof ObjectNode schema)) {
            return;
        }
        if (schema.has("properties")
                && !schema.has("additionalProperties")
                && !schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
            schema.put("additionalProperties", false);
        }
        for (String keyword : List.of("properties", "patternProperties")) {
            schema.path(keyword).forEach(CrdSchemas::close);
        }
        for (String keyword : List.of("items", "additionalProperties", "not")) {
            close(schema.path(keyword));
        }
        for (String keyword : List.of("allOf", "anyOf", "oneOf")) {
            schema.path(keyword).forEach(CrdSchemas::close);
        }
    }

    private static boolean hasYaml(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.anyMatch(CrdSchemas::isYaml);
        }
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }
}
