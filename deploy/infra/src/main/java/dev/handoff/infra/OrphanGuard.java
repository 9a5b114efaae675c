package dev.handoff.infra;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.util.concurrent.TimeUnit;

/**
 * Stops a daemonised process (PostgreSQL detaches from us) when this JVM dies, even by SIGKILL.
 *
 * <p>A shell blocks reading a pipe whose only writer is this JVM; when the JVM is gone the read returns
 * and the shell signals the process. A normal {@link #close()} ends the shell first, so it signals nothing.
 */
final class OrphanGuard implements AutoCloseable {

    private final Process shell;

    private OrphanGuard(Process shell) {
        this.shell = shell;
    }

    /**
     * @param pid    the process to stop if this JVM dies
     * @param signal the signal name, e.g. INT for PostgreSQL's fast shutdown
     * @return the running guard
     * @throws IOException when no shell can be started
     */
    static OrphanGuard signalOnExit(long pid, String signal) throws IOException {
        Process shell = new ProcessBuilder("/bin/sh", "-c", "read -r _; kill -" + signal + " " + pid)
                .redirectOutput(Redirect.DISCARD)
                .redirectError(Redirect.DISCARD)
                .start();
        return new OrphanGuard(shell);
    }

    @Override
    public void close() {
        shell.destroy();
        try {
            shell.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
