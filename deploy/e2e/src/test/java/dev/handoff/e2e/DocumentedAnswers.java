package dev.handoff.e2e;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * Whether a refusal's status is one the OpenAPI document lists for the operation the request reached, so that a
 * client generated from the document knows every answer it can get.
 */
final class DocumentedAnswers {
    private record Entry(String method, Pattern path, OpenApiDocument.Operation operation) {}

    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    /** Adds a service's operations. */
    void add(List<OpenApiDocument.Operation> operations) {
        operations.forEach(o -> entries.add(new Entry(o.method(), RequestCases.template(o.path()), o)));
    }

    /** The broken rule, if {@code status} is a refusal the operation {@code c} reached does not document. */
    List<String> check(HostileCase c, int status) {
        if (status < 400) {
            return List.of();
        }
        String method = c.method().toUpperCase(Locale.ROOT).equals("HEAD")
                ? "GET"
                : c.method().toUpperCase(Locale.ROOT);
        int query = c.target().indexOf('?');
        String path = query < 0 ? c.target() : c.target().substring(0, query);
        return entries.stream()
                .filter(e -> e.method().equals(method) && e.path().matcher(path).matches())
                .findFirst()
                .filter(e -> !e.operation().answers().contains(Integer.toString(status)))
                .map(e -> List.of("status " + status + " is not documented for "
                        + e.operation().name()))
                .orElse(List.of());
    }
}
