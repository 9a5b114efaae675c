package dev.handoff.images;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the services' base image without a daemon or a registry: a Java runtime linked with jlink from the
 * build's JDK, the few shared libraries it loads (from the build machine, with their Debian packages named),
 * an unprivileged user and nothing else: no shell, no package manager.
 *
 * <p>Arguments: {@code <output.tar> <work-dir> <uid> <comma-separated modules> [jdk-home]}.
 */
public final class BaseImageMain {
    static final String USER_NAME = "handoff";
    static final String HOME = "/deployments";
    static final String JAVA_HOME = "/opt/java";

    private BaseImageMain() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            throw new IllegalArgumentException("usage: <output.tar> <work-dir> <uid> <modules> [jdk-home]");
        }
        Path output = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int uid = Integer.parseInt(args[2]);
        List<String> modules = Arrays.asList(args[3].split(","));
        Path jdk = Path.of(
                args.length > 4 && args[4] != null && !args[4].isBlank() ? args[4] : System.getProperty("java.home"));
        build(output, work, uid, modules, jdk);
    }

    static void build(Path output, Path work, int uid, List<String> modules, Path jdk) throws IOException {
        deleteTree(work);
        Files.createDirectories(work);
        Path jre = work.resolve("jre");
        JreLinker.link(jdk, modules, jre);
        Set<Path> libraries = NativeLibraries.of(jre);
        Map<Path, String> owners = DebianPackages.owners(libraries);

        ReproducibleLayer system = systemFiles(uid, owners);
        String systemDiffId = system.writeTo(work.resolve("system.tar.gz"));
        String jreDiffId = new ReproducibleLayer().tree(JAVA_HOME, jre).writeTo(work.resolve("jre.tar.gz"));

        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("org.opencontainers.image.title", "handoff-base");
        labels.put(
                "org.opencontainers.image.description",
                "jlinked Java runtime and the libraries it loads; no shell, no package manager");
        labels.put("dev.handoff.base.java-version", System.getProperty("java.runtime.version"));
        labels.put("dev.handoff.base.java-modules", String.join(",", modules));
        labels.put("dev.handoff.base.packages", String.join(", ", new TreeSet<>(owners.values())));
        Files.createDirectories(output.toAbsolutePath().getParent());
        new ImageArchive()
                .layer(work.resolve("system.tar.gz"), systemDiffId, "handoff base: user, system files, libraries")
                .layer(work.resolve("jre.tar.gz"), jreDiffId, "handoff base: jlink " + String.join(",", modules))
                .config("User", uid + ":" + uid)
                .config("WorkingDir", HOME)
                .config(
                        "Env",
                        List.of("PATH=" + JAVA_HOME + "/bin:/usr/bin:/bin", "JAVA_HOME=" + JAVA_HOME, "LANG=C.UTF-8"))
                .config("Labels", labels)
                .writeTo(output, "handoff-base:local");
        System.out.printf(
                "base image %s: java %s, %d libraries from %s%n",
                output, System.getProperty("java.runtime.version"), libraries.size(), new TreeSet<>(owners.values()));
    }

    /** /etc for an unprivileged user, a world-writable /tmp (a volume in Kubernetes), the libraries. */
    private static ReproducibleLayer systemFiles(int uid, Map<Path, String> owners) {
        ReproducibleLayer layer = new ReproducibleLayer()
                .file(
                        "/etc/passwd",
                        "root:x:0:0:root:/root:/sbin/nologin\n" + USER_NAME + ":x:" + uid + ":" + uid + ":" + USER_NAME
                                + ":" + HOME + ":/sbin/nologin\n",
                        0644)
                .file("/etc/group", "root:x:0:\n" + USER_NAME + ":x:" + uid + ":\n", 0644)
                .file("/etc/nsswitch.conf", "passwd: files\ngroup: files\nhosts: files dns\n", 0644)
                .directory("/tmp", 01777)
                .directory(HOME, 0755);
        List<String> listing = new ArrayList<>();
        Set<String> packages = new TreeSet<>();
        for (Map.Entry<Path, String> library : owners.entrySet()) {
            layer.copy(library.getKey().toString(), library.getKey(), 0755);
            listing.add(library.getKey() + " " + library.getValue());
            DebianPackages.name(library.getValue()).ifPresent(packages::add);
        }
        for (String pkg : packages) {
            Path copyright = Path.of("/usr/share/doc", pkg, "copyright");
            if (Files.isRegularFile(copyright)) {
                layer.copy(copyright.toString(), copyright, 0644);
            }
        }
        layer.file("/usr/share/doc/handoff-base/libraries.txt", String.join("\n", listing) + "\n", 0644);
        return layer;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
