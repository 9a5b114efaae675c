package dev.handoff.images;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Which Debian package (and version) each copied library comes from, so the image says what it contains and
 * carries those packages' copyright files. On a machine without dpkg the libraries are listed as of unknown origin.
 */
final class DebianPackages {
    private DebianPackages() {}

    /** @return library path to "package version", or "unknown" */
    static Map<Path, String> owners(Iterable<Path> libraries) {
        Map<Path, String> owners = new TreeMap<>();
        for (Path library : libraries) {
            owners.put(library, owner(library).orElse("unknown"));
        }
        return owners;
    }

    /** @return the package name alone, e.g. {@code libc6}, of a "package version" owner */
    static Optional<String> name(String owner) {
        return "unknown".equals(owner) ? Optional.empty() : Optional.of(owner.substring(0, owner.indexOf(' ')));
    }

    private static Optional<String> owner(Path library) {
        // With /lib a link to /usr/lib, dpkg knows a file under either name; the link target last.
        return ownerOf(library.toString()).or(() -> ownerOf("/usr" + library)).or(() -> ownerOf(realPath(library)));
    }

    private static String realPath(Path library) {
        try {
            return library.toRealPath().toString();
        } catch (IOException e) {
            return library.toString();
        }
    }

    private static Optional<String> ownerOf(String path) {
        // "libc6:amd64: /lib/x86_64-linux-gnu/libc.so.6"
        Optional<String> pkg = run("dpkg", "-S", path)
                .map(out -> out.lines().findFirst().orElse(""))
                .filter(line -> line.contains(": "))
                .map(line -> line.substring(0, line.indexOf(": ")));
        return pkg.flatMap(p -> run("dpkg-query", "-W", "-f=${Version}", p)
                .map(version -> p.replaceFirst(":.*", "") + " " + version.strip()));
    }

    private static Optional<String> run(String... command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return process.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
