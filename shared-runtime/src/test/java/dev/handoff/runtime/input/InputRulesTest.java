package dev.handoff.runtime.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoff.runtime.input.InputRules.Lines;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "\u0001", "bell\u0007", "esc\u001b[31m", "del\u007f", "\u001f"})
    void controlCharactersAreRefusedInEveryText(String text) {
        assertThat(InputRules.textProblem(text, 100, Lines.MULTI))
                .get()
                .asString()
                .contains("control character");
        assertThat(InputRules.textProblem(text, 100, Lines.SINGLE)).isPresent();
    }

    @Test
    void tabsAndLineBreaksAreForMultiLineTextOnly() {
        assertThat(InputRules.textProblem("line one\r\n\tline two", 100, Lines.MULTI))
                .isEmpty();
        assertThat(InputRules.textProblem("name\twith tab", 100, Lines.SINGLE))
                .get()
                .asString()
                .contains("U+0009");
        assertThat(InputRules.textProblem("two\nlines", 100, Lines.SINGLE))
                .get()
                .asString()
                .contains("U+000A");
    }

    @Test
    void loneSurrogatesAreRefusedAndPairsAreOneCharacter() {
        assertThat(InputRules.textProblem("broken \ud800 pair", 100, Lines.MULTI))
                .get()
                .asString()
                .contains("surrogate");
        assertThat(InputRules.textProblem("\udc00", 100, Lines.MULTI)).isPresent();
        assertThat(InputRules.textProblem("end\ud83d", 100, Lines.MULTI)).isPresent();
        String fourFaces = "😀😀😀😀";
        assertThat(fourFaces.length()).isEqualTo(8);
        assertThat(InputRules.textProblem(fourFaces, 4, Lines.SINGLE))
                .as("4 code points fit 4")
                .isEmpty();
        assertThat(InputRules.textProblem(fourFaces + "x", 4, Lines.SINGLE))
                .get()
                .asString()
                .contains("at most 4");
    }

    @Test
    void theThrowingFormNamesTheField() {
        assertThatThrownBy(() -> InputRules.text("visitor.name", "x\u0000", 10, Lines.SINGLE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("visitor.name");
                    assertThat(e.getMessage()).isEqualTo("must not contain the control character U+0000");
                });
        assertThat(InputRules.text("f", null, 1, Lines.SINGLE)).isNull();
    }

    @Test
    void wholeNumbersAreAsciiDigitsWithinTheRange() {
        assertThat(InputRules.wholeNumber("n", "42", 0, 100)).isEqualTo(42);
        assertThat(InputRules.wholeNumber("n", "-3", -5, 5)).isEqualTo(-3);
        for (String bad : new String[] {
            "５", "٤٢", "4２", "+1", "1e3", "1.0", " 1", "", "-", "0x10", "99999999999999999999", "101", "-1"
        }) {
            assertThatThrownBy(() -> InputRules.wholeNumber("upToSequence", bad, 0, 100))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("upToSequence"));
        }
    }

    @Test
    void zoneIdsAreIanaNamesNotOffsets() {
        assertThat(InputRules.isZoneId("Europe/Berlin")).isTrue();
        assertThat(InputRules.isZoneId("UTC")).isTrue();
        assertThat(InputRules.isZoneId("Africa/Johannesburg")).isTrue();
        for (String bad :
                new String[] {"-1", "-01:00", "+02:00", "UTC+1", "GMT+2", "Z", "europe/berlin", "", "Mars/Base"}) {
            assertThat(InputRules.isZoneId(bad)).as(bad).isFalse();
        }
        assertThatThrownBy(() -> InputRules.zone("businessHours.timeZone", "-01:00"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void instantsAndDatesAreBoundedToTheDocumentedRange() {
        assertThat(InputRules.instant("at", "2025-03-10T09:30:00Z")).isEqualTo(Instant.parse("2025-03-10T09:30:00Z"));
        assertThat(InputRules.instant("at", "2025-03-10T11:30:00+02:00"))
                .isEqualTo(Instant.parse("2025-03-10T09:30:00Z"));
        assertThat(InputRules.instant("at", "9999-12-31T23:59:59Z")).isEqualTo(Instant.parse("9999-12-31T23:59:59Z"));
        for (String bad : new String[] {
            "+300000-01-01T00:00:00Z",
            "1969-12-31T23:59:59Z",
            "10000-01-01T00:00:00Z",
            "2025-02-30T00:00:00Z",
            "1e400",
            "2025-03-10",
            "yesterday",
            ""
        }) {
            assertThatThrownBy(() -> InputRules.instant("from", bad)).as(bad).isInstanceOf(InvalidInputException.class);
        }
        assertThat(InputRules.instantOrDate("from", "2025-03-10")).isEqualTo(Instant.parse("2025-03-10T00:00:00Z"));
        assertThat(InputRules.date("date", "2030-01-01")).isEqualTo(LocalDate.of(2030, 1, 1));
        for (String bad : new String[] {"2025-02-30", "1969-12-31", "+12025-01-01", "2025-1-1", "２０２５-01-01"}) {
            assertThatThrownBy(() -> InputRules.date("date", bad)).as(bad).isInstanceOf(InvalidInputException.class);
        }
    }
}
