package dev.handoff.notification.application.port.in;

import dev.handoff.notification.domain.model.Recipients;
import dev.handoff.shared.id.TenantId;
import java.util.List;

/** Reads and replaces who in a tenant is mailed about waiting requests. */
public interface ManageRecipientsUseCase {
    /** The tenant's recipients; none if never set. */
    Recipients recipients(TenantId tenant);

    /**
     * Replaces the tenant's recipients with {@code emails}.
     *
     * @throws dev.handoff.notification.domain.model.InvalidSettingsException if an address is not acceptable
     */
    Recipients replace(TenantId tenant, List<String> emails);
}
