package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.out.ChatChangesPort;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.testinfra.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Chat changes in memory for use-case tests: what was announced, and a scripted wait. A wait returns at once when its
 * chat was announced since the watch started or the last change was seen; otherwise, without a script, it sees no
 * change and moves the clock by its whole timeout, as a real wait that nobody wakes would.
 */
final class InMemoryChatChanges implements ChatChangesPort {
    final List<ConversationId> announced = new ArrayList<>();
    private final MutableClock clock;
    private final List<ScriptedWatch> watching = new ArrayList<>();
    private Runnable whileWaiting;
    int watchesLeft = Integer.MAX_VALUE;
    int open;
    int waits;

    InMemoryChatChanges(MutableClock clock) {
        this.clock = clock;
    }

    /** What happens, once, during the next wait (it then counts as woken by a change). */
    void duringTheNextWait(Runnable event) {
        this.whileWaiting = event;
    }

    @Override
    public void announce(ConversationId id) {
        announced.add(id);
        watching.stream().filter(w -> w.id.equals(id)).forEach(w -> w.changed = true);
    }

    @Override
    public Optional<Watch> watch(ConversationId id) {
        if (watchesLeft == 0) {
            return Optional.empty();
        }
        watchesLeft--;
        open++;
        ScriptedWatch watch = new ScriptedWatch(id);
        watching.add(watch);
        return Optional.of(watch);
    }

    @Override
    public Watch follow(ConversationId id) {
        ScriptedWatch watch = new ScriptedWatch(id, false);
        watching.add(watch);
        return watch;
    }

    private final class ScriptedWatch implements Watch {
        private final ConversationId id;
        private final boolean counted;
        private boolean changed;

        ScriptedWatch(ConversationId id) {
            this(id, true);
        }

        ScriptedWatch(ConversationId id, boolean counted) {
            this.id = id;
            this.counted = counted;
        }

        @Override
        public boolean awaitChange(Duration timeout) {
            waits++;
            Runnable event = whileWaiting;
            whileWaiting = null;
            if (event != null) {
                clock.advance(timeout.dividedBy(10));
                event.run();
                changed = false;
                return true;
            }
            if (changed) {
                changed = false;
                return true;
            }
            clock.advance(timeout);
            return false;
        }

        @Override
        public void close() {
            if (watching.remove(this) && counted) {
                open--;
            }
        }
    }
}
