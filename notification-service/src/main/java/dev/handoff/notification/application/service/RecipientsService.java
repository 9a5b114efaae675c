package dev.handoff.notification.application.service;

import dev.handoff.notification.application.port.in.ManageRecipientsUseCase;
import dev.handoff.notification.application.port.out.RecipientsPort;
import dev.handoff.notification.domain.model.Recipients;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Keeps each tenant's notification recipients. */
@ApplicationScoped
public class RecipientsService implements ManageRecipientsUseCase {
    private final RecipientsPort recipients;

    public RecipientsService(RecipientsPort recipients) {
        this.recipients = recipients;
    }

    @Override
    @Transactional
    public Recipients recipients(TenantId tenant) {
        return recipients.load(tenant);
    }

    @Override
    @Transactional
    public Recipients replace(TenantId tenant, List<String> emails) {
        Recipients replacement = new Recipients(tenant, emails);
        recipients.save(replacement);
        return replacement;
    }
}
