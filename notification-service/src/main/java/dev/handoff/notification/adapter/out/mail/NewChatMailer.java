package dev.handoff.notification.adapter.out.mail;

import dev.handoff.notification.application.port.out.MailDeliveryException;
import dev.handoff.notification.application.port.out.SendNoticeMailPort;
import dev.handoff.notification.domain.model.HandoffNotice;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.MailTemplate.MailTemplateInstance;
import io.quarkus.qute.CheckedTemplate;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Renders the "New live chat request" mail from the Qute templates {@code NewChatMailer/newChat.html} and
 * {@code .txt} and sends it with the Quarkus mailer. The HTML template escapes the visitor's text.
 */
@ApplicationScoped
public class NewChatMailer implements SendNoticeMailPort {
    public static final String SUBJECT = "New live chat request";

    private final String consoleUrl;
    private final Duration timeout;
    private final Counter sent;
    private final Counter failed;
    private final ExecutorService sendThreads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "notification-mail");
        thread.setDaemon(true);
        return thread;
    });

    public NewChatMailer(@ConfigProperty(name = "handoff.console-url") String consoleUrl,
            @ConfigProperty(name = "handoff.notification.mail-timeout", defaultValue = "30s") Duration timeout,
            MeterRegistry registry) {
        this.consoleUrl = consoleUrl;
        this.timeout = timeout;
        this.sent = registry.counter("handoff.notification.mails", "outcome", "sent");
        this.failed = registry.counter("handoff.notification.mails", "outcome", "failed");
    }

    @Override
    public void send(HandoffNotice notice, List<String> emails) {
        try {
            Templates.newChat(notice, consoleUrl)
                    .to(emails.toArray(String[]::new))
                    .subject(SUBJECT)
                    .send()
                    // Started from a thread without a Vert.x context: the mail client's first send runs an ordered
                    // executeBlocking on the caller's context, which our ordered @Blocking consumer holds, so it
                    // would wait for itself until the timeout (quarkus#28353).
                    .runSubscriptionOn(sendThreads)
                    // Blocking is fine: callers run on worker threads, and the outcome decides the notification's state.
                    .await().atMost(timeout);
            sent.increment();
        } catch (RuntimeException e) {
            failed.increment();
            throw new MailDeliveryException("mail about conversation " + notice.conversationId() + " not sent: " + e, e);
        }
    }

    @PreDestroy
    void stop() {
        sendThreads.shutdown();
    }

    /** The mail's templates; Qute checks their expressions against these parameters at build time. */
    @CheckedTemplate
    static class Templates {
        static native MailTemplateInstance newChat(HandoffNotice notice, String consoleUrl);
    }
}
