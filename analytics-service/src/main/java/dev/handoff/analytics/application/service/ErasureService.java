package dev.handoff.analytics.application.service;

import dev.handoff.analytics.application.port.in.ErasuresUseCase;
import dev.handoff.analytics.application.port.in.NoSuchVisitorException;
import dev.handoff.analytics.application.port.in.RequestErasureCommand;
import dev.handoff.analytics.application.port.in.UnknownConversationsException;
import dev.handoff.analytics.application.port.in.UnknownErasureException;
import dev.handoff.analytics.application.port.out.ErasureRequestsPort;
import dev.handoff.analytics.application.port.out.PublishEventPort;
import dev.handoff.analytics.application.port.out.VisitorsPort;
import dev.handoff.analytics.domain.model.ErasureKind;
import dev.handoff.analytics.domain.model.ErasureRequest;
import dev.handoff.analytics.domain.model.ErasureStatus;
import dev.handoff.analytics.domain.model.PrivacyRules;
import dev.handoff.shared.event.ErasureConfirmed;
import dev.handoff.shared.event.ErasureRequested;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Resolves a visitor to their chats, sends the erasure to every service and follows the confirmations. */
@ApplicationScoped
public class ErasureService implements ErasuresUseCase {
    private static final int RECENT = 50;
    private final VisitorsPort visitors;
    private final ErasureRequestsPort erasures;
    private final PublishEventPort events;
    private final PrivacyRules rules;
    private final Clock clock;

    ErasureService(
            VisitorsPort visitors,
            ErasureRequestsPort erasures,
            PublishEventPort events,
            PrivacyRules rules,
            Clock clock) {
        this.visitors = visitors;
        this.erasures = erasures;
        this.events = events;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ErasureStatus request(RequestErasureCommand command) {
        TenantId tenant = command.tenantId();
        List<ConversationId> known = visitors.existing(tenant, command.conversations());
        if (known.size() < new LinkedHashSet<>(command.conversations()).size()) {
            List<ConversationId> unknown = new ArrayList<>(command.conversations());
            unknown.removeAll(known);
            throw new UnknownConversationsException(unknown);
        }
        Set<ConversationId> chats = new LinkedHashSet<>(known);
        if (command.visitorEmail() != null) {
            chats.addAll(visitors.conversationsOf(tenant, command.visitorEmail()));
        }
        if (chats.isEmpty()) {
            throw new NoSuchVisitorException("No conversation of this tenant has that visitor.");
        }
        Instant now = clock.instant();
        ErasureRequest request = new ErasureRequest(
                UUID.randomUUID(), tenant, ErasureKind.VISITOR, now, command.actor(), List.copyOf(chats), null);
        erasures.save(request);
        events.publish(
                new ErasureRequested(UUID.randomUUID(), now, tenant, request.id(), request.conversations(), null));
        return ErasureStatus.of(request, List.of(), rules.services());
    }

    @Override
    @Transactional
    public ErasureStatus status(TenantId tenant, UUID id) {
        ErasureRequest request = erasures.find(tenant, id).orElseThrow(() -> new UnknownErasureException(id));
        return ErasureStatus.of(request, erasures.confirmations(id), rules.services());
    }

    @Override
    @Transactional
    public List<ErasureStatus> recent(TenantId tenant) {
        return erasures.recent(tenant, RECENT).stream()
                .map(r -> ErasureStatus.of(r, erasures.confirmations(r.id()), rules.services()))
                .toList();
    }

    @Override
    @Transactional
    public void confirmed(ErasureConfirmed confirmation) {
        erasures.confirm(
                confirmation.requestId(),
                new ErasureStatus.Confirmation(
                        confirmation.service(), confirmation.occurredAt(), confirmation.conversationsErased()));
    }
}
