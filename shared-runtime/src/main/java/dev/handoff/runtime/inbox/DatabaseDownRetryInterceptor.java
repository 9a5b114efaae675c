package dev.handoff.runtime.inbox;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.jboss.logging.Logger;

/**
 * Runs outside the consumer's transaction (a lower priority than {@code @Transactional}'s), so every attempt gets a
 * new transaction. Gives up while the application stops: the record then stays uncommitted for the next start.
 */
@RetryWhileDatabaseDown
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 50)
public class DatabaseDownRetryInterceptor {
    private static final Logger LOG = Logger.getLogger(DatabaseDownRetryInterceptor.class);
    private static final long FIRST_PAUSE_MILLIS = 200;
    private static final long LONGEST_PAUSE_MILLIS = 2000;

    @Inject
    DatabaseRetryConfig config;

    @Inject
    @Identifier(DeadLetterUnlessStopping.STRATEGY)
    DeadLetterUnlessStopping shutdown;

    @AroundInvoke
    Object retry(InvocationContext context) throws Exception {
        long deadline = System.nanoTime() + config.maxDuration().toNanos();
        long pause = FIRST_PAUSE_MILLIS;
        int attempt = 1;
        while (true) {
            try {
                return context.proceed();
            } catch (Exception e) {
                if (!DatabaseFailures.isWorthRetrying(e)
                        || shutdown.stopping()
                        || System.nanoTime() + pause * 1_000_000 > deadline) {
                    throw e;
                }
                if (attempt == 1) {
                    LOG.warnf(
                            DatabaseFailures.isUnavailable(e)
                                    ? "%s: the database is unavailable (%s); processing again until it is back"
                                    : "%s: the transaction lost a race with another (%s); processing again",
                            context.getMethod().getName(),
                            e.toString());
                }
                Thread.sleep(pause);
                pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
                attempt++;
            }
        }
    }
}
