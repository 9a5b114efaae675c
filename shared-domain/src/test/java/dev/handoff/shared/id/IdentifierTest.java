package dev.handoff.shared.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Ids must be safe in URLs, Kafka keys and logs, so only a small alphabet is accepted. */
class IdentifierTest {
    static final String LONGEST = "a".repeat(Identifier.MAX_LENGTH);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a",
                "7",
                "acme",
                "support-bot",
                "5b0e9c4e-2f6d-4a8b-9c1e-7d3f2a6b8e01",
                "ana.silva@acme.example",
                "team:billing",
                "A_b.c-d:e@f",
                "a-"
            })
    void acceptsLettersDigitsAndSafePunctuation(String value) {
        assertThat(Identifier.require(value, "test id")).isEqualTo(value);
        assertThat(Identifier.isValid(value)).isTrue();
    }

    @Test
    void acceptsUpToTheMaximumLength() {
        assertThat(Identifier.isValid(LONGEST)).isTrue();
        assertThat(Identifier.isValid(LONGEST + "a")).isFalse();
        assertThatThrownBy(() -> Identifier.require(LONGEST + "a", "bot id"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bot id is longer than 128 characters");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void aMissingIdIsRequired(String value) {
        assertThat(Identifier.isValid(value)).isFalse();
        assertThatThrownBy(() -> Identifier.require(value, "tenant id"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tenant id is required");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                " ",
                " acme",
                "acme ",
                "two words",
                "-leading",
                ".leading",
                "_leading",
                "@acme",
                ":x",
                "a/b",
                "../etc",
                "a\\b",
                "a\nb",
                "a?b=c",
                "a#b",
                "a%2F",
                "a+b",
                "caf\u00e9",
                "\u00fcber",
                "\u0430cme",
                "a\u200bb",
                "smile\uD83D\uDE42",
                "<script>",
                "a;b",
                "a,b",
                "a\"b",
                "a'b"
            })
    void rejectsAnythingElse(String value) {
        assertThat(Identifier.isValid(value)).isFalse();
        assertThatThrownBy(() -> Identifier.require(value, "agent id"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("agent id may contain only letters, digits and . _ : @ -");
    }

    static Stream<Arguments> idTypes() {
        return Stream.of(
                arguments("tenant id", (Function<String, Object>) TenantId::of),
                arguments("bot id", (Function<String, Object>) BotId::of),
                arguments("agent id", (Function<String, Object>) AgentId::of),
                arguments("visitor id", (Function<String, Object>) VisitorId::of),
                arguments("team id", (Function<String, Object>) TeamId::of),
                arguments("message id", (Function<String, Object>) MessageId::of),
                arguments("conversation id", (Function<String, Object>) ConversationId::of));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idTypes")
    void everyIdTypeAppliesTheRulesAndNamesItself(String kind, Function<String, Object> factory) {
        assertThatThrownBy(() -> factory.apply("")).hasMessage(kind + " is required");
        assertThatThrownBy(() -> factory.apply("bad id")).hasMessageStartingWith(kind + " may contain only");
        assertThat(factory.apply("x-1")).hasToString("x-1").isEqualTo(factory.apply("x-1"));
        assertThat(factory.apply("x-1")).isNotEqualTo(factory.apply("x-2"));
    }

    @Test
    void theCheckAgreesWithThePublishedRegexOnEveryCharacterInEveryPosition() {
        Pattern published = Pattern.compile(Identifier.REGEX);
        for (char c = 0; c < 0x3000; c++) {
            for (String value : new String[] {String.valueOf(c), c + "a", "a" + c, "a" + c + "b"}) {
                assertThat(Identifier.isValid(value))
                        .as("U+%04X in %s", (int) c, value.length() == 1 ? "a one-character id" : "\"" + value + "\"")
                        .isEqualTo(published.matcher(value).matches());
            }
        }
    }

    @Test
    void aRandomConversationIdIsValidAndFresh() {
        ConversationId first = ConversationId.random();

        assertThat(Identifier.isValid(first.value())).isTrue();
        assertThat(first).isNotEqualTo(ConversationId.random());
    }
}
