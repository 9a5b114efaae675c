package dev.handoff.agent.application.port.out;

import java.util.function.Consumer;
import java.util.function.Function;

/** An out-port's contract suite, run against the in-memory fake and the PostgreSQL adapter (decision 0077). */
public abstract class PortContract<P> {
    /** Runs one unit of work with the port: in its own transaction where the port is transactional. */
    protected abstract <T> T inTransaction(Function<P, T> work);

    /** A unit of work that answers nothing. */
    protected final void run(Consumer<P> work) {
        inTransaction(port -> {
            work.accept(port);
            return null;
        });
    }
}
