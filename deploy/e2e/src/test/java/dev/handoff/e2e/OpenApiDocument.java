package dev.handoff.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A service's OpenAPI document as the hostile-input suite reads it: its operations, with $refs resolved. */
final class OpenApiDocument {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One parameter of an operation: where it goes and its schema. */
    record Parameter(String name, String in, boolean required, JsonNode schema) {}

    /**
     * One operation of a service.
     *
     * @param roles the roles the document says may call it (empty: anyone)
     * @param body the request body's schema, resolved, or null for none
     * @param answers the statuses the document lists for it
     */
    record Operation(
            String service,
            String method,
            String path,
            List<Parameter> parameters,
            JsonNode body,
            boolean bodyRequired,
            List<String> roles,
            Set<String> answers) {
        String name() {
            return service + " " + method + " " + path;
        }
    }

    private final String service;
    private final JsonNode document;

    private OpenApiDocument(String service, JsonNode document) {
        this.service = service;
        this.document = document;
    }

    /** Reads {@code /q/openapi} of a running service. */
    static OpenApiDocument fetch(String service, String baseUrl) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(baseUrl + "/q/openapi?format=json"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            return new OpenApiDocument(service, JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every operation of the document. */
    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths =
                        document.path("paths").fields();
                paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    operations.add(operation(
                            path.getKey(),
                            op.getKey().toUpperCase(Locale.ROOT),
                            op.getValue(),
                            path.getValue().path("parameters")));
                }
            }
        }
        return operations;
    }

    /** The methods documented for each path, as {@code Allow} should list them (with HEAD for GET, and OPTIONS). */
    Map<String, Set<String>> methodsByPath() {
        Map<String, Set<String>> methods = new java.util.TreeMap<>();
        for (Operation operation : operations()) {
            Set<String> set = methods.computeIfAbsent(operation.path(), p -> new LinkedHashSet<>(List.of("OPTIONS")));
            set.add(operation.method());
            if (operation.method().equals("GET")) {
                set.add("HEAD");
            }
        }
        return methods;
    }

    private Operation operation(String path, String method, JsonNode op, JsonNode pathParameters) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode list : List.of(pathParameters, op.path("parameters"))) {
            for (JsonNode p : list) {
                parameters.add(new Parameter(
                        p.path("name").asText(),
                        p.path("in").asText(),
                        p.path("required").asBoolean(),
                        resolve(p.path("schema"))));
            }
        }
        JsonNode content = op.path("requestBody").path("content");
        JsonNode body = content.has("application/json")
                ? resolve(content.path("application/json").path("schema"))
                : null;
        List<String> roles = new ArrayList<>();
        for (JsonNode requirement : op.path("security")) {
            requirement
                    .fields()
                    .forEachRemaining(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText())));
        }
        Set<String> answers = new LinkedHashSet<>();
        op.path("responses").fieldNames().forEachRemaining(answers::add);
        return new Operation(
                service,
                method,
                path,
                parameters,
                body,
                op.path("requestBody").path("required").asBoolean(),
                roles,
                answers);
    }

    /**
     * The schema with every {@code $ref} replaced by what it names (the documents have no recursive types), and a
     * member that may be null (OpenAPI 3.1: {@code type: [X, "null"]} or {@code anyOf: [X, {type: "null"}]}) read as
     * X: the cases are built from X, and null is never what makes a value wrong.
     */
    JsonNode resolve(JsonNode schema) {
        JsonNode orNull = nonNullAlternative(schema);
        if (orNull != null) {
            return resolve(orNull);
        }
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asText().replace("#/components/schemas/", "");
            return resolve(document.path("components").path("schemas").path(name));
        }
        if (!schema.isObject()) {
            return schema;
        }
        ObjectNode copy = ((ObjectNode) schema).deepCopy();
        if (copy.has("properties")) {
            ObjectNode properties = (ObjectNode) copy.get("properties");
            properties.fieldNames().forEachRemaining(name -> properties.set(name, resolve(properties.get(name))));
        }
        for (String nested : List.of("items", "additionalProperties")) {
            if (copy.has(nested) && copy.get(nested).isObject()) {
                copy.set(nested, resolve(copy.get(nested)));
            }
        }
        return copy;
    }

    /** X of a schema that is X or null, else null. */
    private static JsonNode nonNullAlternative(JsonNode schema) {
        JsonNode anyOf = schema.path("anyOf");
        if (anyOf.isArray() && anyOf.size() == 2) {
            for (int i = 0; i < 2; i++) {
                if ("null".equals(anyOf.get(i).path("type").asText())) {
                    return anyOf.get(1 - i);
                }
            }
        }
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            ObjectNode single = ((ObjectNode) schema).deepCopy();
            for (JsonNode each : type) {
                if (!"null".equals(each.asText())) {
                    single.put("type", each.asText());
                }
            }
            return single;
        }
        return null;
    }
}
