package dev.handoff.agent.adapter.out.translation;

import dev.handoff.agent.domain.model.TranslatedText;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.Dependent;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

/**
 * What a failed translation becomes: no translation (the message goes on as written), a warning in the log and
 * one more {@code agent.translation.failures} (tagged with the reason) in the metrics.
 */
@Dependent
public class TranslationFallback implements FallbackHandler<Optional<TranslatedText>> {
    /** The counter of translations that failed, tagged {@code reason}. */
    public static final String FAILURES = "agent.translation.failures";

    private static final Logger LOG = Logger.getLogger(TranslationFallback.class);

    private final MeterRegistry registry;

    public TranslationFallback(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Optional<TranslatedText> handle(ExecutionContext context) {
        Throwable failure = context.getFailure();
        String reason = reasonOf(failure);
        registry.counter(FAILURES, "reason", reason).increment();
        if (failure instanceof CircuitBreakerOpenException) {
            // Logged once when the breaker opened; one line per message while it stays open would drown the log.
            LOG.debug("translator circuit breaker open, message goes on untranslated");
        } else {
            LOG.warnf("translation failed (%s), the message goes on untranslated: %s", reason, failure.getMessage());
        }
        return Optional.empty();
    }

    private static String reasonOf(Throwable failure) {
        if (failure instanceof TranslatorException e) {
            return e.reason().name().toLowerCase(Locale.ROOT);
        }
        return failure instanceof CircuitBreakerOpenException ? "circuit-open" : "error";
    }
}
