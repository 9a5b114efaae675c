package dev.handoff.agent.adapter.out.translation;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The service with a translator: {@code agent.translation.url} points at a {@link TranslatorStandIn} that wants an
 * API key, with a 1 s timeout so the slow cases stay quick. Test classes using it run in an application of their own.
 */
public class TranslatorStandInProfile implements QuarkusTestProfile {
    public static final String API_KEY = "stand-in-key";

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(StandInResource.class));
    }

    /** Starts the stand-in before the application and hands it its URL. */
    public static class StandInResource implements QuarkusTestResourceLifecycleManager {
        private TranslatorStandIn standIn;

        @Override
        public Map<String, String> start() {
            try {
                standIn = TranslatorStandIn.start(API_KEY);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of(
                    "agent.translation.url",
                    standIn.url(),
                    "agent.translation.api-key",
                    API_KEY,
                    "agent.translation.timeout",
                    "1s");
        }

        @Override
        public void stop() {
            if (standIn != null) {
                standIn.close();
            }
        }
    }
}
