package dev.handoff.testinfra;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

/** The documented explicit form, under another profile: Quarkus restarts, the servers do not. */
@QuarkusTest
@TestProfile(ExplicitResourcesProfileTest.OtherProfile.class)
@WithTestResource(InfrastructureTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class ExplicitResourcesProfileTest {

    /** Any profile forces a new Quarkus application (and class loader). */
    public static class OtherProfile implements QuarkusTestProfile {}

    @Test
    void aRestartedApplicationReusesTheRunningServers() {
        given().auth()
                .oauth2(TestTokens.agent("bob", "globex", "agent"))
                .when()
                .get("/probe/whoami")
                .then()
                .statusCode(200)
                .body(equalTo("bob|bob|globex|[agent]"));
        given().when().get("/probe/database").then().statusCode(200).body(equalTo("handoff"));
        assertThat(KafkaForks.ofThisJvm())
                .as("one broker for the whole test JVM")
                .isEqualTo(1);
    }
}
