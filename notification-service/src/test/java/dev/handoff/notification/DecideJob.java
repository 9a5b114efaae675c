package dev.handoff.notification;

import io.quarkus.arc.Arc;
import io.quarkus.scheduler.Scheduler;

/**
 * The service's own job that decides due timers, paused so that a test's own calls decide what the test makes due. A
 * run already under way finishes; nothing the test makes due is due before the test moves the clock.
 */
public final class DecideJob {
    private static final String JOB = "decide-due-notifications";

    private DecideJob() {}

    public static void pause() {
        scheduler().pause(JOB);
    }

    public static void resume() {
        scheduler().resume(JOB);
    }

    private static Scheduler scheduler() {
        return Arc.container().instance(Scheduler.class).get();
    }
}
