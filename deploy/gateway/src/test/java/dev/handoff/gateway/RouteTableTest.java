package dev.handoff.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Matching rules of the table: whole segments, longest path first, exact rows. */
class RouteTableTest {

    private final RouteTable table = RouteTable.load();

    @Test
    void bundledTableNamesTheFourRoutedServices() {
        assertThat(table.upstreams())
                .containsExactlyInAnyOrder(
                        "handoff-service",
                        "routing-service",
                        "agent-service",
                        "notification-service",
                        "analytics-service");
    }

    @Test
    void prefixesMatchWholeSegmentsOnly() {
        assertThat(upstream("/api/v1/queue")).isEqualTo("routing-service");
        assertThat(upstream("/api/v1/queue/")).isEqualTo("routing-service");
        assertThat(table.resolve("/api/v1/queued")).isEmpty();
        assertThat(table.resolve("/consoles")).isEmpty();
    }

    @Test
    void longestPathWinsWhateverTheRowOrder() {
        RouteTable reordered = RouteTable.parse(List.of("prefix /api/ a", "prefix /api/v1/special b", "exact /api b2"));

        assertThat(reordered.resolve("/api/v1/special/x").orElseThrow().upstream())
                .isEqualTo("b");
        assertThat(reordered.resolve("/api/v1/other").orElseThrow().upstream()).isEqualTo("a");
        assertThat(reordered.resolve("/api").orElseThrow().upstream()).isEqualTo("b2");
    }

    @Test
    void onlyTheExactRootRedirects() {
        assertThat(table.resolve("/").orElseThrow().redirect()).isEqualTo("/console/");
        assertThat(table.resolve("/x")).isEmpty();
    }

    @Test
    void recognisesDotSegmentsPlainOrEncoded() {
        assertThat(RouteTable.isPlain("/console/app.js")).isTrue();
        assertThat(RouteTable.isPlain("/console/.well-known/x")).isTrue();
        assertThat(RouteTable.isPlain("/console/../api")).isFalse();
        assertThat(RouteTable.isPlain("/console/%2E%2e/api")).isFalse();
        assertThat(RouteTable.isPlain("/console/./x")).isFalse();
        assertThat(RouteTable.isPlain("/console/..")).isFalse();
    }

    @Test
    void rejectsMalformedRows() {
        assertThatThrownBy(() -> RouteTable.parse(List.of("prefix api handoff-service")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad route row");
    }

    private String upstream(String path) {
        return table.resolve(path).orElseThrow().upstream();
    }
}
