package dev.handoff.testinfra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Checks of one answer against the error contract of docs/api-errors.md, for the services' own tests: a problem of
 * the given status and type, small, with no internal detail, and the security headers every answer carries.
 */
public final class ErrorContract {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorContract() {}

    /** The running @QuarkusTest application, for {@link RawHttp}. */
    public static URI application() {
        return URI.create(RestAssured.baseURI + ":" + RestAssured.port);
    }

    /** Sends a request exactly as given to the running application. */
    public static RawHttp.Response send(String method, String target, Map<String, String> headers, String body) {
        return RawHttp.send(
                application(), method, target, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    /** Asserts that {@code response} is a problem of {@code status} and {@code kind}, and returns it. */
    public static JsonNode assertProblem(RawHttp.Response response, int status, String kind) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.header("content-type")).startsWith("application/problem+json");
        assertThat(response.body().length).isLessThanOrEqualTo(4096);
        assertSecurityHeaders(response);
        JsonNode problem;
        try {
            problem = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(problem.path("type").asText()).isEqualTo("urn:handoff:problem:" + kind);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText())
                .isNotBlank()
                .doesNotContainPattern("java\\.|jakarta\\.|dev\\.handoff|Exception|Jackson|Hibernate|Vert\\.x|SQL");
        return problem;
    }

    /** {@code nosniff}, no referrer, no framing and a Content-Security-Policy. */
    public static void assertSecurityHeaders(RawHttp.Response response) {
        assertThat(response.header("x-content-type-options")).isEqualTo("nosniff");
        assertThat(response.header("referrer-policy")).isEqualTo("no-referrer");
        assertThat(response.header("x-frame-options")).isEqualTo("DENY");
        assertThat(response.header("content-security-policy")).contains("frame-ancestors 'none'");
    }
}
