package dev.handoff.runtime.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.handoff.runtime.json.StrictRestJson;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real Jackson failures of the REST mapper, as clients read them: where, what was expected, nothing of ours. */
class JsonProblemsTest {
    /** A body as the services declare them. */
    record Line(String sender, String message, Instant at) {}

    record Body(String name, Integer priority, Boolean typing, List<Line> history, Map<String, String> attributes) {}

    private static final ObjectMapper REST = rest();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"typing\":true,\"typing\":true}                | The body has the member \"typing\" more than once.",
                "{\"name\":5}                                      | The member name must be a string.",
                "{\"priority\":\"５\"}                              | The member priority must be a whole number.",
                "{\"priority\":1.5}                                | The member priority must be a whole number.",
                "{\"priority\":1e400}                              | The member priority must be a whole number.",
                "{\"typing\":\"yes\"}                              | The member typing must be true or false.",
                "{\"history\":\"x\"}                               | The member history must be an array.",
                "{\"history\":[{\"at\":1e400}]}                    | The member history[0].at must be an ISO-8601 instant such as 2025-03-10T09:30:00Z, from 1970-01-01 to 9999-12-31.",
                "{\"history\":[{\"at\":\"+300000-01-01T00:00:00Z\"}]} | The member history[0].at must be an ISO-8601 instant such as 2025-03-10T09:30:00Z, from 1970-01-01 to 9999-12-31.",
                "{\"attributes\":{\"plan\":[]}}                    | The member attributes.plan must be a string.",
                "[]                                                 | The body must be an object.",
                "{\"name\":\"a\"} trailing                          | The body is not valid JSON (line 1, column 14).",
                "{                                                  | The body ends before its JSON value is complete.",
                "%%%%                                               | The body is not valid JSON (line 1, column 1).",
            })
    void aBodyJacksonCannotReadGetsADetailInTheClientsTerms(String json, String detail) {
        Problem problem = JsonProblems.of(failure(json));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.type()).isEqualTo("urn:handoff:problem:malformed-json");
        assertThat(problem.detail()).isEqualTo(detail);
        assertThat(ProblemJson.write(problem))
                .doesNotContainPattern("java\\.|[Jj]ackson|dev\\.handoff|Exception|StreamRead|JsonProblemsTest|\\$");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "deep    | The body is nested too deeply, or holds a name, string or number longer than allowed.",
                "number  | The body is nested too deeply, or holds a name, string or number longer than allowed.",
            })
    void limitsOfTheParserAreNamedWithoutItsName(String kind, String detail) {
        // an unknown member is skipped token by token, so its nesting reaches the parser's limit
        String json = kind.equals("deep")
                ? "{\"extra\":" + "[".repeat(200) + "]".repeat(200) + "}"
                : "{\"priority\":" + "9".repeat(100) + "}";
        assertThat(JsonProblems.of(failure(json)).detail()).isEqualTo(detail);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"we\\u0000ird key\\n\":1,\"we\\u0000ird key\\n\":2} | The body has the member \"we?ird?key?\" more than once.",
            })
    void memberNamesAreEchoedOnlyAsSafeCharacters(String json, String detail) {
        assertThat(JsonProblems.of(failure(json)).detail()).isEqualTo(detail);
    }

    @org.junit.jupiter.api.Test
    void aListOfAHundredThousandElementsIsRefusedWhileTheBodyIsRead() throws Exception {
        // bean validation would check (and collect a violation for) every element: minutes for 100,000 equal ones
        String json = "{\"history\":[" + String.join(",", java.util.Collections.nCopies(100_000, "{\"message\":\"x\"}"))
                + "]}";

        Problem problem = JsonProblems.of(failure(json));

        assertThat(problem.detail()).isEqualTo("The member history holds more than 1000 elements.");
        assertThat(problem.errors())
                .containsExactly(new Problem.FieldError("history", "holds more than 1000 elements"));
    }

    private static JsonProcessingException failure(String json) {
        return catchThrowableOfType(JsonProcessingException.class, () -> REST.readValue(json, Body.class));
    }

    private static ObjectMapper rest() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictRestJson().customize(mapper);
        return mapper;
    }
}
