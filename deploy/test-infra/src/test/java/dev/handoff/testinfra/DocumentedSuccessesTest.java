package dev.handoff.testinfra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The check of the services' OpenAPI documents finds each successful answer that does not say what it carries. */
class DocumentedSuccessesTest {
    private static String document(String responses) {
        return "{\"paths\":{\"/api/v1/things/{id}\":{\"post\":{\"responses\":" + responses + "}},"
                + "\"/q/health\":{\"get\":{\"responses\":{\"200\":{}}}}}}";
    }

    private static final String THING =
            "{\"content\":{\"application/json\":{\"schema\":" + "{\"$ref\":\"#/components/schemas/Thing\"}}}}";

    @Test
    void answersThatNameTheirSchemaOrCarryNothingAreRight() {
        assertThat(DocumentedSuccesses.broken(
                        document("{\"200\":" + THING + ",\"201\":" + THING + ",\"204\":{}," + "\"400\":{}}")))
                .isEmpty();
        assertThat(DocumentedSuccesses.broken(
                        document("{\"200\":{\"content\":{\"text/csv\":{\"schema\":" + "{\"type\":\"string\"}}}}}")))
                .isEmpty();
    }

    @Test
    void aBodyWithoutASchemaIsNamed() {
        assertThat(DocumentedSuccesses.broken(document("{\"200\":{\"content\":{\"application/json\":{}}}}")))
                .containsExactly("POST /api/v1/things/{id}: 200 application/json has no schema");
        assertThat(DocumentedSuccesses.broken(
                        document("{\"200\":{\"content\":{\"application/json\":" + "{\"schema\":{}}}}}")))
                .containsExactly("POST /api/v1/things/{id}: 200 application/json has no schema");
    }

    @Test
    void aBodilessAnswerOtherThan204IsNamed() {
        assertThat(DocumentedSuccesses.broken(document("{\"201\":{\"description\":\"Created\"}}")))
                .containsExactly("POST /api/v1/things/{id}: 201 documents no body (a bodiless answer is a 204)");
    }

    @Test
    void a204WithABodyIsNamed() {
        assertThat(DocumentedSuccesses.broken(document("{\"204\":" + THING + "}")))
                .containsExactly("POST /api/v1/things/{id}: 204 documents a body");
    }

    @Test
    void anOperationWithOnlyRefusalsIsNamed() {
        assertThat(DocumentedSuccesses.broken(document("{\"400\":{}}")))
                .containsExactly("POST /api/v1/things/{id}: no successful answer documented");
    }
}
