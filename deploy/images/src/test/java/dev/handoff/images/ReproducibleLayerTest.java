package dev.handoff.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReproducibleLayerTest {
    @TempDir
    Path dir;

    @Test
    void theSameFilesGiveTheSameBytesWhateverTheirTimesAndTheOrderTheyWereAddedIn() throws IOException {
        Path tree = Files.createDirectories(dir.resolve("tree/lib"));
        Files.writeString(tree.resolve("a.so"), "a");
        Files.writeString(tree.resolve("b.txt"), "b");

        String first = new ReproducibleLayer()
                .file("/etc/passwd", "root", 0644)
                .tree("/opt/x", dir.resolve("tree"))
                .writeTo(dir.resolve("one.tar.gz"));
        Files.setLastModifiedTime(tree.resolve("a.so"), FileTime.fromMillis(System.currentTimeMillis() + 86_400_000));
        String second = new ReproducibleLayer()
                .tree("/opt/x", dir.resolve("tree"))
                .file("/etc/passwd", "root", 0644)
                .writeTo(dir.resolve("two.tar.gz"));

        assertThat(second).isEqualTo(first).startsWith("sha256:");
        assertThat(Files.readAllBytes(dir.resolve("two.tar.gz")))
                .isEqualTo(Files.readAllBytes(dir.resolve("one.tar.gz")));
    }

    @Test
    void refusesPathsThatAreNotAbsoluteAndNormalised() {
        assertThatThrownBy(() -> new ReproducibleLayer().file("etc/passwd", "", 0644))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReproducibleLayer().file("/opt/../etc/passwd", "", 0644))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lddOutputGivesTheLibrariesAndTheLoader() throws IOException {
        String ldd = """
                \tlinux-vdso.so.1 (0x00007ffd2b1f1000)
                \tlibz.so.1 => /lib/x86_64-linux-gnu/libz.so.1 (0x00007f3c1c2e0000)
                \tlibjvm.so => not found
                \t/lib64/ld-linux-x86-64.so.2 (0x00007f3c1c31b000)
                """;
        List<Path> libraries = NativeLibraries.parse(ldd, Path.of("libmanagement.so"), Set.of("libjvm.so"));

        assertThat(libraries)
                .containsExactly(Path.of("/lib/x86_64-linux-gnu/libz.so.1"), Path.of("/lib64/ld-linux-x86-64.so.2"));
        assertThatThrownBy(() -> NativeLibraries.parse(ldd, Path.of("libmanagement.so"), Set.of()))
                .hasMessageContaining("needs libjvm.so");
    }
}
