package dev.handoff.testinfra;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

/**
 * What every service offers a platform team: readiness that covers the database but not Kafka (a broker
 * outage must not take every replica out of rotation, decision 0016), the broker on the wellness checks,
 * liveness, Prometheus metrics and an OpenAPI document. A service's test extends it as a @QuarkusTest.
 */
public abstract class OperationsContract {
    /** A path the service's OpenAPI document must describe. */
    protected abstract String documentedPath();

    @Test
    void readinessCoversTheDatabaseButNotKafka() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", not(hasItems("Kafka connection health check", "Kafka broker")));
    }

    @Test
    void theBrokerIsOnTheWellnessChecks() {
        given().get("/q/health/well").then().statusCode(200)
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
}
