package dev.handoff.notification;

import dev.handoff.notification.application.port.in.DecideDueNotificationsUseCase;
import dev.handoff.notification.application.port.in.DecideDueNotificationsUseCase.DecidedSlice;
import dev.handoff.notification.application.port.in.SendDueMailsUseCase;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * What the service's jobs do every second, done now in the test's thread: a test that waits for a mail gets it as
 * soon as it is due instead of at the next tick. The jobs keep running alongside; the row claims keep the two apart.
 */
@ApplicationScoped
public class DueJobs {
    private static final int SLICE = 50;

    private final DecideDueNotificationsUseCase decide;
    private final SendDueMailsUseCase send;

    public DueJobs(DecideDueNotificationsUseCase decide, SendDueMailsUseCase send) {
        this.decide = decide;
        this.send = send;
    }

    /** The bean of the running test application. */
    public static DueJobs current() {
        return Arc.container().instance(DueJobs.class).get();
    }

    /** Decides every notification due now, then sends every mail due now. */
    public void runNow() {
        Set<UUID> failed = new HashSet<>(); // those that fail stay due: left out, so this ends
        DecidedSlice slice;
        do {
            slice = decide.decideDue(SLICE, failed);
            failed.addAll(slice.failed());
        } while (slice.claimed() > 0);
        while (send.sendNextDue()) {
            // one mail per call; a failed one is due again only later, so this ends
        }
    }
}
