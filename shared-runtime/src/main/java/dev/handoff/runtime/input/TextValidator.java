package dev.handoff.runtime.input;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/** Checks {@link Text} with {@link InputRules#textProblem}, reporting the rule that failed. */
public class TextValidator implements ConstraintValidator<Text, String> {
    private int max;
    private InputRules.Lines lines;
    private boolean trimmed;

    @Override
    public void initialize(Text text) {
        max = text.max();
        lines = text.lines();
        trimmed = text.trimmed();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        Optional<String> problem = InputRules.textProblem(value, Integer.MAX_VALUE, lines)
                .or(() -> InputRules.textProblem(trimmed && value != null ? value.strip() : value, max, lines));
        if (problem.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        // the rule's own words; the message template must not interpret anything in them
        context.buildConstraintViolationWithTemplate(escape(problem.get())).addConstraintViolation();
        return false;
    }

    static String escape(String message) {
        return message.replace("\\", "\\\\")
                .replace("{", "\\{")
                .replace("}", "\\}")
                .replace("$", "\\$");
    }
}
