package dev.handoff.notification.config;

import dev.handoff.runtime.concurrent.ManagedPools;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.context.ManagedExecutor;

/** The threads SMTP sends start from (decision 0061). */
public class MailExecutorProducer {
    /**
     * Threads without a Vert.x context, a thread per send at once as before: the mailer's first send runs an ordered
     * executeBlocking on the caller's context, which could be one a worker holds (quarkus#28353).
     */
    public static final String MAIL_SENDS = "notification-mail";

    @Produces
    @Singleton
    @Identifier(MAIL_SENDS)
    ManagedExecutor mailSends(MeterRegistry registry) {
        return ManagedPools.cached(MAIL_SENDS, registry);
    }

    void closeMailSends(@Disposes @Identifier(MAIL_SENDS) ManagedExecutor executor) {
        executor.shutdown();
    }
}
