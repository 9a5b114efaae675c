package dev.handoff.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.handoff.infra.LocalInfrastructure;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs analytics-service's image the way a container runtime with Kubernetes' restricted settings would, without
 * one: its layers unpacked, the root file system mounted read-only, a tmpfs on /tmp (the Deployments' emptyDir),
 * /proc and the usual /dev nodes, the image's own user and entrypoint, against a real Kafka, PostgreSQL and OIDC
 * issuer. It must become ready, run as that user, and stop on SIGTERM.
 */
class ImageRunIT {
    private static final String SERVICE = "analytics-service";
    // Mount points a runtime provides; they must exist as files in the read-only root.
    private static final List<String> DEVICES = List.of("null", "zero", "random", "urandom");
    private static final String MOUNT_AND_RUN = String.join(
            "\n",
            "set -e",
            "R=$1; shift",
            "mount --bind \"$R\" \"$R\"",
            "mount -o remount,bind,ro \"$R\"",
            "mount -t proc proc \"$R/proc\"",
            "mount -t tmpfs -o mode=1777,size=64m tmpfs \"$R/tmp\"",
            "for d in " + String.join(" ", DEVICES) + "; do mount --bind \"/dev/$d\" \"$R/dev/$d\"; done",
            "mount --bind /etc/hosts \"$R/etc/hosts\"",
            "exec chroot --userspec=" + ImageTarballIT.UID + ":" + ImageTarballIT.UID + " \"$R\" \"$@\"");

    private static final int port = freePort();
    private static LocalInfrastructure infra;
    private static OidcWiremockTestResource oidc;
    private static Process container;
    private static Path log;

    @BeforeAll
    static void runTheImage() throws IOException {
        assumeTrue(
                "root".equals(System.getProperty("user.name")) && onPath("unshare") && onPath("chroot"),
                "running an image without a container runtime needs root, unshare and chroot (CI has them)");
        Path root = Path.of("target/image-run/rootfs").toAbsolutePath();
        BaseImageMain.deleteTree(root);
        Files.createDirectories(root);
        OciImage image = OciImage.open(ImageTarballIT.IMAGES.resolve(SERVICE + ".tar"));
        image.unpack(root);
        Files.createDirectories(root.resolve("proc"));
        Files.createDirectories(root.resolve("dev"));
        for (String device : DEVICES) {
            Files.createFile(root.resolve("dev").resolve(device));
        }
        Files.createFile(root.resolve("etc/hosts"));

        infra = LocalInfrastructure.builder().smtp(false).start();
        oidc = new OidcWiremockTestResource();
        String keycloakUrl = oidc.start().get("keycloak.url");
        List<String> command = new ArrayList<>(List.of(
                "unshare",
                "--mount",
                "--pid",
                "--fork",
                "--propagation",
                "private",
                "/bin/sh",
                "-c",
                MOUNT_AND_RUN,
                "sh",
                root.toString()));
        image.config.path("config").path("Entrypoint").forEach(arg -> command.add(arg.asText()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        log = Path.of("target/image-run/" + SERVICE + ".log").toAbsolutePath();
        builder.redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.clear();
        image.config.path("config").path("Env").forEach(e -> {
            String[] kv = e.asText().split("=", 2);
            env.put(kv[0], kv[1]);
        });
        env.put("PATH", env.get("PATH") + ":/usr/sbin:/sbin"); // the host's mount, chroot and unshare
        // Kafka and the datasource, named as MicroProfile Config reads them from the environment.
        infra.quarkusConfig().forEach((key, value) -> env.put(key.toUpperCase().replaceAll("[^A-Z0-9]", "_"), value));
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloakUrl + "/realms/quarkus/");
        env.put("QUARKUS_OIDC_CLIENT_ID", "quarkus-service-app");
        // What the Deployments add from the container's memory limit.
        env.put("JDK_JAVA_OPTIONS", "-XX:MaxDirectMemorySize=64m");
        container = builder.start();
    }

    @AfterAll
    static void stop() throws IOException {
        if (container != null && container.isAlive()) {
            container.descendants().forEach(ProcessHandle::destroyForcibly);
            container.destroyForcibly();
        }
        if (oidc != null) {
            oidc.stop();
        }
        if (infra != null) {
            infra.close();
        }
    }

    @Test
    void becomesReadyAsItsOwnUserOnAReadOnlyRootAndStopsOnSigterm() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
        await("ready; log: " + log)
                .atMost(Duration.ofSeconds(150))
                .pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .failFast("the container exited; log: " + log, () -> !container.isAlive())
                .until(() ->
                        http.send(ready, HttpResponse.BodyHandlers.ofString()).statusCode() == 200);

        ProcessHandle java = javaProcess().orElseThrow();
        assertThat(Files.readAllLines(Path.of("/proc", java.pid() + "", "status")))
                .filteredOn(line -> line.startsWith("Uid:"))
                .singleElement()
                .asString()
                .matches("Uid:\\s+" + ImageTarballIT.UID + "\\s+" + ImageTarballIT.UID + ".*");
        String rootMount = Files.readAllLines(Path.of("/proc", java.pid() + "", "mountinfo")).stream()
                .filter(line -> line.split(" ")[4].equals("/"))
                .findFirst()
                .orElseThrow();
        assertThat(rootMount.split(" ")[5]).as("mount options of /").startsWith("ro");

        java.destroy(); // SIGTERM, as the kubelet sends after preStop
        await("exit after SIGTERM").atMost(Duration.ofSeconds(30)).until(() -> !container.isAlive());
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains("stopped in");
    }

    private static Optional<ProcessHandle> javaProcess() {
        return container
                .descendants()
                .filter(p -> p.info()
                        .commandLine()
                        .map(c -> c.contains("/deployments/quarkus-run.jar"))
                        .orElse(false))
                .findFirst();
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return Files.isExecutable(Path.of("/usr/sbin", tool)) || Files.isExecutable(Path.of("/usr/bin", tool));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
