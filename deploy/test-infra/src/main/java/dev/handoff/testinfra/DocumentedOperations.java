package dev.handoff.testinfra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The operations of a service's OpenAPI document (as JSON), those under {@code /q/} left out. */
final class DocumentedOperations {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** One operation: its name ("POST /path"), the operation and the path item it is in. */
    interface Visitor {
        void visit(String name, JsonNode operation, JsonNode pathItem);
    }

    private DocumentedOperations() {}

    static JsonNode parse(String document) {
        try {
            return new ObjectMapper().readTree(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void each(JsonNode root, Visitor visitor) {
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getKey().startsWith("/q/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    visitor.visit(
                            op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), op.getValue(), path.getValue());
                }
            }
        }
    }
}
