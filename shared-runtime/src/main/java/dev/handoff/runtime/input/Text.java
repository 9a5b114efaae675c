package dev.handoff.runtime.input;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text a client may send: {@link InputRules#textProblem} with at most {@link #max()} code points. Pair it with
 * {@code @Schema(maxLength = ...)} of the same number, so the OpenAPI document states the limit (JSON Schema counts
 * code points too); the generated hostile-input suite checks that both agree.
 */
@Documented
@Constraint(validatedBy = TextValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface Text {
    /** Most characters (code points). */
    int max();

    /** Whether tabs and line breaks are allowed. */
    InputRules.Lines lines() default InputRules.Lines.SINGLE;

    /** True where the use case trims the text: white space around it does not count against {@link #max()}. */
    boolean trimmed() default false;

    String message() default "is not acceptable text";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
