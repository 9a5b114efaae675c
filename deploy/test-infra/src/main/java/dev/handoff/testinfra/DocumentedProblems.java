package dev.handoff.testinfra;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What a service's OpenAPI document must say of its error answers: each is a problem+json body of the shared Problem
 * schema, and each operation lists the answers the error contract gives it (docs/api-errors.md).
 */
final class DocumentedProblems {
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    private DocumentedProblems() {}

    /** The broken rules of {@code document} (an OpenAPI document as JSON), one line each; empty when it is right. */
    static List<String> broken(String document) {
        JsonNode root = DocumentedOperations.parse(document);
        List<String> broken = new ArrayList<>();
        if (!root.path("components")
                .path("schemas")
                .path("Problem")
                .path("properties")
                .has("type")) {
            broken.add("no Problem schema with a type member in components.schemas");
        }
        boolean securedByDefault = root.path("security").size() > 0;
        DocumentedOperations.each(
                root, (name, operation, pathItem) -> check(name, operation, pathItem, securedByDefault, broken));
        return broken;
    }

    private static void check(
            String name, JsonNode operation, JsonNode pathItem, boolean securedByDefault, List<String> broken) {
        List<String> expected = new ArrayList<>(List.of("400", "406", "414", "431", "500"));
        JsonNode security = operation.has("security") ? operation.path("security") : null;
        if (security == null ? securedByDefault : security.size() > 0) {
            expected.addAll(List.of("401", "403"));
        }
        if (hasPathParameter(operation) || hasPathParameter(pathItem)) {
            expected.add("404");
        }
        if (operation.has("requestBody")) {
            expected.addAll(List.of("411", "413", "415"));
        }
        JsonNode responses = operation.path("responses");
        expected.stream()
                .filter(code -> !responses.has(code))
                .forEach(code -> broken.add(name + ": no " + code + " answer documented"));
        for (Iterator<Map.Entry<String, JsonNode>> answers = responses.fields(); answers.hasNext(); ) {
            Map.Entry<String, JsonNode> answer = answers.next();
            if (answer.getKey().matches("[45][0-9][0-9]")
                    && !PROBLEM_REF.equals(answer.getValue()
                            .path("content")
                            .path("application/problem+json")
                            .path("schema")
                            .path("$ref")
                            .asText())) {
                broken.add(name + ": " + answer.getKey() + " is not documented as an application/problem+json Problem");
            }
        }
    }

    private static boolean hasPathParameter(JsonNode owner) {
        for (JsonNode parameter : owner.path("parameters")) {
            if ("path".equals(parameter.path("in").asText())) {
                return true;
            }
        }
        return false;
    }
}
