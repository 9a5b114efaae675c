package dev.handoff.testinfra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The check of the services' OpenAPI documents finds each request body without a fitting example. */
class DocumentedExamplesTest {
    private static String document(String thing) {
        return "{\"paths\":{\"/api/v1/things\":{\"put\":{\"requestBody\":{\"content\":{\"application/json\":"
                + "{\"schema\":{\"$ref\":\"#/components/schemas/Thing\"}}}}}},"
                + "\"/q/dev\":{\"post\":{\"requestBody\":{\"content\":{\"application/json\":{\"schema\":{}}}}}}},"
                + "\"components\":{\"schemas\":{\"Thing\":" + thing + ",\"Part\":{\"type\":\"object\","
                + "\"required\":[\"size\"],\"properties\":{\"size\":{\"type\":\"integer\",\"maximum\":9}}}}}}";
    }

    private static final String PROPERTIES = "\"type\":\"object\",\"required\":[\"name\"],\"properties\":{"
            + "\"name\":{\"type\":\"string\",\"maxLength\":5},\"part\":{\"$ref\":\"#/components/schemas/Part\"}}";

    @Test
    void aBodyWhoseExampleFitsIsRight() {
        assertThat(DocumentedExamples.broken(
                        document("{" + PROPERTIES + ",\"examples\":[{\"name\":\"cup\",\"part\":{\"size\":3}}]}")))
                .isEmpty();
    }

    @Test
    void aBodyWithoutAnExampleIsNamed() {
        assertThat(DocumentedExamples.broken(document("{" + PROPERTIES + "}")))
                .containsExactly("PUT /api/v1/things: the request body has no example");
    }

    @Test
    void anExampleThatBreaksItsSchemaOrNamesAnUnknownMemberIsNamed() {
        assertNamed("{\"name\":\"teapot\",\"part\":{\"size\":3}}", "the example /name: ");
        assertNamed("{\"name\":\"cup\",\"part\":{\"size\":30}}", "the example /part/size: ");
        assertNamed("{\"name\":\"cup\",\"colour\":\"red\"}", "colour");
        assertNamed("{\"part\":{\"size\":1}}", "name");
    }

    private static void assertNamed(String example, String expected) {
        assertThat(DocumentedExamples.broken(document("{" + PROPERTIES + ",\"examples\":[" + example + "]}")))
                .as(example)
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).startsWith("PUT /api/v1/things: the example "))
                .anySatisfy(line -> assertThat(line).contains(expected));
    }
}
