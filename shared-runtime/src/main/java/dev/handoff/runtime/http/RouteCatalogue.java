package dev.handoff.runtime.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Every path a service answers and the methods it takes there: the REST operations of its build-time OpenAPI
 * document, the configured routes beside them, and its static pages. Unknown paths are answered 404 and other
 * methods 405 with {@code Allow} from here, before any handler runs, whichever of RESTEasy, the servlet container or
 * the static file handler would otherwise have answered (each in its own format).
 */
public final class RouteCatalogue {
    /** The document Quarkus writes at build time. */
    public static final String OPENAPI_RESOURCE = "META-INF/quarkus-generated-openapi-doc.JSON";

    private static final Set<String> OPERATIONS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /** A path and what it takes; {@code segments} hold null where a template has a parameter. */
    record Route(List<String> segments, boolean prefix, Set<String> methods) {
        boolean matches(List<String> path) {
            if (prefix ? path.size() < segments.size() : path.size() != segments.size()) {
                return false;
            }
            for (int i = 0; i < segments.size(); i++) {
                if (segments.get(i) != null && !segments.get(i).equals(path.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Route> routes;
    private final List<String> pages;
    private final Predicate<String> fileExists;

    RouteCatalogue(List<Route> routes, List<String> pages, Predicate<String> fileExists) {
        this.routes = List.copyOf(routes);
        this.pages = List.copyOf(pages);
        this.fileExists = fileExists;
    }

    /** The catalogue of a service: its OpenAPI operations (if the document exists), routes and pages. */
    static RouteCatalogue of(
            Optional<InputStream> openApi,
            Map<String, List<String>> configured,
            List<String> pages,
            Predicate<String> fileExists) {
        List<Route> routes = new ArrayList<>();
        openApi.ifPresent(document -> routes.addAll(restRoutes(document)));
        configured.forEach((path, methods) -> routes.add(route(path, methods)));
        return new RouteCatalogue(routes, pages, fileExists);
    }

    /**
     * The methods a raw request path takes, or empty when nothing is served there. {@code HEAD} comes with
     * {@code GET}.
     */
    public Optional<Set<String>> methodsAt(String rawPath) {
        List<String> path = segments(rawPath);
        Set<String> methods = new LinkedHashSet<>();
        for (Route route : routes) {
            if (route.matches(path)) {
                methods.addAll(route.methods());
            }
        }
        if (methods.isEmpty() && isPage(rawPath)) {
            methods.add("GET");
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        return methods.isEmpty() ? Optional.empty() : Optional.of(methods);
    }

    /** True for a path under one of the static page prefixes (whether or not the file exists) that no route takes. */
    public boolean isPagePath(String rawPath) {
        if (rawPath == null) {
            return false;
        }
        List<String> path = segments(rawPath);
        if (routes.stream().anyMatch(route -> route.matches(path))) {
            return false;
        }
        for (String page : pages) {
            String root = page.endsWith("/") ? page.substring(0, page.length() - 1) : page;
            if (rawPath.equals(root) || rawPath.startsWith(root + "/")) {
                return true;
            }
        }
        return false;
    }

    /** The {@code Allow} header for {@code methods}, in a stable order. */
    public static String allowHeader(Set<String> methods) {
        return String.join(", ", methods.stream().sorted().toList());
    }

    private boolean isPage(String rawPath) {
        for (String page : pages) {
            String root = page.endsWith("/") ? page.substring(0, page.length() - 1) : page;
            if (rawPath.equals(root) || rawPath.equals(root + "/")) {
                return true;
            }
            if (rawPath.startsWith(root + "/")) {
                String file = decode(rawPath);
                return fileExists.test(file.endsWith("/") ? file + "index.html" : file);
            }
        }
        return false;
    }

    private static List<Route> restRoutes(InputStream document) {
        JsonNode paths;
        try (document) {
            paths = new ObjectMapper().readTree(document).path("paths");
        } catch (IOException e) {
            throw new UncheckedIOException("the OpenAPI document cannot be read", e);
        }
        List<Route> routes = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            Set<String> methods = new LinkedHashSet<>();
            path.getValue().fieldNames().forEachRemaining(name -> {
                if (OPERATIONS.contains(name)) {
                    methods.add(name.toUpperCase(Locale.ROOT));
                }
            });
            // Quarkus REST answers OPTIONS itself on every resource path, with Allow
            methods.add("OPTIONS");
            routes.add(route(path.getKey(), List.copyOf(methods)));
        }
        return routes;
    }

    private static Route route(String path, List<String> methods) {
        boolean prefix = path.endsWith("*");
        String literal = prefix ? path.substring(0, path.length() - 1) : path;
        List<String> segments = new ArrayList<>();
        for (String segment : segments(literal)) {
            segments.add(segment.startsWith("{") && segment.endsWith("}") ? null : segment);
        }
        Set<String> upper = new LinkedHashSet<>();
        methods.forEach(m -> upper.add(m.strip().toUpperCase(Locale.ROOT)));
        return new Route(segments, prefix, upper);
    }

    /** The decoded, non-empty segments of a path; a trailing slash changes nothing. */
    static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/", -1)) {
            if (!segment.isEmpty()) {
                segments.add(decode(segment));
            }
        }
        return segments;
    }

    private static String decode(String raw) {
        // '+' is a plus in a path; RequestGuard has already refused malformed escapes
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
