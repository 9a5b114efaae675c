package dev.handoff.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.handoff.testinfra.RawHttp;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The request-shaped cases of a service, from its OpenAPI document: other methods on every path (405 with the
 * documented Allow; TRACE must echo nothing), unknown paths (404), hostile path and query parameters, request
 * targets over the limit (414), bodies over the limit (413) or without a length (411), and callers without a
 * token (401) or with the wrong role (403), which must stay exactly as strict as before.
 */
final class RequestCases {
    private static final List<String> METHODS =
            List.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE", "FOO");
    private static final List<String> PATH_VALUES = List.of(
            "..",
            "%2e%2e",
            ".",
            "a;jsessionid=1",
            "%00",
            "%zz",
            "%ff",
            "a%2Fb",
            "a%5Cb",
            "%C3%A9t%C3%A9",
            "%EF%BC%95",
            "x".repeat(300),
            "a%0Ab",
            "%7B%7D");
    private static final List<String> QUERY_VALUES = List.of(
            "%zz",
            "%00",
            "%EF%BC%95",
            "-1",
            "1e3",
            "x%0Ay",
            "%2B300000-01-01T00%3A00%3A00Z",
            "1969-12-31",
            "2025-02-30",
            "2025-01-01T00%3A00%3A00%2B99%3A00",
            "%ff");
    /** Free text: words, a sign, another script's digit (５), a quote; what a search box sends. */
    private static final String FREE_TEXT_PROBE = "order%20-4711%20%EF%BC%95%20%22late%22";
    /** What free text must not be: a DEL, a C0 control character, a lone surrogate and an overlong form (no UTF-8). */
    private static final List<String> FREE_TEXT_INVALID = List.of("a%7Fb", "a%1Bb", "%ED%A0%80", "%C0%AF");

    private static final long TOO_LARGE = 11L << 20;

    private final String service;
    private final Function<OpenApiDocument.Operation, String> targets;
    private final Function<OpenApiDocument.Operation, Map<String, String>> auth;
    private final Random random;
    private final List<HostileCase> cases = new ArrayList<>();

    private RequestCases(
            String service,
            Function<OpenApiDocument.Operation, String> targets,
            Function<OpenApiDocument.Operation, Map<String, String>> auth,
            Random random) {
        this.service = service;
        this.targets = targets;
        this.auth = auth;
        this.random = random;
    }

    /**
     * The cases of one service.
     *
     * @param targets the request target of an operation, its path parameters filled with the suite's fixtures
     * @param auth the headers that authenticate a caller allowed to call an operation
     * @param wrongRole the headers of a caller of the service's tenant without any of the operation's roles
     */
    static List<HostileCase> of(
            OpenApiDocument document,
            String service,
            Function<OpenApiDocument.Operation, String> targets,
            Function<OpenApiDocument.Operation, Map<String, String>> auth,
            Function<OpenApiDocument.Operation, Map<String, String>> wrongRole,
            Random random) {
        RequestCases c = new RequestCases(service, targets, auth, random);
        List<OpenApiDocument.Operation> operations = document.operations();
        Map<String, Set<String>> methods = document.methodsByPath();
        for (OpenApiDocument.Operation operation : operations) {
            c.parameters(operation);
            c.authentication(operation, wrongRole);
        }
        methods.forEach((path, allowed) -> c.methods(
                operations.stream()
                        .filter(o -> o.path().equals(path))
                        .findFirst()
                        .orElseThrow(),
                allowed));
        c.paths(operations);
        operations.stream().filter(o -> o.body() != null).findFirst().ifPresent(c::sizes);
        return c.cases;
    }

    private void methods(OpenApiDocument.Operation operation, Set<String> allowed) {
        String target = targets.apply(operation);
        String allow = String.join(", ", new TreeSet<>(allowed));
        List<String> others = METHODS.stream().filter(m -> !allowed.contains(m)).toList();
        // TRACE and PATCH always: the methods of the issue; then others as picked
        List<String> first = others.stream()
                .filter(m -> m.equals("TRACE") || m.equals("PATCH"))
                .toList();
        List<String> rest = others.stream().filter(m -> !first.contains(m)).toList();
        List<String> picked = new ArrayList<>(first);
        picked.addAll(Picks.of(rest, 0, Picks.SAMPLES, random));
        for (String method : picked) {
            HostileCase c = refused(
                    "method",
                    method + " " + operation.path(),
                    method,
                    target,
                    auth.apply(operation),
                    null,
                    Set.of(405));
            cases.add(c.checking(response -> {
                List<String> broken = new ArrayList<>();
                if (!allow.equals(response.header("allow"))) {
                    broken.add("Allow '" + response.header("allow") + "', documented '" + allow + "'");
                }
                if (response.text().contains("Bearer") || response.text().contains("Authorization")) {
                    broken.add("the request's headers are echoed");
                }
                return broken;
            }));
        }
    }

    private void paths(List<OpenApiDocument.Operation> operations) {
        OpenApiDocument.Operation any = operations.get(random.nextInt(operations.size()));
        String prefix = any.path()
                .substring(
                        0,
                        any.path().indexOf('/', 8) < 0
                                ? any.path().length()
                                : any.path().indexOf('/', 8));
        List<java.util.regex.Pattern> documented =
                operations.stream().map(o -> template(o.path())).distinct().toList();
        for (String path : List.of(
                prefix + "/nope-" + random.nextInt(1000),
                any.path().replace("{", "").replace("}", "") + "/extra",
                "/api/v2/anything",
                "/q/nope",
                "/favicon.ico",
                "/index.html",
                "/WEB-INF/web.xml")) {
            // "/quick-replies" + "/extra" is no unknown path where "/quick-replies/{id}" is documented
            if (documented.stream().noneMatch(p -> p.matcher(path).matches())) {
                cases.add(refused("unknown-path", "GET " + path, "GET", path, Map.of(), null, Set.of(404)));
            }
        }
    }

    /** The paths a documented template such as {@code /chats/{id}/messages} stands for. */
    static java.util.regex.Pattern template(String path) {
        return java.util.regex.Pattern.compile(java.util.Arrays.stream(path.split("\\{[^}/]+}", -1))
                .map(java.util.regex.Pattern::quote)
                .collect(java.util.stream.Collectors.joining("[^/]+")));
    }

    /**
     * Whether a query value is one the parameter's schema documents as valid: its pattern and length, the value read
     * as UTF-8 strictly (bytes that are no UTF-8 are never valid, whatever the pattern admits).
     */
    private static boolean documentedAsValid(JsonNode schema, String encoded) {
        String pattern = schema == null ? "" : schema.path("pattern").asText("");
        if (pattern.isEmpty()) {
            return false;
        }
        String value = decoded(encoded);
        return value != null
                && value.matches(pattern)
                && value.codePointCount(0, value.length())
                        <= schema.path("maxLength").asInt(Integer.MAX_VALUE);
    }

    /** {@code encoded} percent-decoded as strict UTF-8, or null if it is not. */
    private static String decoded(String encoded) {
        try {
            byte[] bytes = java.net.URLDecoder.decode(encoded, StandardCharsets.ISO_8859_1)
                    .getBytes(StandardCharsets.ISO_8859_1);
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (IllegalArgumentException | java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Free text (a parameter whose documented pattern admits ordinary words, digits of any script and signs, such as
     * a search): valid unless it carries a control character, bytes that are not UTF-8, or more than its
     * {@code maxLength}. The values it is refused for, and one it must take.
     */
    private void freeText(OpenApiDocument.Operation operation, OpenApiDocument.Parameter parameter, String target) {
        JsonNode schema = parameter.schema();
        if (!documentedAsValid(schema, FREE_TEXT_PROBE)) {
            return;
        }
        String separator = target.contains("?") ? "&" : "?";
        String where = operation.method() + " " + operation.path() + ": " + parameter.name() + " = ";
        for (String value : FREE_TEXT_INVALID) {
            cases.add(refused(
                    "query-param",
                    where + value,
                    operation.method(),
                    target + separator + parameter.name() + "=" + value,
                    auth.apply(operation),
                    body(operation),
                    Set.of(400)));
        }
        cases.add(new HostileCase(
                "query-param",
                where + FREE_TEXT_PROBE + " (free text)",
                service,
                operation.method(),
                target + separator + parameter.name() + "=" + FREE_TEXT_PROBE,
                auth.apply(operation),
                body(operation),
                Set.of(),
                true));
    }

    private void parameters(OpenApiDocument.Operation operation) {
        String target = targets.apply(operation);
        for (OpenApiDocument.Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("path")) {
                for (String value : Picks.of(PATH_VALUES, 2, 2 * Picks.SAMPLES, random)) {
                    String hostile = operation.path().replace("{" + parameter.name() + "}", value);
                    String filled = fill(operation, hostile, target);
                    cases.add(refused(
                            "path-param",
                            operation.method() + " " + operation.path() + ": " + parameter.name() + " = "
                                    + RawHttp.cut(value),
                            operation.method(),
                            filled,
                            auth.apply(operation),
                            body(operation),
                            Set.of(400, 403, 404)));
                }
            } else if (parameter.in().equals("query")) {
                List<String> invalid = QUERY_VALUES.stream()
                        .filter(value -> !documentedAsValid(parameter.schema(), value))
                        .toList();
                List<String> picked = new ArrayList<>(Picks.of(invalid, 1, 2 * Picks.SAMPLES, random));
                if (parameter.schema() != null && parameter.schema().has("maxLength")) {
                    // one character over the documented length, of a character every pattern here admits
                    picked.add("a".repeat(parameter.schema().path("maxLength").asInt() + 1));
                }
                for (String value : picked) {
                    String separator = target.contains("?") ? "&" : "?";
                    cases.add(refused(
                            "query-param",
                            operation.method() + " " + operation.path() + ": " + parameter.name() + " = "
                                    + RawHttp.cut(value),
                            operation.method(),
                            target + separator + parameter.name() + "=" + value,
                            auth.apply(operation),
                            body(operation),
                            Set.of(400)));
                }
                freeText(operation, parameter, target);
            }
        }
    }

    private void authentication(
            OpenApiDocument.Operation operation, Function<OpenApiDocument.Operation, Map<String, String>> wrongRole) {
        if (operation.roles().isEmpty()) {
            return;
        }
        String target = targets.apply(operation);
        Map<String, String> json = operation.body() == null ? Map.of() : Map.of("Content-Type", "application/json");
        cases.add(refused(
                "auth",
                operation.method() + " " + operation.path() + " without a token",
                operation.method(),
                target,
                json,
                body(operation),
                Set.of(401)));
        Map<String, String> forged = new LinkedHashMap<>(json);
        forged.put("Authorization", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJtYWxsb3J5In0.");
        cases.add(refused(
                "auth",
                operation.method() + " " + operation.path() + " with an unsigned token",
                operation.method(),
                target,
                forged,
                body(operation),
                Set.of(401)));
        Map<String, String> wrong = new LinkedHashMap<>(json);
        wrong.putAll(wrongRole.apply(operation));
        cases.add(refused(
                "auth",
                operation.method() + " " + operation.path() + " with another role",
                operation.method(),
                target,
                wrong,
                body(operation),
                Set.of(403)));
    }

    private void sizes(OpenApiDocument.Operation operation) {
        String target = targets.apply(operation);
        for (int length : new int[] {8193 + random.nextInt(1000), 20_000, 60_000}) {
            String path = "/api/v1/" + "a".repeat(length);
            cases.add(refused(
                    "uri-too-long", "GET of " + length + " characters", "GET", path, Map.of(), null, Set.of(414)));
        }
        Map<String, String> declared = new LinkedHashMap<>(auth.apply(operation));
        declared.put("Content-Type", "application/json");
        declared.put("Content-Length", String.valueOf(TOO_LARGE));
        cases.add(refused(
                "body-too-large",
                operation.method() + " " + operation.path() + " declaring " + TOO_LARGE + " bytes",
                operation.method(),
                target,
                declared,
                "{}".getBytes(StandardCharsets.UTF_8),
                Set.of(413)));
        Map<String, String> chunked = new LinkedHashMap<>(auth.apply(operation));
        chunked.put("Content-Type", "application/json");
        chunked.put("Transfer-Encoding", "chunked");
        cases.add(refused(
                "body-too-large",
                operation.method() + " " + operation.path() + " chunked",
                operation.method(),
                target,
                chunked,
                "2\r\n{}\r\n0\r\n\r\n".getBytes(StandardCharsets.UTF_8),
                Set.of(411)));
    }

    private HostileCase refused(
            String caseClass,
            String label,
            String method,
            String target,
            Map<String, String> headers,
            byte[] body,
            Set<Integer> expected) {
        Map<String, String> withBody = new LinkedHashMap<>(headers);
        if (body != null && body.length > 0 && !withBody.containsKey("Content-Type")) {
            withBody.put("Content-Type", "application/json");
        }
        return HostileCase.refused(caseClass, label, service, method, target, withBody, body, expected);
    }

    private static byte[] body(OpenApiDocument.Operation operation) {
        return operation.body() == null ? null : BodyCases.bytes(ValidBodies.object(operation.body()));
    }

    /** {@code hostile} (the path with one parameter replaced) with the other parameters as in {@code target}. */
    private static String fill(OpenApiDocument.Operation operation, String hostile, String target) {
        String[] template = operation.path().split("/");
        String[] filled = target.split("\\?")[0].split("/");
        String[] result = hostile.split("/", -1);
        for (int i = 0; i < template.length && i < result.length; i++) {
            if (template[i].startsWith("{") && result[i].startsWith("{")) {
                result[i] = filled[i];
            }
        }
        return String.join("/", result);
    }
}
