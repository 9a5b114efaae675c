package dev.handoff.testinfra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.testcontainers.DockerClientFactory;

/**
 * Whether a Docker engine answers. Testcontainers is asked only where an engine could be: without a
 * socket, {@code DOCKER_HOST} or a Testcontainers configuration it would log a page of errors first.
 */
final class DockerProbe implements BooleanSupplier {

    @Override
    public boolean getAsBoolean() {
        if (!anEngineMayListen(System.getenv(), Path.of(System.getProperty("user.home", "/")))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** @return true when the environment names an engine or one of the usual sockets exists */
    static boolean anEngineMayListen(Map<String, String> env, Path home) {
        if (Optional.ofNullable(env.get("DOCKER_HOST"))
                        .filter(h -> !h.isBlank())
                        .isPresent()
                || Files.isRegularFile(home.resolve(".testcontainers.properties"))) {
            return true;
        }
        Stream<Path> runtimeSockets = Optional.ofNullable(env.get("XDG_RUNTIME_DIR")).stream()
                .map(Path::of)
                .flatMap(dir -> Stream.of(dir.resolve("docker.sock"), dir.resolve("podman/podman.sock")));
        Stream<Path> usual = List.of(
                Path.of("/var/run/docker.sock"),
                home.resolve(".docker/run/docker.sock"),
                home.resolve(".docker/desktop/docker.sock"))
                .stream();
        return Stream.concat(usual, runtimeSockets).anyMatch(Files::exists);
    }
}
