package dev.handoff.gateway;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the gateway listens and where each upstream runs: built-in defaults (the fixed local ports),
 * overridden by the environment, overridden by arguments.
 *
 * <p>Arguments: {@code --port N}, {@code --host H}, {@code --upstream-host H} and {@code --<service>-port N}
 * for every upstream of the route table (for example {@code --routing-service-port 8082}); {@code --name=value}
 * works too; an upstream with several replicas takes a comma-separated list ({@code --handoff-service-port 8081,8091}).
 * Environment: {@code GATEWAY_PORT}, {@code GATEWAY_HOST}, {@code GATEWAY_UPSTREAM_HOST} and
 * {@code <SERVICE>_PORT} (for example {@code ROUTING_SERVICE_PORT}).
 */
public record GatewayConfig(String host, int port, String upstreamHost, Map<String, List<Integer>> upstreamReplicas) {

    /** The fixed local ports of the stack (see the root {@code handoff} script). */
    public static final Map<String, Integer> DEFAULT_UPSTREAM_PORTS = Map.of(
            "handoff-service", 8081,
            "routing-service", 8082,
            "agent-service", 8083,
            "notification-service", 8084,
            "analytics-service", 8085);

    /** The usage line printed on bad arguments. */
    public static final String USAGE =
            "usage: gateway [--port N] [--host H] [--upstream-host H] [--<service>-port N]...";

    public GatewayConfig {
        Map<String, List<Integer>> copy = new LinkedHashMap<>();
        upstreamReplicas.forEach((name, ports) -> {
            if (ports.isEmpty()) {
                throw new IllegalArgumentException("no port configured for upstream " + name);
            }
            copy.put(name, List.copyOf(ports));
        });
        upstreamReplicas = Map.copyOf(copy);
    }

    /** One replica per upstream. */
    public static GatewayConfig of(String host, int port, String upstreamHost, Map<String, Integer> upstreamPorts) {
        Map<String, List<Integer>> replicas = new LinkedHashMap<>();
        upstreamPorts.forEach((name, upstreamPort) -> replicas.put(name, List.of(upstreamPort)));
        return new GatewayConfig(host, port, upstreamHost, replicas);
    }

    /** The port of an upstream named in the route table (its first replica's). */
    public int upstreamPort(String upstream) {
        return upstreamPorts(upstream).get(0);
    }

    /** The ports of all replicas of an upstream named in the route table, at least one. */
    public List<Integer> upstreamPorts(String upstream) {
        List<Integer> ports = upstreamReplicas.get(upstream);
        if (ports == null) {
            throw new IllegalArgumentException("no port configured for upstream " + upstream);
        }
        return ports;
    }

    /** Reads the configuration for the given upstream names; throws IllegalArgumentException with a readable message. */
    public static GatewayConfig from(String[] args, Map<String, String> env, Collection<String> upstreams) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("host", env.getOrDefault("GATEWAY_HOST", "0.0.0.0"));
        values.put("port", env.getOrDefault("GATEWAY_PORT", "8080"));
        values.put("upstream-host", env.getOrDefault("GATEWAY_UPSTREAM_HOST", "localhost"));
        for (String upstream : upstreams) {
            String fallback = String.valueOf(DEFAULT_UPSTREAM_PORTS.getOrDefault(upstream, -1));
            values.put(upstream + "-port", env.getOrDefault(envName(upstream), fallback));
        }
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'; " + USAGE);
            }
            int eq = arg.indexOf('=');
            String name = eq > 0 ? arg.substring(2, eq) : arg.substring(2);
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("unknown option --" + name + "; " + USAGE);
            }
            if (eq < 0 && i + 1 >= args.length) {
                throw new IllegalArgumentException("option --" + name + " needs a value");
            }
            values.put(name, eq > 0 ? arg.substring(eq + 1) : args[++i]);
        }
        Map<String, List<Integer>> ports = new LinkedHashMap<>();
        for (String upstream : upstreams) {
            List<Integer> replicas = new ArrayList<>();
            for (String value : values.get(upstream + "-port").split(",", -1)) {
                replicas.add(port(upstream + "-port", value, true));
            }
            ports.put(upstream, replicas);
        }
        return new GatewayConfig(
                values.get("host"), port("port", values.get("port"), false), values.get("upstream-host"), ports);
    }

    /** The environment variable holding an upstream's port: routing-service becomes ROUTING_SERVICE_PORT. */
    static String envName(String upstream) {
        return upstream.toUpperCase(Locale.ROOT).replace('-', '_') + "_PORT";
    }

    private static int port(String name, String value, boolean upstream) {
        try {
            int port = Integer.parseInt(value.strip());
            // Port 0 (any free port) makes sense for listening in tests, never for an upstream.
            if (port >= (upstream ? 1 : 0) && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below with the option name
        }
        throw new IllegalArgumentException("--" + name + " must be a port number, got '" + value + "'");
    }
}
