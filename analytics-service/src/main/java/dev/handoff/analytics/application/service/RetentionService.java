package dev.handoff.analytics.application.service;

import dev.handoff.analytics.application.port.in.ChangeRetentionCommand;
import dev.handoff.analytics.application.port.in.ManageRetentionUseCase;
import dev.handoff.analytics.application.port.out.ErasureRequestsPort;
import dev.handoff.analytics.application.port.out.PublishEventPort;
import dev.handoff.analytics.application.port.out.RetentionPoliciesPort;
import dev.handoff.analytics.domain.model.ErasureKind;
import dev.handoff.analytics.domain.model.ErasureRequest;
import dev.handoff.analytics.domain.model.PrivacyRules;
import dev.handoff.analytics.domain.model.RetentionPolicy;
import dev.handoff.shared.event.ErasureRequested;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps each tenant's retention period and, on a schedule, sends every service an erasure of the tenant's chats
 * that started before the cutoff: the same event and confirmations as a visitor's erasure.
 */
@ApplicationScoped
public class RetentionService implements ManageRetentionUseCase {
    private final RetentionPoliciesPort policies;
    private final ErasureRequestsPort erasures;
    private final PublishEventPort events;
    private final PrivacyRules rules;
    private final Clock clock;

    RetentionService(
            RetentionPoliciesPort policies,
            ErasureRequestsPort erasures,
            PublishEventPort events,
            PrivacyRules rules,
            Clock clock) {
        this.policies = policies;
        this.erasures = erasures;
        this.events = events;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Optional<RetentionPolicy> retention(TenantId tenant) {
        return policies.find(tenant);
    }

    @Override
    @Transactional
    public Optional<RetentionPolicy> change(ChangeRetentionCommand command) {
        if (command.keep() == null) {
            policies.remove(command.tenantId());
            return Optional.empty();
        }
        rules.check(command.keep());
        RetentionPolicy policy =
                new RetentionPolicy(command.tenantId(), command.keep(), clock.instant(), command.actor());
        policies.save(policy);
        return Optional.of(policy);
    }

    @Override
    @Transactional
    public int applyRetention() {
        Instant now = clock.instant();
        // Every replica runs the schedule: a tenant whose retention ran within half a period is left alone.
        Instant recently = now.minus(rules.retentionEvery().dividedBy(2));
        List<RetentionPolicy> due = policies.all().stream()
                .filter(policy -> erasures.latest(policy.tenantId(), ErasureKind.RETENTION)
                        .map(last -> last.isBefore(recently))
                        .orElse(true))
                .toList();
        for (RetentionPolicy policy : due) {
            ErasureRequest request = new ErasureRequest(
                    UUID.randomUUID(),
                    policy.tenantId(),
                    ErasureKind.RETENTION,
                    now,
                    "retention",
                    List.of(),
                    policy.cutoff(now));
            erasures.save(request);
            events.publish(new ErasureRequested(
                    UUID.randomUUID(), now, policy.tenantId(), request.id(), List.of(), request.startedBefore()));
        }
        return due.size();
    }
}
