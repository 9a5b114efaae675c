package dev.handoff.testinfra;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a service's OpenAPI document must say of its successful answers, so that a client generated from it (the
 * console's types) can rely on them: each operation has one, a 204 carries nothing, and any other names the schema
 * of what it carries. A method that returns a JAX-RS {@code Response} gives the scanner no type, and without an
 * {@code @APIResponse} naming it the document says only "something".
 */
final class DocumentedSuccesses {
    private static final Set<String> SCHEMA_WORDS = Set.of("$ref", "type", "items", "oneOf", "anyOf", "allOf");

    private DocumentedSuccesses() {}

    /** The broken rules of {@code document} (an OpenAPI document as JSON), one line each; empty when it is right. */
    static List<String> broken(String document) {
        List<String> broken = new ArrayList<>();
        DocumentedOperations.each(
                DocumentedOperations.parse(document), (name, operation, pathItem) -> check(name, operation, broken));
        return broken;
    }

    private static void check(String name, JsonNode operation, List<String> broken) {
        boolean any = false;
        for (Iterator<Map.Entry<String, JsonNode>> answers =
                        operation.path("responses").fields();
                answers.hasNext(); ) {
            Map.Entry<String, JsonNode> answer = answers.next();
            if (!answer.getKey().matches("2[0-9][0-9]")) {
                continue;
            }
            any = true;
            JsonNode content = answer.getValue().path("content");
            if ("204".equals(answer.getKey())) {
                if (content.size() > 0) {
                    broken.add(name + ": 204 documents a body");
                }
            } else if (content.size() == 0) {
                broken.add(name + ": " + answer.getKey() + " documents no body (a bodiless answer is a 204)");
            } else {
                content.fields().forEachRemaining(media -> {
                    if (!namesASchema(media.getValue().path("schema"))) {
                        broken.add(name + ": " + answer.getKey() + " " + media.getKey() + " has no schema");
                    }
                });
            }
        }
        if (!any) {
            broken.add(name + ": no successful answer documented");
        }
    }

    private static boolean namesASchema(JsonNode schema) {
        for (String word : SCHEMA_WORDS) {
            if (schema.has(word)) {
                return true;
            }
        }
        return false;
    }
}
