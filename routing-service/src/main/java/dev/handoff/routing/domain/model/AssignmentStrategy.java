package dev.handoff.routing.domain.model;

/** How a queue's conversations reach agents; supervisors choose it per tenant and per team. */
public enum AssignmentStrategy {
    /** Agents claim from the queue, first come first served (the default). */
    MANUAL,
    /** Routing gives the head of the queue to the least busy online agent who serves it. */
    AUTO,
    /** Routing offers the head of the queue to that agent, who accepts or declines before the offer expires. */
    AUTO_WITH_OFFER;

    /** Whether routing places conversations itself rather than waiting for claims. */
    public boolean routesItself() {
        return this != MANUAL;
    }
}
