package dev.handoff.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The runbook's commands and tables name what the repository and the manifests really have. */
class RunbookIT {
    private static final Pattern REPO_PATH = Pattern.compile("deploy/[A-Za-z0-9_./-]+");
    private static final Pattern ALERT_ROW = Pattern.compile("(?m)^\\|\\s*`(Handoff[A-Za-z0-9]+)`\\s*\\|");
    private static final Pattern OVERLAY_FILE = Pattern.compile("`((?:base|overlays)/[A-Za-z0-9_./-]+)`");

    @Test
    void everyPathItNamesExists() throws IOException {
        String readme = Files.readString(Manifests.K8S.resolve("README.md"));
        Set<String> missing = new TreeSet<>();
        Matcher m = REPO_PATH.matcher(readme);
        while (m.find()) {
            String path = m.group().replaceAll("[.]$", "");
            // build outputs and the fetched schemas appear only after a build or fetch-crds
            if (!path.contains("/target/")
                    && !path.contains("/crds")
                    && !Files.exists(Manifests.PROJECT_ROOT.resolve(path))) {
                missing.add(path);
            }
        }
        Matcher f = OVERLAY_FILE.matcher(readme);
        while (f.find()) {
            if (!Files.exists(Manifests.K8S.resolve(f.group(1)))) {
                missing.add(f.group(1));
            }
        }
        assertThat(missing).as("paths in deploy/k8s/README.md").isEmpty();
    }

    @Test
    void itsAlertTableListsExactlyTheAlertsThatExist() throws Exception {
        Set<String> documented = new TreeSet<>();
        Matcher m = ALERT_ROW.matcher(Files.readString(Manifests.K8S.resolve("README.md")));
        while (m.find()) {
            documented.add(m.group(1));
        }
        Set<String> defined = new TreeSet<>();
        List<JsonNode> objects = Kustomize.render(Manifests.K8S.resolve("overlays/production"));
        for (JsonNode rule : Policies.ofKind(objects, "PrometheusRule", r -> true)) {
            rule.findValues("alert").forEach(a -> defined.add(a.asText()));
        }
        assertThat(documented).isEqualTo(defined).isNotEmpty();
    }
}
