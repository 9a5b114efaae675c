package dev.handoff.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestGuardTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/v1/bots/abc;jsessionid=1/settings | | Matrix parameters (';' in the path) are not accepted.",
                "/socket.io/..%2f..%2fq%2fmetrics       | | Encoded slashes are not accepted in paths.",
                "/api/v1/../q/metrics                   | | Paths with '.' or '..' segments are not accepted.",
                "/api/v1/%2e%2e/q/metrics               | | Paths with '.' or '..' segments are not accepted.",
                "/api/v1/chats/%zz                      | | The request target has a malformed percent escape.",
                "/api/v1/chats/%4                       | | The request target has a malformed percent escape.",
                "/api/v1/chats/a%00b                    | | The request target must not encode control characters.",
                "/api/v1/chats/%ff                      | | The request target's escapes must decode to UTF-8.",
                "/api/v1/chats/a b                      | | The request target holds a character that must be percent-encoded.",
                "/api/v1/chats/{x}                      | | The request target holds a character that must be percent-encoded.",
                "/api/v1/analytics/summary              | from=%zz | The request target has a malformed percent escape.",
                "/api/v1/analytics/summary              | from=a%0Ab | The request target must not encode control characters.",
                "relative                               | | The request target must be an absolute path.",
            })
    void malformedTargetsAreRefusedWithAReason(String path, String query, String reason) {
        assertThat(RequestGuard.malformed(path, query)).contains(reason);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/v1/chats/c%40x/messages | ",
                "/api/v1/analytics/summary    | from=%2B2025-01-01T00%3A00%3A00Z&to=2025-02-01",
                "/socket.io/                  | EIO=4&transport=polling&t=P1a_b~c",
                "/api/v1/agent/chats/%C3%A9   | ",
            })
    void wellFormedTargetsPass(String path, String query) {
        assertThat(RequestGuard.malformed(path, query)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; charset=utf-8", "Application/JSON;charset=UTF-8"})
    void jsonIsApplicationJsonInUtf8(String type) {
        assertThat(RequestGuard.isJson(type)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "text/plain",
                "application/xml",
                "application/json; charset=latin1",
                "application/jsonx",
                "application/problem+json",
                "multipart/form-data; boundary=x"
            })
    void everythingElseIsNot(String type) {
        assertThat(RequestGuard.isJson(type)).isFalse();
    }
}
