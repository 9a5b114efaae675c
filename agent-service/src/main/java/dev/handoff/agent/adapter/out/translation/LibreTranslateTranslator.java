package dev.handoff.agent.adapter.out.translation;

import dev.handoff.agent.application.port.out.TranslateTextPort;
import dev.handoff.agent.domain.model.TranslatedText;
import dev.handoff.agent.domain.model.TranslationRequest;
import io.quarkus.runtime.Startup;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.jboss.logging.Logger;

/**
 * The translator behind {@code agent.translation.url}, or none. Visitors' messages wait for it on the Kafka
 * consumer, so a translator that keeps failing or hanging is left alone for a while (circuit breaker): messages
 * then go on untranslated at once instead of each waiting out the timeout. Every failure ends in
 * {@link TranslationFallback}: logged, counted, and an empty answer.
 */
@Startup
@ApplicationScoped
public class LibreTranslateTranslator implements TranslateTextPort {
    /** The circuit breaker's name, for maintenance (tests reset it) and its metrics. */
    public static final String BREAKER = "translator";

    private static final Logger LOG = Logger.getLogger(LibreTranslateTranslator.class);

    private final LibreTranslateClient client;

    public LibreTranslateTranslator(TranslationConfig config, CircuitBreakerMaintenance breakers) {
        // Built here, so that a malformed URL stops the service at startup rather than at the first message.
        this.client = config.url()
                .map(url -> new LibreTranslateClient(url, config.apiKey().orElse(null), config.timeout()))
                .orElse(null);
        if (client == null) {
            LOG.info("no agent.translation.url: messages are shown as written, without translations");
        } else {
            breakers.onStateChange(BREAKER, state -> LOG.warnf("translator circuit breaker is now %s", state));
        }
    }

    @Override
    public boolean available() {
        return client != null;
    }

    @Override
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS)
    @CircuitBreakerName(BREAKER)
    @Fallback(TranslationFallback.class)
    public Optional<TranslatedText> translate(TranslationRequest request) {
        return client == null ? Optional.empty() : Optional.of(client.translate(request));
    }
}
