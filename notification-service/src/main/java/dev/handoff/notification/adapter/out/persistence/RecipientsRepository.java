package dev.handoff.notification.adapter.out.persistence;

import dev.handoff.notification.application.port.out.RecipientsPort;
import dev.handoff.notification.domain.model.Recipients;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Notification recipients in PostgreSQL. */
@ApplicationScoped
public class RecipientsRepository implements RecipientsPort {
    @Override
    public Recipients load(TenantId tenant) {
        List<String> emails =
                RecipientEntity.<RecipientEntity>list("tenantId = ?1 order by position", tenant.value()).stream()
                        .map(r -> r.email)
                        .toList();
        return new Recipients(tenant, emails);
    }

    @Override
    public void save(Recipients recipients) {
        // Deleted one by one (not in bulk) so rows already loaded in this transaction leave the session too,
        // and flushed so re-adding an address does not collide with its old row.
        RecipientEntity.<RecipientEntity>list("tenantId", recipients.tenantId().value())
                .forEach(RecipientEntity::delete);
        RecipientEntity.flush();
        List<String> emails = recipients.emails();
        for (int i = 0; i < emails.size(); i++) {
            RecipientEntity row = new RecipientEntity();
            row.tenantId = recipients.tenantId().value();
            row.email = emails.get(i);
            row.position = i;
            row.persist();
        }
    }
}
