package dev.handoff.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The fields of one {@code /proc/<pid>/stat} the benchmark uses (proc(5)). */
record ProcStat(long pid, long parent, long session, long cpuTicks, long startTime, long residentPages) {

    /** Parses a stat line; the command name may hold spaces and parentheses, so fields count from the last ')'. */
    static ProcStat parse(long pid, String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        // f[0] is field 3 (state): ppid is field 4, session 6, utime..cstime 14..17, starttime 22, rss 24.
        long cpu = Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
        return new ProcStat(
                pid, Long.parseLong(f[1]), Long.parseLong(f[3]), cpu, Long.parseLong(f[19]), Long.parseLong(f[21]));
    }

    static Optional<ProcStat> read(long pid) {
        try {
            return Optional.of(parse(
                    pid, Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // gone meanwhile
        }
    }

    /** Every process there is now. */
    static List<ProcStat> all() {
        List<ProcStat> all = new ArrayList<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            entries.map(p -> p.getFileName().toString())
                    .filter(n -> n.chars().allMatch(Character::isDigit))
                    .forEach(n -> read(Long.parseLong(n)).ifPresent(all::add));
        } catch (IOException e) {
            throw new IllegalStateException("cannot list /proc", e);
        }
        return all;
    }

    /** USER_HZ, the unit of the times in stat (100 on every usual Linux). */
    static long ticksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            return getconf.waitFor() == 0 ? Long.parseLong(out) : 100;
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
