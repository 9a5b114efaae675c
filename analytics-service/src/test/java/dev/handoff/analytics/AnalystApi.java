package dev.handoff.analytics;

import static io.restassured.RestAssured.given;

import dev.handoff.testinfra.TestTokens;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;

/** GETs of the analytics API as an analyst of one tenant, numbers read as doubles. */
public final class AnalystApi {
    private static final RestAssuredConfig DOUBLES = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));

    private AnalystApi() {}

    /** A request with an analyst's token of {@code tenant} and the query parameters given as name, value pairs. */
    public static RequestSpecification as(String tenant, String role, Object... query) {
        RequestSpecification request = given().config(DOUBLES).auth().oauth2(TestTokens.agent("kim", tenant, role));
        for (int i = 0; i < query.length; i += 2) {
            request = request.queryParam((String) query[i], query[i + 1]);
        }
        return request;
    }

    /** The 200 answer of {@code path}. */
    public static JsonPath get(String tenant, String path, Object... query) {
        return as(tenant, "analyst", query)
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
