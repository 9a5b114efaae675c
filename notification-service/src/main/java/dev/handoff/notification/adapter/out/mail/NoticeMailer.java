package dev.handoff.notification.adapter.out.mail;

import dev.handoff.notification.application.port.out.MailDeliveryException;
import dev.handoff.notification.application.port.out.SendMailPort;
import dev.handoff.notification.config.MailExecutorProducer;
import dev.handoff.notification.config.NotificationConfig;
import dev.handoff.notification.domain.model.MailNotice;
import dev.handoff.notification.domain.model.NotificationKind;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MailTemplate.MailTemplateInstance;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes each mail from the Qute templates {@code NoticeMailer/notice.html} and {@code .txt} in the recipient's
 * language and sends it with the Quarkus mailer. The HTML template escapes the visitor's words.
 *
 * <p>The Message-ID is made from the mail's id, the same for every attempt: should a replica die after the mail
 * server accepted a mail but before "sent" was committed, the retry carries the same Message-ID, which mail
 * systems use to drop the duplicate.
 */
@ApplicationScoped
public class NoticeMailer implements SendMailPort {
    /** Headers that let people (and tests) filter and trace the mails. */
    public static final String NOTIFICATION_HEADER = "X-Handoff-Notification";

    public static final String KIND_HEADER = "X-Handoff-Kind";
    public static final String CONVERSATION_HEADER = "X-Handoff-Conversation";

    private final String consoleUrl;
    private final String messageIdDomain;
    private final Duration timeout;
    private final MailMetrics metrics;
    private final Executor sendThreads;

    public NoticeMailer(
            // One key of its own, read by this adapter alone; a mapping on the "handoff" prefix would have to declare
            // every handoff.* key the service is given.
            @ConfigProperty(name = "handoff.console-url") String consoleUrl,
            NotificationConfig config,
            MailMetrics metrics,
            @Identifier(MailExecutorProducer.MAIL_SENDS) Executor sendThreads) {
        this.consoleUrl = consoleUrl.endsWith("/") ? consoleUrl : consoleUrl + "/";
        this.messageIdDomain = config.messageIdDomain();
        this.timeout = config.mailTimeout();
        this.metrics = metrics;
        this.sendThreads = sendThreads;
    }

    @Override
    public void send(OutgoingMail outgoing) {
        MailNotice notice = outgoing.notice();
        String language = outgoing.recipient().language();
        try {
            Mail mail = new Mail()
                    .addHeader("Message-ID", "<" + outgoing.mailId() + "@" + messageIdDomain + ">")
                    .addHeader(NOTIFICATION_HEADER, outgoing.notificationId().toString())
                    .addHeader(KIND_HEADER, notice.kind().name())
                    .addHeader(CONVERSATION_HEADER, notice.conversationId().value());
            Templates.notice(notice, link(notice), language)
                    .mail(mail)
                    .to(outgoing.recipient().email())
                    .subject(subject(notice, language))
                    .setAttribute("locale", Locale.forLanguageTag(language))
                    .send()
                    // Started from a thread without a Vert.x context: the mail client's first send runs an ordered
                    // executeBlocking on the caller's context, which could be one our worker holds (quarkus#28353).
                    .runSubscriptionOn(sendThreads)
                    // Blocking is fine: callers run on worker threads, and the outcome decides the mail's state.
                    .await()
                    .atMost(timeout);
            metrics.sent(notice.kind(), outgoing.sinceTrigger());
        } catch (RuntimeException e) {
            metrics.failed(notice.kind());
            throw new MailDeliveryException(
                    notice.kind() + " mail about conversation " + notice.conversationId() + " not sent: " + e, e);
        }
    }

    /** The console page the mail is about: the request in Pending requests, or the chat. */
    String link(MailNotice notice) {
        String page = notice.kind() == NotificationKind.VISITOR_MESSAGE ? "#chats/" : "#pending/";
        return consoleUrl + page + notice.conversationId().value();
    }

    private static String subject(MailNotice notice, String language) {
        MailTexts texts = MessageBundles.get(MailTexts.class, Localized.Literal.of(language));
        return switch (notice.kind()) {
            case NEW_REQUEST -> texts.newRequestSubject(notice.visitorName());
            case STILL_WAITING -> texts.stillWaitingSubject(notice.visitorName(), notice.waitedMinutes());
            case ESCALATION -> texts.escalationSubject(notice.visitorName(), notice.waitedMinutes());
            case VISITOR_MESSAGE -> texts.visitorMessageSubject(notice.visitorName());
        };
    }

    /** The mail's templates; Qute checks their expressions against these parameters at build time. */
    @CheckedTemplate
    static class Templates {
        static native MailTemplateInstance notice(MailNotice notice, String link, String language);
    }
}
