package dev.handoff.testinfra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Counts the Kafka broker JVMs this test JVM forked: sharing must keep it at one. */
final class KafkaForks {

    private KafkaForks() {}

    static long ofThisJvm() {
        return ProcessHandle.current().children().filter(KafkaForks::isBroker).count();
    }

    /** Reads /proc directly: ProcessHandle.Info truncates the broker's long command line. */
    private static boolean isBroker(ProcessHandle process) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline"))
                    .contains("dev.handoff.infra.KafkaForkMain");
        } catch (IOException e) {
            return false;
        }
    }
}
