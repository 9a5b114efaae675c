package dev.handoff.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts per case class and the cases that broke the contract, as the Markdown table docs/api-errors.md shows.
 * Safe to fill from several threads.
 */
final class HostileReport {
    private static final int LISTED_FAILURES = 60;

    /** One case that broke a rule. */
    record Failure(String caseClass, String where, String request, String outcome, List<String> broken) {}

    private final Map<String, int[]> counts = new TreeMap<>();
    private final List<Failure> failures = new ArrayList<>();

    /** Counts a case; {@code broken} empty means it kept the contract. */
    synchronized void record(String caseClass, String where, String request, String outcome, List<String> broken) {
        int[] count = counts.computeIfAbsent(caseClass, c -> new int[2]);
        count[0]++;
        if (!broken.isEmpty()) {
            count[1]++;
            failures.add(new Failure(caseClass, where, request, outcome, List.copyOf(broken)));
        }
    }

    synchronized List<Failure> failures() {
        return List.copyOf(failures);
    }

    synchronized Map<String, int[]> counts() {
        return new TreeMap<>(counts);
    }

    synchronized int total() {
        return counts.values().stream().mapToInt(c -> c[0]).sum();
    }

    /** The report as Markdown: the run, the table of classes, then the first {@code listed} failed cases. */
    synchronized String markdown(String run, Duration took, int listed) {
        StringBuilder md = new StringBuilder("| class | cases | kept the contract | failed |\n|---|---:|---:|---:|\n");
        int cases = 0;
        int failed = 0;
        for (Map.Entry<String, int[]> row : counts.entrySet()) {
            int[] count = row.getValue();
            md.append("| `")
                    .append(row.getKey())
                    .append("` | ")
                    .append(count[0])
                    .append(" | ")
                    .append(count[0] - count[1])
                    .append(" | ")
                    .append(count[1])
                    .append(" |\n");
            cases += count[0];
            failed += count[1];
        }
        md.append("| **all** | **")
                .append(cases)
                .append("** | **")
                .append(cases - failed)
                .append("** | **")
                .append(failed)
                .append("** |\n\n");
        md.insert(0, run + ", " + took.toSeconds() + " s of cases\n\n");
        if (failures.isEmpty()) {
            md.append("No case failed.\n");
        } else {
            md.append("Failed cases")
                    .append(failures.size() > listed ? " (the first " + listed + ")" : "")
                    .append(":\n\n| class | where | request | answer | broken |\n|---|---|---|---|---|\n");
            failures.stream()
                    .limit(listed)
                    .forEach(f -> md.append("| `")
                            .append(f.caseClass())
                            .append("` | ")
                            .append(cell(f.where()))
                            .append(" | ")
                            .append(cell(f.request()))
                            .append(" | ")
                            .append(cell(f.outcome()))
                            .append(" | ")
                            .append(cell(String.join("; ", f.broken())))
                            .append(" |\n"));
        }
        return md.toString();
    }

    /** The report for a console: at most 60 failed cases. */
    String markdown(String run, Duration took) {
        return markdown(run, took, LISTED_FAILURES);
    }

    /** Writes {@link #markdown} with every failed case to {@code file}. */
    void write(Path file, String run, Duration took) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "# Hostile-input suite: counts\n\n" + markdown(run, took, Integer.MAX_VALUE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(String text) {
        String flat = text.replace("|", "\\|").replace("\n", " ").replace("\r", " ");
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "...";
    }
}
