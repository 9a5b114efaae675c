package dev.handoff.analytics.application.port.in;

import dev.handoff.shared.id.TenantId;
import java.time.Duration;
import java.util.Objects;

/**
 * A supervisor's new retention period.
 *
 * @param keep how long transcripts are kept; null keeps them forever
 * @param actor who changes it, for the record
 */
public record ChangeRetentionCommand(TenantId tenantId, Duration keep, String actor) {
    public ChangeRetentionCommand {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(actor, "actor");
    }
}
