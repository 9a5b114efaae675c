package dev.handoff.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A copy of deploy/k8s with one deliberate mistake must fail with that mistake named: proof that each check of
 * {@link K8sManifestsIT} can fail, and that the real files pass because they are right.
 */
class BrokenCopyIT {
    private static CrdSchemas crds;

    @TempDir
    Path copy;

    @BeforeAll
    static void loadSchemas() throws IOException {
        crds = CrdSchemas.load(System.getProperty("k8s.crds"), Manifests.K8S);
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                mistake(
                        "a misspelt field of a Deployment", "base/services/analytics-service/generated.yaml",
                        "imagePullPolicy: IfNotPresent",
                                "imagePullPolicy: IfNotPresent\n          imagePulPolicy: Always",
                        "dev", "schema: Deployment/analytics-service .spec.template.spec.containers[0].imagePulPolicy"),
                mistake(
                        "a misspelt field of a KafkaTopic",
                        "base/kafka/topics.yaml",
                        "partitions: 12",
                        "partition: 12",
                        "dev",
                        "schema: KafkaTopic/handoff-requests-v1 /spec: property 'partition'"),
                mistake(
                        "a wrong type in a CloudNativePG Cluster",
                        "base/postgres/cluster.yaml",
                        "instances: 3",
                        "instances: three",
                        "production",
                        "schema: Cluster/handoff-db /spec/instances"),
                mistake(
                        "a kind no CRD defines",
                        "base/kafka/kafka.yaml",
                        "kind: KafkaNodePool",
                        "kind: KafkaNodePools",
                        "dev",
                        "schema: kafka.strimzi.io/v1 KafkaNodePools/nodes is neither a Kubernetes kind"),
                mistake(
                        "a container without a memory limit",
                        "base/components/hardening/deployment.yaml",
                        "limits: {memory: 512Mi}",
                        "limits: {}",
                        "dev",
                        "limits: Deployment/routing-service container"),
                mistake(
                        "an image without a version", "overlays/dev/kustomization.yaml",
                        "{name: handoff/routing-service, newTag: 0.1.0-SNAPSHOT}",
                                "{name: handoff/routing-service, newTag: latest}",
                        "dev", "no-latest: Deployment/routing-service"),
                mistake(
                        "a writable root file system",
                        "base/components/hardening/deployment.yaml",
                        "readOnlyRootFilesystem: true",
                        "readOnlyRootFilesystem: false",
                        "dev",
                        "non-root: Deployment/agent-service container agent-service has a writable root"),
                mistake(
                        "a container without a readiness probe",
                        "base/components/hardening/deployment.yaml",
                        "- op: add\n  path: /spec/revisionHistoryLimit",
                        "- {op: remove, path: /spec/template/spec/containers/0/readinessProbe}\n- op: add\n  path: /spec/revisionHistoryLimit",
                        "dev",
                        "probes: Deployment/handoff-service"),
                mistake(
                        "a Service that selects no pods", "base/services/analytics-service/generated.yaml",
                        "  selector:\n    app.kubernetes.io/name: analytics-service",
                                "  selector:\n    app.kubernetes.io/name: analytics",
                        "dev", "service-selects: Service/analytics-service"),
                mistake(
                        "a route to a Service that does not exist",
                        "base/gateway/routes.yaml",
                        "- name: analytics-service\n      port: 80",
                        "- name: analytic-service\n      port: 80",
                        "production",
                        "route-backends: HTTPRoute/analytics-service sends to analytic-service:80"),
                mistake(
                        "a topic a service uses without a KafkaTopic",
                        "base/kafka/topics.yaml",
                        "topicName: chat.signals.v1",
                        "topicName: chat.signal.v1",
                        "dev",
                        "kafka-topics: agent-service uses topic chat.signals.v1"),
                mistake(
                        "a topic a service publishes to without a Write ACL",
                        "base/kafka/users.yaml",
                        "      - {resource: {type: topic, name: handoff.requests.v1}, operations: [Write]}\n",
                        "",
                        "dev",
                        "kafka-acls: KafkaUser handoff-service may not Write topic handoff.requests.v1"),
                mistake(
                        "a dead-letter topic without a Write ACL",
                        "base/kafka/users.yaml",
                        "      - {resource: {type: topic, name: dead-letter-topic-presence}, operations: [Write]}\n",
                        "",
                        "dev",
                        "kafka-acls: KafkaUser handoff-service may not Write topic dead-letter-topic-presence"),
                mistake(
                        "a Secret inlined in production", "overlays/production/kustomization.yaml",
                        "patches:\n",
                                "secretGenerator:\n  - {name: handoff-visitor-token, literals: [secret=oops]}\npatches:\n",
                        "production", "production-secrets: Secret/handoff-visitor-token"),
                mistake(
                        "a Secret the runbook does not list",
                        "README.md",
                        "| `handoff-smtp` |",
                        "| handoff-smtp |",
                        "production",
                        "secrets: Deployment/notification-service reads Secret handoff-smtp"),
                mistake(
                        "two replicas in production", "overlays/production/spread.yaml",
                        "{op: replace, path: /spec/replicas, value: 3}",
                                "{op: replace, path: /spec/replicas, value: 2}",
                        "production", "production-replicas: Deployment/agent-service"));
    }

    private static Arguments mistake(
            String what, String file, String find, String replace, String overlay, String expected) {
        return Arguments.of(what, file, find, replace, overlay, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void isFound(String what, String file, String find, String replace, String overlay, String expected)
            throws Exception {
        copyTree(Manifests.K8S, copy);
        Path broken = copy.resolve(file);
        String content = Files.readString(broken);
        assertThat(content).as("the mistake's anchor in " + file).contains(find);
        Files.writeString(
                broken,
                content.replaceFirst(
                        java.util.regex.Pattern.quote(find), java.util.regex.Matcher.quoteReplacement(replace)));

        // Custom resources are checked against the operators' schemas only when those are there.
        boolean needsSchemas = expected.startsWith("schema:") && !expected.startsWith("schema: Deployment");
        List<String> problems = Manifests.problems(copy, overlay, needsSchemas ? CrdSchemas.require(crds) : crds);

        assertThat(problems).as(what).anySatisfy(p -> assertThat(p).contains(expected));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        for (String part : List.of("base", "overlays", "README.md")) {
            try (Stream<Path> files = Files.walk(from.resolve(part))) {
                for (Path file : files.toList()) {
                    Path target = to.resolve(from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }
}
