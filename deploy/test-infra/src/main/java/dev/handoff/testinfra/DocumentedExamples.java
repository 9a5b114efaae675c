package dev.handoff.testinfra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * The check that every JSON request body of a service's OpenAPI document (as JSON) gives an example a client can start
 * from, and that the example fits the body's own schema (OpenAPI 3.1 schemas are JSON Schema 2020-12), with no member
 * the schema does not name.
 */
final class DocumentedExamples {
    private static final JsonMapper SCHEMA_JSON = JsonMapper.builder().build();

    private DocumentedExamples() {}

    /** The broken rules of {@code document}, one line each; empty when it is right. */
    static List<String> broken(String document) {
        JsonNode root = DocumentedOperations.parse(document);
        List<String> broken = new ArrayList<>();
        DocumentedOperations.each(root, (name, operation, pathItem) -> {
            JsonNode schema = operation
                    .path("requestBody")
                    .path("content")
                    .path("application/json")
                    .path("schema");
            if (!schema.isMissingNode()) {
                check(name, schema, root.path("components"), broken);
            }
        });
        return broken;
    }

    private static void check(String name, JsonNode schema, JsonNode components, List<String> broken) {
        String reference = schema.path("$ref").asText("");
        JsonNode declared = reference.isEmpty()
                ? schema
                : components.path("schemas").path(reference.substring(reference.lastIndexOf('/') + 1));
        JsonNode example = declared.path("examples").path(0);
        if (example.isMissingNode()) {
            example = declared.path("example");
        }
        if (example.isMissingNode()) {
            broken.add(name + ": the request body has no example");
            return;
        }
        for (var error : validator(schema, components).validate(SCHEMA_JSON.readTree(example.toString()))) {
            broken.add(name + ": the example " + error.getInstanceLocation() + ": " + error.getMessage());
        }
    }

    private static Schema validator(JsonNode schema, JsonNode components) {
        ObjectNode closed = JsonNodeFactory.instance.objectNode();
        closed.set("allOf", JsonNodeFactory.instance.arrayNode().add(schema));
        closed.put("unevaluatedProperties", false);
        closed.set("components", components.isMissingNode() ? JsonNodeFactory.instance.objectNode() : components);
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SCHEMA_JSON.readTree(closed.toString()));
    }
}
