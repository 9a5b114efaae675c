package dev.handoff.gateway;

import io.vertx.core.Vertx;
import java.io.PrintStream;
import java.net.BindException;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/** Command line: {@code java -jar gateway.jar [--port 8080] [--<service>-port N]...}; see {@link GatewayConfig}. */
public final class GatewayMain {

    /** Exit code when the listen port is taken, so scripts can tell it from other failures. */
    public static final int EXIT_PORT_IN_USE = 2;
    /** Exit code for bad arguments (sysexits EX_USAGE). */
    public static final int EXIT_USAGE = 64;

    private GatewayMain() {}

    public static void main(String[] args) {
        int code = launch(args, System.getenv(), System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Starts the gateway and returns 0 (it keeps running on Vert.x threads), or the exit code of a failure. */
    static int launch(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        RouteTable routes = RouteTable.load();
        GatewayConfig config;
        try {
            config = GatewayConfig.from(args, env, routes.upstreams());
        } catch (IllegalArgumentException e) {
            err.println("gateway: " + e.getMessage());
            return EXIT_USAGE;
        }
        Vertx vertx = Vertx.vertx();
        Gateway gateway = new Gateway(
                vertx,
                config,
                routes,
                line -> err.println(LocalTime.now().truncatedTo(ChronoUnit.MILLIS) + " gateway: " + line));
        try {
            gateway.start().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            vertx.close();
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            if (isPortInUse(cause)) {
                err.println("gateway: port " + config.port()
                        + " is already in use; stop what listens there or pass --port");
                return EXIT_PORT_IN_USE;
            }
            err.println("gateway: could not start on port " + config.port() + ": " + cause);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            vertx.close();
            return 1;
        }
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            try {
                                vertx.close()
                                        .toCompletionStage()
                                        .toCompletableFuture()
                                        .get(5, TimeUnit.SECONDS);
                            } catch (Exception e) {
                                // the JVM is exiting anyway; nothing left to clean up
                            }
                        },
                        "gateway-shutdown"));
        out.println("gateway listening on http://localhost:" + gateway.port() + " -> " + describe(config, routes));
        return 0;
    }

    private static boolean isPortInUse(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            // NIO reports BindException; a native transport reports its own type with the same message.
            if (t instanceof BindException
                    || (t.getMessage() != null && t.getMessage().contains("Address already in use"))) {
                return true;
            }
        }
        return false;
    }

    private static String describe(GatewayConfig config, RouteTable routes) {
        return routes.upstreams().stream()
                .sorted()
                .map(u -> u + "@" + config.upstreamHost() + ":"
                        + config.upstreamPorts(u).stream().map(String::valueOf).collect(Collectors.joining(",")))
                .collect(Collectors.joining(", "));
    }
}
