package dev.handoff.notification.application.port.out;

import dev.handoff.notification.domain.model.Recipients;
import dev.handoff.shared.id.TenantId;

/** Stores who in each tenant receives notifications. */
public interface RecipientsPort {
    /** The tenant's recipients; none if never set. */
    Recipients load(TenantId tenant);

    /** Replaces the tenant's recipients. */
    void save(Recipients recipients);
}
