package dev.handoff.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The overlays render, every object is valid for Kubernetes or for its operator's CRD, and the project's rules
 * hold; the files made from the services' own configuration are current.
 */
class K8sManifestsIT {
    private static CrdSchemas crds;

    @BeforeAll
    static void loadSchemas() throws IOException {
        crds = CrdSchemas.load(System.getProperty("k8s.crds"), Manifests.K8S);
    }

    @Test
    void theSchemasOfEveryOperatorAreThere() {
        // Strimzi 4, CloudNativePG 4, Gateway API 4 kinds (one version each here), Keycloak 2, Prometheus Operator 3
        assertThat(CrdSchemas.require(crds).size()).isGreaterThanOrEqualTo(17);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void anOverlayRendersAndItsCustomResourcesMatchTheOperatorsSchemas(String overlay) throws Exception {
        assertThat(Manifests.problems(Manifests.K8S, overlay, CrdSchemas.require(crds)))
                .isEmpty();
    }

    /** Runs without the CRDs too: Kubernetes' own kinds and the project's rules. */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void anOverlayBreaksNoRule(String overlay) throws Exception {
        assertThat(Manifests.problems(Manifests.K8S, overlay, null)).isEmpty();
    }

    /** Regenerate with -Dk8s.regenerate (after changing a service's config, the route table or the realm). */
    @Test
    void filesMadeFromTheProjectAreCurrent() throws IOException {
        Map<String, String> expected = GeneratedFiles.expected(Manifests.PROJECT_ROOT);
        boolean regenerate = Boolean.parseBoolean(System.getProperty("k8s.regenerate"));
        for (Map.Entry<String, String> file : expected.entrySet()) {
            Path path = Manifests.K8S.resolve(file.getKey());
            if (regenerate) {
                Files.writeString(path, file.getValue());
            }
            String actual = Files.exists(path) ? Files.readString(path) : "";
            String hint = file.getKey()
                    + " is out of date: ./mvnw verify -pl deploy/k8s -am -Dk8s.regenerate writes it again";
            if (file.getKey().endsWith("/generated.yaml")) {
                // quarkus-kubernetes does not keep the order of labels and variables from one build to the next.
                assertThat(GeneratedFiles.normalised(actual))
                        .as(hint)
                        .isEqualTo(GeneratedFiles.normalised(file.getValue()));
            } else {
                assertThat(actual).as(hint).isEqualTo(file.getValue());
            }
        }
    }
}
