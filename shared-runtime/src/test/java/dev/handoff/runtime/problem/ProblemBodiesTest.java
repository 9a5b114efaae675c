package dev.handoff.runtime.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handoff.runtime.input.InputRules;
import dev.handoff.runtime.input.Text;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** Validation problems name fields as clients wrote them, and no problem body outgrows a few KiB. */
class ProblemBodiesTest {
    record Recipients(@NotNull @Size(max = 50) List<@Text(max = 254) String> emails) {}

    record Line(
            @NotNull @Text(max = 10, lines = InputRules.Lines.MULTI)
            String message) {}

    record Handoff(
            @Valid List<@NotNull @Valid Line> botHistory,
            Map<@Text(max = 5) String, @Text(max = 5) String> attributes) {}

    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void manyInvalidFieldsAreListedUpToTheLimit() throws Exception {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            emails.add(i + "\u0000@example.com");
        }

        Problem problem = ValidationProblems.of(VALIDATOR.validate(new Recipients(emails)));

        assertThat(problem.errors()).hasSize(ValidationProblems.MAX_ERRORS);
        assertThat(problem.detail()).isEqualTo("The request has 61 invalid fields; the first 20 are listed.");
        assertThat(problem.errors().get(0))
                .isEqualTo(new Problem.FieldError("emails", "size must be between 0 and 50"));
        assertThat(ProblemJson.write(problem).getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(ProblemJson.MAX_BYTES);
    }

    @Test
    void fieldsAreNamedAsTheClientWroteThem() {
        Handoff body = new Handoff(List.of(new Line("ok"), new Line("bad\u0000")), Map.of("k\u0001", "v"));

        List<Problem.FieldError> errors =
                ValidationProblems.of(VALIDATOR.validate(body)).errors();

        assertThat(errors)
                .extracting(Problem.FieldError::field)
                .containsExactlyInAnyOrder("attributes[k?]", "botHistory[1].message");
        assertThat(errors)
                .extracting(Problem.FieldError::message)
                .allMatch(message -> message.equals("must not contain the control character U+0001")
                        || message.equals("must not contain the control character U+0000"));
    }

    @Test
    void anOversizedProblemDropsItsDetailsUntilItFits() throws Exception {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            errors.add(new Problem.FieldError("field" + i, "x".repeat(200)));
        }
        Problem huge = new Problem(
                "urn:handoff:problem:validation",
                "Invalid request",
                400,
                "d".repeat(10_000),
                "/api/v1/x",
                errors,
                Map.of("member", "m".repeat(5_000)));

        String json = ProblemJson.write(huge);

        assertThat(json.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(ProblemJson.MAX_BYTES);
        JsonNode read = JSON.readTree(json);
        assertThat(read.path("type").asText()).isEqualTo("urn:handoff:problem:validation");
        assertThat(read.path("status").asInt()).isEqualTo(400);
        assertThat(read.path("title").asText()).isEqualTo("Invalid request");
    }

    @Test
    void aLongPathIsNotEchoedAsInstance() {
        assertThat(Problem.instanceOf("/api/v1/x")).isEqualTo("/api/v1/x");
        assertThat(Problem.instanceOf("/" + "a".repeat(Problem.MAX_INSTANCE))).isNull();
    }
}
