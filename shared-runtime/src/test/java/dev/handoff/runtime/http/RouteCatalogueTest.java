package dev.handoff.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RouteCatalogueTest {
    private static final String OPENAPI = """
            {"openapi":"3.1.0","paths":{
              "/api/v1/bots/{botId}/settings":{"get":{},"put":{},"parameters":[]},
              "/api/v1/agent/chats/{id}/messages":{"post":{}},
              "/demo/api/handoff":{"post":{}}
            }}""";

    private final RouteCatalogue catalogue = RouteCatalogue.of(
            Optional.of(new ByteArrayInputStream(OPENAPI.getBytes(StandardCharsets.UTF_8))),
            Map.of("/q/*", List.of("GET"), "/socket.io/", List.of("GET", "POST", "OPTIONS")),
            List.of("/demo/"),
            Set.of("/demo/index.html", "/demo/assets/app.js")::contains);

    @Test
    void restPathsTakeTheirDocumentedMethodsWithHeadAndOptions() {
        assertThat(catalogue.methodsAt("/api/v1/bots/demo-bot/settings"))
                .contains(Set.of("GET", "HEAD", "PUT", "OPTIONS"));
        assertThat(catalogue.methodsAt("/api/v1/bots/demo-bot/settings/"))
                .as("a trailing slash changes nothing")
                .contains(Set.of("GET", "HEAD", "PUT", "OPTIONS"));
        assertThat(catalogue.methodsAt("/api/v1/agent/chats/c%40x/messages")).contains(Set.of("POST", "OPTIONS"));
        assertThat(RouteCatalogue.allowHeader(
                        catalogue.methodsAt("/api/v1/bots/b/settings").orElseThrow()))
                .isEqualTo("GET, HEAD, OPTIONS, PUT");
    }

    @Test
    void configuredRoutesMatchExactlyOrAsPrefixes() {
        assertThat(catalogue.methodsAt("/q/health/ready")).contains(Set.of("GET", "HEAD"));
        assertThat(catalogue.methodsAt("/socket.io/")).contains(Set.of("GET", "HEAD", "POST", "OPTIONS"));
        assertThat(catalogue.methodsAt("/socket.io/x")).isEmpty();
    }

    @Test
    void pagesAreServedOnlyWhereAFileExists() {
        assertThat(catalogue.methodsAt("/demo/")).contains(Set.of("GET", "HEAD"));
        assertThat(catalogue.methodsAt("/demo/assets/app.js")).contains(Set.of("GET", "HEAD"));
        assertThat(catalogue.methodsAt("/demo/nope.html")).isEmpty();
        assertThat(catalogue.methodsAt("/demo/api/handoff"))
                .as("the API under the page prefix")
                .contains(Set.of("POST", "OPTIONS"));
        assertThat(catalogue.isPagePath("/demo/index.html")).isTrue();
        assertThat(catalogue.isPagePath("/demo/api/handoff")).isFalse();
    }

    @Test
    void everythingElseIsUnknown() {
        assertThat(catalogue.methodsAt("/")).isEmpty();
        assertThat(catalogue.methodsAt("/api/v1/bots/demo-bot")).isEmpty();
        assertThat(catalogue.methodsAt("/api/v1/bots/demo-bot/settings/extra")).isEmpty();
        assertThat(catalogue.methodsAt("/nope")).isEmpty();
    }
}
