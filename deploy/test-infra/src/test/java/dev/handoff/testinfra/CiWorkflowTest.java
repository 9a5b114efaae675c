package dev.handoff.testinfra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The public CI workflow runs the README's test command, on both kinds of infrastructure. */
class CiWorkflowTest {

    private static final Path ROOT =
            Path.of(System.getProperty("user.dir")).resolve("../..").normalize();

    @Test
    void theWorkflowIsYamlAndRunsTheReadmesTestCommandOnContainersAndEmbedded() throws IOException {
        JsonNode workflow = new ObjectMapper(new YAMLFactory())
                .readTree(ROOT.resolve(".github/workflows/ci.yml").toFile());
        JsonNode job = workflow.path("jobs").path("verify");

        List<String> runs = new ArrayList<>();
        job.path("steps").forEach(step -> runs.add(step.path("run").asText(null)));
        assertThat(runs).contains(readmeTestCommand());
        assertThat(job.path("env").path(InfrastructureChoice.ENVIRONMENT).asText())
                .isEqualTo("${{ matrix.infra }}");
        List<String> infras = new ArrayList<>();
        job.path("strategy").path("matrix").path("infra").forEach(v -> infras.add(v.asText()));
        assertThat(infras).containsExactlyInAnyOrder("containers", "embedded");
    }

    /** The second of "the two commands" in the README: the one that runs the tests. */
    private static String readmeTestCommand() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher command =
                Pattern.compile("(?m)^(\\./mvnw [^#\\n]*?)\\s+# all tests").matcher(readme);
        assertThat(command.find()).as("README names the test command").isTrue();
        return command.group(1).trim();
    }
}
