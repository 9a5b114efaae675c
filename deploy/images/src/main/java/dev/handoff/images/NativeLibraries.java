package dev.handoff.images;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shared libraries of the build machine that a linked runtime's executables and libraries load. */
final class NativeLibraries {
    // "libz.so.1 => /lib/x86_64-linux-gnu/libz.so.1 (0x...)" or the loader: "/lib64/ld-linux-x86-64.so.2 (0x...)"
    private static final Pattern RESOLVED =
            Pattern.compile("^\\s*(?:\\S+\\s+=>\\s+)?(/\\S+)\\s+\\(0x[0-9a-f]+\\)\\s*$");
    private static final Pattern MISSING = Pattern.compile("^\\s*(\\S+)\\s+=>\\s+not found\\s*$");

    private NativeLibraries() {}

    /**
     * @param runtime a linked runtime; its own libraries are not listed
     * @return absolute paths on this machine, sorted
     * @throws IOException when ldd is missing or a library cannot be found
     */
    static Set<Path> of(Path runtime) throws IOException {
        Set<Path> libraries = new TreeSet<>();
        List<Path> elves = elfFiles(runtime);
        // The runtime's own libraries (libjvm.so in lib/server) are found by the JVM, not by the loader's path.
        Set<String> own = new TreeSet<>();
        elves.forEach(elf -> own.add(elf.getFileName().toString()));
        for (Path elf : elves) {
            libraries.addAll(parse(ldd(elf), elf, own));
        }
        libraries.removeIf(library -> library.normalize().startsWith(runtime.normalize()));
        return libraries;
    }

    /** Reads ldd's output; a library it cannot find, and the runtime lacks, fails the build, not the container. */
    static List<Path> parse(String lddOutput, Path of, Set<String> providedByRuntime) throws IOException {
        List<Path> paths = new ArrayList<>();
        for (String line : lddOutput.split("\n")) {
            Matcher missing = MISSING.matcher(line);
            if (missing.matches() && !providedByRuntime.contains(missing.group(1))) {
                throw new IOException(of + " needs " + missing.group(1) + ", which this machine does not have");
            }
            Matcher resolved = RESOLVED.matcher(line);
            if (resolved.matches()) {
                paths.add(Path.of(resolved.group(1)).normalize());
            }
        }
        return paths;
    }

    private static List<Path> elfFiles(Path runtime) throws IOException {
        List<Path> elves = new ArrayList<>();
        try (var files = Files.walk(runtime)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file) && isElf(file)) {
                    elves.add(file);
                }
            }
        }
        return elves;
    }

    private static boolean isElf(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 0x7f && magic[1] == 'E' && magic[2] == 'L' && magic[3] == 'F';
        }
    }

    private static String ldd(Path elf) throws IOException {
        Process process = new ProcessBuilder("ldd", elf.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("ldd " + elf + " did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running ldd", e);
        }
        return output;
    }
}
