package dev.handoff.images;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Opens every image tarball this module built (the default build makes analytics-service's, {@code -Pimages} all
 * five) and checks what a platform team relies on: how it starts, as whom, on which port, what it says it is,
 * and that nothing in it carries a build time or can be changed by the user it runs as.
 */
class ImageTarballIT {
    static final Path IMAGES = Path.of(System.getProperty("images.dir", "target/images"));
    static final Path PROJECT_ROOT = Path.of(System.getProperty("images.projectRoot", "../.."));
    static final String UID = System.getProperty("images.uid", "10001");
    static final String VERSION = System.getProperty("images.version", "0.1.0-SNAPSHOT");

    static Stream<String> builtImages() throws IOException {
        try (Stream<Path> files = Files.list(IMAGES)) {
            List<String> names = new ArrayList<>();
            files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".tar"))
                    .forEach(n -> names.add(n.substring(0, n.length() - ".tar".length())));
            return names.stream().sorted();
        }
    }

    @Test
    void theDefaultBuildMakesAtLeastTheAnalyticsServiceImage() throws IOException {
        assertThat(builtImages()).contains("analytics-service");
    }

    @ParameterizedTest
    @MethodSource("builtImages")
    void startsTheServiceAsAnUnprivilegedUserOnItsPort(String service) throws IOException {
        JsonNode config = OciImage.open(IMAGES.resolve(service + ".tar")).config.path("config");

        assertThat(texts(config.path("Entrypoint")))
                .startsWith("/opt/java/bin/java")
                .endsWith("-jar", "/deployments/quarkus-run.jar")
                .contains("-XX:MaxRAMPercentage=50", "-XX:+ExitOnOutOfMemoryError");
        assertThat(config.path("User").asText()).isEqualTo(UID + ":" + UID).doesNotStartWith("0");
        assertThat(fieldNames(config.path("ExposedPorts"))).containsExactly(httpPort(service) + "/tcp");
        assertThat(config.path("Labels").path("org.opencontainers.image.title").asText())
                .isEqualTo(service);
        assertThat(config.path("Labels")
                        .path("org.opencontainers.image.version")
                        .asText())
                .isEqualTo(VERSION);
        assertThat(config.path("Labels").path("dev.handoff.base.java-version").asText())
                .isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("builtImages")
    void carriesNoBuildTimeAndNothingTheServiceCouldChange(String service) throws IOException {
        OciImage image = OciImage.open(IMAGES.resolve(service + ".tar"));

        assertThat(image.config.path("created").asText()).isEqualTo("1970-01-01T00:00:00Z");
        image.config
                .path("history")
                .forEach(h -> assertThat(h.path("created").asText()).isEqualTo("1970-01-01T00:00:00Z"));
        List<OciImage.LayerEntry> entries = image.entries();
        assertThat(entries)
                .extracting(OciImage.LayerEntry::path)
                .contains("/deployments/quarkus-run.jar", "/opt/java/bin/java", "/etc/passwd")
                .doesNotContain("/bin/sh", "/usr/bin/sh", "/bin/bash");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.modifiedMillis()).as("time stamp of %s", e.path()).isLessThanOrEqualTo(1000);
            assertThat(e.uid()).as("owner of %s", e.path()).isZero();
            assertThat(e.link()).as("%s is a link", e.path()).isFalse();
            if (!e.path().equals("/tmp/")) {
                assertThat(e.mode() & 0022)
                        .as("group/other write bits of %s", e.path())
                        .isZero();
            }
        });
    }

    private static String httpPort(String service) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(
                PROJECT_ROOT.resolve(service).resolve("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        return properties.getProperty("quarkus.http.port");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
