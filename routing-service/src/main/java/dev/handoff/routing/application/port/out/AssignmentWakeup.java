package dev.handoff.routing.application.port.out;

import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.shared.id.TenantId;

/**
 * What {@link AssignmentWakeupPort} asks for, as its adapter hands it on: a queue to serve, or every queue of the
 * tenant worth serving when {@code queue} is null.
 */
public record AssignmentWakeup(TenantId tenant, QueueKey queue) {}
