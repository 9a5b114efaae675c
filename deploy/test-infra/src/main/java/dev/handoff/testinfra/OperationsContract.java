package dev.handoff.testinfra;

import static dev.handoff.testinfra.ErrorContract.assertProblem;
import static dev.handoff.testinfra.ErrorContract.assertSecurityHeaders;
import static dev.handoff.testinfra.ErrorContract.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * What every service offers a platform team: readiness that covers the database but not Kafka (a broker
 * outage must not take every replica out of rotation, decision 0016), the broker on the wellness checks,
 * liveness, Prometheus metrics and an OpenAPI document; and the HTTP side of the error contract
 * (docs/api-errors.md) that shared-runtime applies before any handler. A service's test extends it as a
 * @QuarkusTest.
 */
public abstract class OperationsContract {
    private static final String LOCAL_ISSUER = "http://localhost:8180/realms/handoff";
    /** A path the service's OpenAPI document must describe. */
    protected abstract String documentedPath();

    /** {@code PUT /path} or {@code POST /path} of an operation that takes a JSON body. */
    protected abstract String bodyOperation();

    @Test
    void readinessCoversTheDatabaseButNotKafka() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", not(hasItems("Kafka connection health check", "Kafka broker")));
    }

    @Test
    void theBrokerIsOnTheWellnessChecks() {
        given().get("/q/health/well")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Kafka broker"));
    }

    @Test
    void livenessIsUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void prometheusMetricsAreExposed() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        given().get("/q/openapi?format=json").then().statusCode(200).body(containsString(documentedPath()));
    }

    /** Every JSON request body comes with an example a client can start from, and the example fits its schema. */
    @Test
    void everyRequestBodyHasAnExampleThatFitsIt() {
        assertThat(DocumentedExamples.broken(servedDocument())).isEmpty();
    }

    /** A client can rely on the document for every refusal: its problem body and the statuses it may get. */
    @Test
    void everyErrorAnswerIsDocumentedAsAProblem() {
        assertThat(DocumentedProblems.broken(servedDocument())).isEmpty();
    }

    /** A client generated from the document (the console's types) can rely on what each success carries. */
    @Test
    void everySuccessfulAnswerSaysWhatItCarries() {
        assertThat(DocumentedSuccesses.broken(servedDocument())).isEmpty();
    }

    /**
     * docs/api holds each service's OpenAPI document for readers and client generators; it must be the one served.
     * {@code -Dopenapi.regenerate} writes it again (README, "API documents").
     */
    @Test
    void theOpenApiDocumentOnRecordIsTheServedOne() throws IOException {
        // A test's token issuer listens on a random port: the record names the local stack's realm instead.
        String served = given().get("/q/openapi?format=yaml")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .replaceAll(
                        "openIdConnectUrl: \\S+",
                        "openIdConnectUrl: " + LOCAL_ISSUER + "/.well-known/openid-configuration");
        String service = ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
        Path onRecord = Path.of("..", "docs", "api", service + ".yaml");
        if (Boolean.getBoolean("openapi.regenerate")) {
            Files.createDirectories(onRecord.getParent());
            Files.writeString(onRecord, served);
        }
        assertThat(onRecord)
                .as(
                        "docs/api/%s.yaml is not the served document: run ./mvnw verify -pl %s "
                                + "-Dtest='*Operations*' -Dopenapi.regenerate and commit it",
                        service, service)
                .exists();
        assertThat(Files.readString(onRecord))
                .as(
                        "docs/api/%s.yaml is stale: run ./mvnw verify -pl %s "
                                + "-Dtest='*Operations*' -Dopenapi.regenerate and commit it",
                        service, service)
                .isEqualTo(served);
    }

    @Test
    void anUnknownPathIsAProblemNotAPage() {
        assertProblem(send("GET", "/nope/" + System.nanoTime(), Map.of(), null), 404, "not-found");
        assertProblem(send("DELETE", "/q/nope", Map.of(), null), 404, "not-found");
    }

    @Test
    void traceAndUnusedMethodsAre405WithAllowAndEchoNothing() {
        String path = concrete(documentedPath());
        for (String method : new String[] {"TRACE", "PATCH", "FOO"}) {
            RawHttp.Response response = send(method, path, Map.of("Authorization", "Bearer do-not-echo"), null);
            assertProblem(response, 405, "method-not-allowed");
            assertThat(response.header("allow")).isNotBlank().doesNotContain(method);
            assertThat(response.text()).doesNotContain("do-not-echo");
        }
        RawHttp.Response post = send("POST", "/q/health/ready", Map.of(), "{}");
        assertProblem(post, 405, "method-not-allowed");
        assertThat(post.header("allow")).isEqualTo("GET, HEAD");
    }

    @Test
    void malformedRequestTargetsAreProblems() {
        assertProblem(send("GET", concrete(documentedPath()) + ";jsessionid=1", Map.of(), null), 400, "bad-request");
        assertProblem(send("GET", "/api/v1/%zz", Map.of(), null), 400, "bad-request");
        assertProblem(send("GET", "/api/v1/a%00b", Map.of(), null), 400, "bad-request");
        assertProblem(send("GET", "/api/v1/..%2f..%2fq%2fmetrics", Map.of(), null), 400, "bad-request");
        assertProblem(send("GET", "/api/v1/" + "a".repeat(9000), Map.of(), null), 414, "uri-too-long");
    }

    @Test
    void bodiesAreRefusedBeforeTheyAreReadWhenTheirShapeIsWrong() {
        String[] operation = bodyOperation().split(" ");
        String path = concrete(operation[1]);
        assertProblem(
                send(
                        operation[0],
                        path,
                        Map.of("Content-Type", "application/json", "Content-Length", String.valueOf(11L << 20)),
                        "{}"),
                413,
                "payload-too-large");
        assertProblem(
                send(
                        operation[0],
                        path,
                        Map.of("Content-Type", "application/json", "Transfer-Encoding", "chunked"),
                        "2\r\n{}\r\n0\r\n\r\n"),
                411,
                "length-required");
        assertProblem(
                send(operation[0], path, Map.of("Content-Type", "text/plain"), "{}"), 415, "unsupported-media-type");
        assertProblem(send(operation[0], path, Map.of(), "{}"), 415, "unsupported-media-type");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        RawHttp.Response live = send("GET", "/q/health/live", Map.of(), null);
        assertThat(live.status()).isEqualTo(200);
        assertSecurityHeaders(live);
        assertThat(live.header("content-security-policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(live.header("strict-transport-security"))
                .as("plain HTTP: no HSTS")
                .isNull();
    }

    /** {@code path} with every {@code {parameter}} filled with a valid id. */
    private static String concrete(String path) {
        return path.replaceAll("\\{[^}]+}", "x1");
    }

    private static String servedDocument() {
        return given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }
}
