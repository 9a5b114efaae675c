package dev.handoff.runtime.kafka;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** Short-lived admin clients with the application's Kafka settings (servers, security) and tight timeouts. */
@ApplicationScoped
public class KafkaAdminClients {
    private final Map<String, Object> kafka;

    public KafkaAdminClients(@Identifier("default-kafka-broker") Map<String, Object> kafka) {
        this.kafka = kafka;
    }

    /** A new admin client whose every call gives up after {@code timeout}; close it. */
    public Admin open(String clientId, Duration timeout) {
        Map<String, Object> config = new HashMap<>();
        kafka.forEach((key, value) -> {
            if (AdminClientConfig.configNames().contains(key)) {
                config.put(key, value);
            }
        });
        int millis = (int) timeout.toMillis();
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, clientId);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
        // Reconnect quickly: these clients watch for the broker coming back.
        config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Kafka loads its plug-ins through the context loader; use the one that holds kafka-clients.
        thread.setContextClassLoader(Admin.class.getClassLoader());
        try {
            return Admin.create(config);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
