package dev.handoff.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The five services as real processes, started once per test run for every IT that needs all of them and no
 * special topology: starting Kafka, PostgreSQL and five Quarkus processes costs a minute or more on two cores, and
 * these ITs keep apart by tenant. A {@code @BeforeAll} method takes the {@link Platform} as its parameter. The
 * sharing ITs run first ({@link UsersFirst}) and the platform stops after the last of them, so it never idles beside
 * another IT's platform (should the count be off, JUnit still closes what the root store holds when the run ends).
 * Its configuration is the union of what the sharing ITs need, each harmless to the others:
 * <ul>
 * <li>every service behind a proxy, as {@code ./handoff up} runs them ({@code X-Forwarded-Proto} says whether the
 * client came over TLS: {@link HostileInputIT}'s HSTS cases);</li>
 * <li>handoff-service's demo page on for the tenant {@link HostileInputIT#TENANT}, and its public availability
 * without a practical per-client limit (every case of {@link HostileInputIT} comes from one address);</li>
 * <li>analytics' retention in seconds, checked every 2 s: what a day and an hour are in production
 * ({@link ErasureAcrossServicesIT}; other tenants set no retention shorter than days).</li>
 * </ul>
 */
final class FiveServices implements ParameterResolver, AfterAllCallback {
    static final List<String> SERVICES =
            List.of("handoff-service", "routing-service", "agent-service", "notification-service", "analytics-service");
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FiveServices.class);
    /** How many classes of this run that share the platform have not finished yet ({@link UsersFirst} counts). */
    private static final AtomicInteger UNFINISHED = new AtomicInteger();

    /**
     * Orders a run's test classes with those sharing the platform first (set in the pom), and counts them:
     * the platform stops after the last of them instead of idling beside the other ITs' own platforms.
     */
    public static final class UsersFirst implements ClassOrderer {
        @Override
        public void orderClasses(ClassOrdererContext context) {
            List<? extends ClassDescriptor> classes = context.getClassDescriptors();
            classes.sort(Comparator.comparing((ClassDescriptor c) -> !sharesThePlatform(c))
                    .thenComparing(c -> c.getTestClass().getName()));
            UNFINISHED.set((int)
                    classes.stream().filter(FiveServices::sharesThePlatform).count());
        }
    }

    private static boolean sharesThePlatform(ClassDescriptor descriptor) {
        return descriptor.findRepeatableAnnotations(ExtendWith.class).stream()
                .anyMatch(extension -> Arrays.asList(extension.value()).contains(FiveServices.class));
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (UNFINISHED.decrementAndGet() <= 0) {
            Platform platform = context.getRoot().getStore(NAMESPACE).remove(Platform.class, Platform.class);
            if (platform != null) {
                platform.close();
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Platform.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Platform.class, key -> start(), Platform.class);
    }

    private static Platform start() {
        Map<String, String> proxied = Map.of(
                "QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "true", "QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED", "true");
        Map<String, Map<String, String>> env = new HashMap<>();
        SERVICES.forEach(service -> env.put(service, new HashMap<>(proxied)));
        env.get("handoff-service")
                .putAll(Map.of(
                        "HANDOFF_DEMO_ENABLED",
                        "true",
                        "HANDOFF_DEMO_TENANT",
                        HostileInputIT.TENANT,
                        "HANDOFF_DEMO_BOT",
                        HostileInputIT.DEMO_BOT,
                        // The suite's cases all come from one address; the per-client limit has its own test in the
                        // service.
                        "HANDOFF_PUBLIC_AVAILABILITY_BURST",
                        "100000"));
        env.get("analytics-service")
                .putAll(Map.of(
                        "ANALYTICS_PRIVACY_SHORTEST_RETENTION", "PT1S", "ANALYTICS_PRIVACY_RETENTION_EVERY", "2s"));
        Platform.Builder builder = Platform.builder();
        SERVICES.forEach(service -> builder.service(service, service, env.get(service)));
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
