package dev.handoff.notification;

import dev.handoff.testinfra.MutableClock;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Every {@code @QuarkusTest} of this module runs on a clock the tests move: a timer fires when a test advances the
 * clock past it, never because a test slept. It replaces shared-runtime's default {@code Clock}.
 */
public class TestClock {
    @Produces
    @Singleton
    MutableClock clock() {
        // Whole milliseconds: what the database stores (microseconds) then reads back unchanged.
        return new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }
}
