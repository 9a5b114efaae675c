package dev.handoff.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A stopped or failing service gives a 502 problem body; a service's own 502 passes untouched. */
class UpstreamFailureTest {

  static StubbedStack down;
  static StubbedStack stubbed;

  @BeforeAll
  static void start() throws Exception {
    down = StubbedStack.withoutUpstreams();
    stubbed = StubbedStack.withStubs();
  }

  @AfterAll
  static void stop() throws Exception {
    down.close();
    stubbed.close();
  }

  @Test
  void answersAPlainRequestToAStoppedServiceWithABadGatewayProblem() throws Exception {
    HttpResponse<String> response = down.get("/api/v1/routing/config");

    assertThat(response.statusCode()).isEqualTo(502);
    assertThat(response.headers().firstValue("content-type")).hasValue("application/problem+json");
    assertBadGateway(new JsonObject(response.body()), "routing-service is not reachable");
    assertThat(down.log).anyMatch(line -> line.contains("/api/v1/routing/config -> routing-service"));
  }

  @Test
  void answersAWebSocketUpgradeToAStoppedServiceWithABadGatewayProblem() throws Exception {
    RequestOptions upgrade = new RequestOptions().setPort(down.gateway.port()).setHost("localhost").setURI("/ws/agent")
        .putHeader("connection", "Upgrade").putHeader("upgrade", "websocket")
        .putHeader("sec-websocket-key", "dGhlIHNhbXBsZSBub25jZQ==").putHeader("sec-websocket-version", "13");

    // The body is read in the same chain: a Vert.x response not read right away may drop its data.
    JsonObject statusAndBody = down.vertx.createHttpClient().request(upgrade).compose(HttpClientRequest::send)
        .compose(response -> response.body().map(body -> new JsonObject()
            .put("status", response.statusCode()).put("body", body.toJsonObject())))
        .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);

    assertThat(statusAndBody.getInteger("status")).isEqualTo(502);
    assertBadGateway(statusAndBody.getJsonObject("body"), "agent-service is not reachable");
  }

  @Test
  void answersAServiceThatHangsUpWithABadGatewayProblem() throws Exception {
    HttpResponse<String> response = stubbed.get("/api/v1/analytics/crash");

    assertThat(response.statusCode()).isEqualTo(502);
    assertThat(response.headers().firstValue("content-type")).hasValue("application/problem+json");
    assertBadGateway(new JsonObject(response.body()), "analytics-service failed");
  }

  @Test
  void passesAServicesOwnBadGatewayThrough() throws Exception {
    HttpResponse<String> response = stubbed.get("/api/v1/analytics/own-502");

    assertThat(response.statusCode()).isEqualTo(502);
    assertThat(response.body()).isEqualTo("the upstream's own 502");
  }

  private static void assertBadGateway(JsonObject problem, String detailStart) {
    assertThat(problem.getString("type")).isEqualTo("urn:handoff:problem:bad-gateway");
    assertThat(problem.getString("title")).isEqualTo("Bad Gateway");
    assertThat(problem.getInteger("status")).isEqualTo(502);
    assertThat(problem.getString("detail")).startsWith(detailStart).doesNotContain("Exception");
  }
}
