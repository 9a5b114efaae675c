package dev.handoff.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The CPU time of every process of the local stack, read from {@code /proc/<pid>/stat}. A component is what
 * {@code ./handoff} records in {@code .handoff/run/NAME.pid} ("pid start-time"): it launches each in its own session,
 * so the component is every process of that session (the Kafka broker's JVM under its launcher, Keycloak's java under
 * kc.sh); PostgreSQL's postmaster is found through its {@code postmaster.pid}, and its backends, each in a session
 * of its own, as its children.
 */
public final class StackProcesses {
    private final Path stateDir;
    private final long ticksPerSecond;
    private static final long PAGE_BYTES = 4096;

    /** @param projectRoot the checkout whose {@code ./handoff up} runs the stack */
    public StackProcesses(Path projectRoot) {
        this.stateDir = projectRoot.resolve(".handoff");
        this.ticksPerSecond = ProcStat.ticksPerSecond();
    }

    /** CPU milliseconds (user and system, with reaped children) used so far, per component. */
    public Map<String, Long> cpuMillis() {
        Map<String, Long> millis = new TreeMap<>();
        processes()
                .forEach((name, ps) -> millis.put(
                        name, ps.stream().mapToLong(ProcStat::cpuTicks).sum() * 1000 / ticksPerSecond));
        return millis;
    }

    /**
     * Resident memory now, in MiB, per component (the sum over its processes: PostgreSQL's shared buffers count once
     * per backend that touched them, so its figure is an upper bound).
     */
    public Map<String, Long> residentMebibytes() {
        Map<String, Long> mib = new TreeMap<>();
        processes()
                .forEach((name, ps) -> mib.put(
                        name, ps.stream().mapToLong(ProcStat::residentPages).sum() * PAGE_BYTES / (1024 * 1024)));
        return mib;
    }

    private Map<String, List<ProcStat>> processes() {
        Map<String, Long> sessions = sessions();
        Map<String, List<ProcStat>> found = new TreeMap<>();
        if (sessions.isEmpty()) {
            return found; // no stack recorded here: nothing to measure
        }
        List<ProcStat> all = ProcStat.all();
        sessions.forEach((name, session) -> found.put(
                name,
                new ArrayList<>(all.stream().filter(p -> p.session() == session).toList())));
        long launcher = sessions.getOrDefault("postgresql", -1L); // already counted: not twice
        firstLine(stateDir.resolve("infra/postgres/postmaster.pid"))
                .map(Long::parseLong)
                .ifPresent(postmaster -> found.computeIfAbsent("postgresql", k -> new ArrayList<>())
                        .addAll(all.stream()
                                .filter(p -> p.session() != launcher)
                                .filter(p -> p.pid() == postmaster || p.parent() == postmaster)
                                .toList()));
        return found;
    }

    /** The Java virtual machines of each component ({@code /proc/<pid>/comm} is {@code java}), for profiling. */
    public Map<String, List<Long>> javaPids() {
        Map<String, List<Long>> jvms = new TreeMap<>();
        List<ProcStat> all = ProcStat.all();
        sessions().forEach((name, session) -> {
            List<Long> pids = all.stream()
                    .filter(p -> p.session() == session)
                    .map(ProcStat::pid)
                    .filter(pid -> firstLine(Path.of("/proc", Long.toString(pid), "comm"))
                            .orElse("")
                            .equals("java"))
                    .toList();
            if (!pids.isEmpty()) {
                jvms.put(name, pids);
            }
        });
        return jvms;
    }

    private Map<String, Long> sessions() {
        Map<String, Long> sessions = new TreeMap<>();
        try (Stream<Path> pidFiles = Files.list(stateDir.resolve("run"))) {
            pidFiles.filter(p -> p.getFileName().toString().endsWith(".pid"))
                    .forEach(p -> leader(p)
                            .ifPresent(pid ->
                                    sessions.put(p.getFileName().toString().replaceFirst("\\.pid$", ""), pid)));
        } catch (IOException e) {
            return Map.of(); // no stack recorded here
        }
        return sessions;
    }

    /** The recorded pid, if that process still runs (same start time: a reused pid is not the component). */
    private static Optional<Long> leader(Path pidFile) {
        Optional<String> line = firstLine(pidFile);
        if (line.isEmpty()) {
            return Optional.empty();
        }
        String[] fields = line.get().trim().split("\\s+");
        if (fields.length < 2) {
            return Optional.empty();
        }
        long pid = Long.parseLong(fields[0]);
        return ProcStat.read(pid)
                .filter(p -> Long.toString(p.startTime()).equals(fields[1]))
                .map(ProcStat::session);
    }

    private static Optional<String> firstLine(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
