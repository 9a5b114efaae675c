package dev.handoff.testinfra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The check of the services' OpenAPI documents finds each missing answer and each answer that is no problem. */
class DocumentedProblemsTest {
    private static final String PROBLEM = "{\"content\":{\"application/problem+json\":{\"schema\":"
            + "{\"$ref\":\"#/components/schemas/Problem\"}}}}";
    private static final String COMPONENTS =
            "\"components\":{\"schemas\":{\"Problem\":{\"properties\":{\"type\":{}}}}}";

    private static String document(String security, String operation) {
        return "{" + COMPONENTS + security + ",\"paths\":{\"/api/v1/things/{id}\":{\"put\":" + operation + "},"
                + "\"/q/health\":{\"get\":{\"responses\":{\"200\":{}}}}}}";
    }

    private static String answers(String... codes) {
        StringBuilder out = new StringBuilder("{");
        for (String code : codes) {
            out.append(out.length() > 1 ? "," : "")
                    .append('"')
                    .append(code)
                    .append("\":")
                    .append(PROBLEM);
        }
        return out.append('}').toString();
    }

    private static final String FULL =
            "{\"parameters\":[{\"name\":\"id\",\"in\":\"path\"}],\"requestBody\":{}," + "\"responses\":"
                    + answers("400", "401", "403", "404", "406", "409", "411", "413", "414", "415", "431", "500") + "}";

    @Test
    void aSecuredBodyOperationOnANamedThingWithEveryAnswerIsRight() {
        assertThat(DocumentedProblems.broken(document(",\"security\":[{\"bearer\":[]}]", FULL)))
                .isEmpty();
    }

    @Test
    void eachMissingAnswerIsNamed() {
        String bare = "{\"parameters\":[{\"name\":\"id\",\"in\":\"path\"}],\"requestBody\":{},\"responses\":"
                + answers("400", "500") + "}";
        assertThat(DocumentedProblems.broken(document(",\"security\":[{\"bearer\":[]}]", bare)))
                .containsExactly(
                        "PUT /api/v1/things/{id}: no 406 answer documented",
                        "PUT /api/v1/things/{id}: no 414 answer documented",
                        "PUT /api/v1/things/{id}: no 431 answer documented",
                        "PUT /api/v1/things/{id}: no 401 answer documented",
                        "PUT /api/v1/things/{id}: no 403 answer documented",
                        "PUT /api/v1/things/{id}: no 404 answer documented",
                        "PUT /api/v1/things/{id}: no 411 answer documented",
                        "PUT /api/v1/things/{id}: no 413 answer documented",
                        "PUT /api/v1/things/{id}: no 415 answer documented");
    }

    @Test
    void anErrorAnswerWithoutTheProblemBodyIsNamed() {
        String plain = FULL.replace("\"409\":" + PROBLEM, "\"409\":{\"description\":\"Conflict\"}");
        assertThat(DocumentedProblems.broken(document("", plain)))
                .containsExactly(
                        "PUT /api/v1/things/{id}: 409 is not documented as an application/problem+json Problem");
    }

    @Test
    void aDocumentWithoutTheProblemSchemaIsNamed() {
        String withoutSchema = document("", FULL).replace(COMPONENTS + ",", "");
        assertThat(DocumentedProblems.broken(withoutSchema))
                .containsExactly("no Problem schema with a type member in components.schemas");
    }
}
