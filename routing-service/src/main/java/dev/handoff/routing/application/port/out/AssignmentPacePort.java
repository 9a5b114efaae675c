package dev.handoff.routing.application.port.out;

import dev.handoff.routing.domain.model.AssignmentPace;

/** How queues' pace is measured in this deployment: the sample, and the pace assumed without enough history. */
@FunctionalInterface
public interface AssignmentPacePort {
    AssignmentPace pace();
}
