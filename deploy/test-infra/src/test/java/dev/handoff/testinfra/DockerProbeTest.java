package dev.handoff.testinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Testcontainers is only asked where an engine could listen (it logs errors at length otherwise). */
class DockerProbeTest {

    @TempDir
    Path home;

    @Test
    void nothingConfiguredMeansNoEngine() {
        assertThat(DockerProbe.anEngineMayListen(Map.of("XDG_RUNTIME_DIR", home.toString()), home))
                .isFalse();
    }

    @Test
    void dockerHostOrATestcontainersConfigurationMayNameOne() throws IOException {
        assertThat(DockerProbe.anEngineMayListen(Map.of("DOCKER_HOST", "tcp://build:2375"), home))
                .isTrue();

        Files.writeString(home.resolve(".testcontainers.properties"), "docker.host=tcp://build:2375\n");
        assertThat(DockerProbe.anEngineMayListen(Map.of(), home)).isTrue();
    }

    @Test
    void aRootlessSocketInTheRuntimeDirectoryCounts() throws IOException {
        Path runtime = Files.createDirectories(home.resolve("run"));
        Files.createFile(runtime.resolve("docker.sock"));

        assertThat(DockerProbe.anEngineMayListen(Map.of("XDG_RUNTIME_DIR", runtime.toString()), home))
                .isTrue();
    }

    @Test
    void aDockerDesktopSocketInTheHomeCounts() throws IOException {
        Files.createDirectories(home.resolve(".docker/run"));
        Files.createFile(home.resolve(".docker/run/docker.sock"));

        assertThat(DockerProbe.anEngineMayListen(Map.of(), home)).isTrue();
    }
}
