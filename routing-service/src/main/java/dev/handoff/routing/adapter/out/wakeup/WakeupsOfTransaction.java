package dev.handoff.routing.adapter.out.wakeup;

import dev.handoff.routing.application.port.out.AssignmentWakeup;
import jakarta.transaction.TransactionScoped;
import java.util.HashSet;
import java.util.Set;

/** The wake-ups one transaction published, so that asking twice serves a queue once after the commit. */
@TransactionScoped
class WakeupsOfTransaction {
    private final Set<AssignmentWakeup> published = new HashSet<>();

    boolean firstTime(AssignmentWakeup wakeup) {
        return published.add(wakeup);
    }
}
