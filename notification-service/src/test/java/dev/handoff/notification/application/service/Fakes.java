package dev.handoff.notification.application.service;

import dev.handoff.notification.application.port.out.MailDeliveryException;
import dev.handoff.notification.application.port.out.NotificationLogPort;
import dev.handoff.notification.application.port.out.RecipientsPort;
import dev.handoff.notification.application.port.out.SendNoticeMailPort;
import dev.handoff.notification.domain.model.HandoffNotice;
import dev.handoff.notification.domain.model.Notification;
import dev.handoff.notification.domain.model.NotificationKind;
import dev.handoff.notification.domain.model.Recipients;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** In-memory stand-ins for the out-ports, behaving like the real adapters where the use cases rely on it. */
final class Fakes {
    private Fakes() {
    }

    /** Keeps notifications by id and refuses a second one for the same conversation and kind, like the unique key. */
    static final class NotificationLog implements NotificationLogPort {
        final Map<UUID, Notification> byId = new LinkedHashMap<>();

        @Override
        public Optional<Notification> find(TenantId tenant, ConversationId conversation, NotificationKind kind) {
            return byId.values().stream().filter(n -> n.notice().tenantId().equals(tenant)
                    && n.notice().conversationId().equals(conversation) && n.kind() == kind).findFirst();
        }

        @Override
        public void save(Notification notification) {
            find(notification.notice().tenantId(), notification.notice().conversationId(), notification.kind())
                    .filter(other -> !other.id().equals(notification.id()))
                    .ifPresent(other -> {
                        throw new IllegalStateException("unique key notification_log_once violated");
                    });
            byId.put(notification.id(), notification);
        }

        @Override
        public Optional<Notification> lockNextDue(Instant now) {
            return byId.values().stream().filter(n -> n.isDue(now)).min(Comparator.comparing(Notification::nextAttemptAt));
        }
    }

    static final class RecipientStore implements RecipientsPort {
        final Map<TenantId, Recipients> byTenant = new HashMap<>();

        @Override
        public Recipients load(TenantId tenant) {
            return byTenant.getOrDefault(tenant, Recipients.none(tenant));
        }

        @Override
        public void save(Recipients recipients) {
            byTenant.put(recipients.tenantId(), recipients);
        }
    }

    /** Records what would have been mailed; fails while {@link #down} is set. */
    static final class Mailer implements SendNoticeMailPort {
        final List<Sent> sent = new ArrayList<>();
        boolean down;

        @Override
        public void send(HandoffNotice notice, List<String> emails) {
            if (down) {
                throw new MailDeliveryException("connection refused", null);
            }
            sent.add(new Sent(notice, List.copyOf(emails)));
        }

        record Sent(HandoffNotice notice, List<String> to) {
        }
    }
}
