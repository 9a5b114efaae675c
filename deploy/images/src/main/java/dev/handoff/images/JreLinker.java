package dev.handoff.images;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.spi.ToolProvider;

/** Links the Java runtime the services need out of a JDK's jmods, with jlink, in this JVM. */
final class JreLinker {
    /**
     * Native libraries of java.desktop that only a display, sound, font rendering or image codecs load. The
     * services need java.desktop for java.beans alone; without these the image needs no X11, font or codec
     * libraries.
     */
    static final List<String> UNUSED_NATIVES = List.of(
            "libawt_xawt.so",
            "libjawt.so",
            "libjsound.so",
            "libsplashscreen.so",
            "libfontmanager.so",
            "libjavajpeg.so",
            "liblcms.so");

    private JreLinker() {}

    /**
     * @param jdk     the JDK whose {@code jmods} are linked
     * @param modules the modules to include (with what they require)
     * @param output  a directory that must not exist yet
     */
    static void link(Path jdk, List<String> modules, Path output) throws IOException {
        Path jmods = jdk.resolve("jmods");
        if (!Files.isDirectory(jmods)) {
            throw new IOException(jdk + " has no jmods folder; build with a JDK that has one (on Debian: the "
                    + "openjdk-17-jmods package), or set -Dimage.jdk to one");
        }
        ToolProvider jlink = ToolProvider.findFirst("jlink")
                .orElseThrow(() -> new IOException("this JVM has no jlink; run the build on a JDK"));
        StringWriter out = new StringWriter();
        PrintWriter writer = new PrintWriter(out);
        // No compression: the layer is gzipped anyway, and jlink's own zip would double the link time.
        int exit = jlink.run(
                writer,
                writer,
                "--module-path",
                jmods.toString(),
                "--add-modules",
                String.join(",", modules),
                "--strip-debug",
                "--no-header-files",
                "--no-man-pages",
                "--output",
                output.toString());
        writer.flush();
        if (exit != 0) {
            throw new IOException("jlink failed (" + exit + "): " + out);
        }
        for (String name : UNUSED_NATIVES) {
            Files.deleteIfExists(output.resolve("lib").resolve(name));
        }
    }
}
