package dev.handoff.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a run ran: cores, the load average (1, 5, 15 min) before and after, Java, the commit. */
public record Machine(int cores, String loadBefore, String loadAfter, String java, String commit) {

    /** The first three fields of {@code /proc/loadavg}. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII)
                    .trim()
                    .split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    static Machine of(String loadBefore, Path projectRoot) {
        return new Machine(
                Runtime.getRuntime().availableProcessors(),
                loadBefore,
                loadAverage(),
                System.getProperty("java.version"),
                commit(projectRoot));
    }

    private static String commit(Path root) {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD")
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return git.waitFor() == 0 ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
