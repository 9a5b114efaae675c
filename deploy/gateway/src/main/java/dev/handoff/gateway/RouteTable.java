package dev.handoff.gateway;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The gateway's route table, read from {@code routes.txt}, matched with Gateway API semantics. */
public final class RouteTable {

    /** The resource holding the table, so the local and the Kubernetes routes are compared in one file. */
    public static final String RESOURCE = "routes.txt";

    private static final String REDIRECT = "redirect:";
    // Dot segments, plain or percent-encoded: they would let a path escape the prefix it was routed by.
    private static final Pattern DOT_SEGMENT = Pattern.compile("(^|/)(\\.|%2e){1,2}(/|$)", Pattern.CASE_INSENSITIVE);

    /** How a route matches a request path. */
    public enum Match {
        PREFIX,
        EXACT
    }

    /** One row: a path match and its target, an upstream service name or a redirect location. */
    public record Route(Match match, String path, String upstream, String redirect) {

        boolean matches(String requestPath) {
            if (match == Match.EXACT) {
                return requestPath.equals(path);
            }
            return requestPath.equals(path) || requestPath.startsWith(path + "/");
        }

        /** True when this route answers with a redirect instead of forwarding. */
        public boolean isRedirect() {
            return redirect != null;
        }
    }

    private final List<Route> routes;

    RouteTable(List<Route> routes) {
        // Longest path first: that is the Gateway API precedence, and it makes row order irrelevant.
        this.routes = routes.stream()
                .sorted(Comparator.comparingInt((Route r) -> r.path().length())
                        .reversed()
                        .thenComparing(r -> r.match() == Match.EXACT ? 0 : 1))
                .toList();
    }

    /** Reads the table bundled with the gateway. */
    public static RouteTable load() {
        try (InputStream in = RouteTable.class.getResourceAsStream(RESOURCE)) {
            Objects.requireNonNull(in, "missing resource " + RESOURCE);
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RouteTable parse(List<String> lines) {
        List<Route> routes = lines.stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(RouteTable::parseRow)
                .toList();
        return new RouteTable(routes);
    }

    private static Route parseRow(String line) {
        String[] cols = line.split("\\s+");
        if (cols.length != 3 || !cols[1].startsWith("/")) {
            throw new IllegalArgumentException("bad route row, expected '<prefix|exact> /path target': " + line);
        }
        Match match = Match.valueOf(cols[0].toUpperCase(Locale.ROOT));
        // A trailing slash on a prefix is ignored (Gateway API), so /console/ also takes /console.
        String path = match == Match.PREFIX && cols[1].length() > 1 && cols[1].endsWith("/")
                ? cols[1].substring(0, cols[1].length() - 1)
                : cols[1];
        String target = cols[2];
        return target.startsWith(REDIRECT)
                ? new Route(match, path, null, target.substring(REDIRECT.length()))
                : new Route(match, path, target, null);
    }

    /** The route for a request path, if any. */
    public Optional<Route> resolve(String path) {
        return routes.stream().filter(r -> r.matches(path)).findFirst();
    }

    /** True when the path has no dot segments; other paths are refused rather than normalised. */
    public static boolean isPlain(String path) {
        return path.startsWith("/") && !DOT_SEGMENT.matcher(path).find();
    }

    /** The upstream service names the table forwards to. */
    public Set<String> upstreams() {
        Set<String> names = new LinkedHashSet<>();
        routes.forEach(r -> {
            if (r.upstream() != null) {
                names.add(r.upstream());
            }
        });
        return names;
    }

    /** The rows, longest path first. */
    public List<Route> routes() {
        return routes;
    }
}
