package io.frontdesk.booking.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Names as typed at the desk: trimmed, inner blanks folded, 2 to 100 characters. */
class PersonNameTest {

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "Ada Lovelace|Ada Lovelace",
            "'  Ada Lovelace  '|Ada Lovelace",
            "'Ada    Lovelace'|Ada Lovelace",
            "'Ada \t\n Lovelace'|Ada Lovelace",
            "Li|Li",
            "' Li '|Li",
            "José Ñúñez|José Ñúñez"})
    void surroundingBlanksAreTrimmedAndInnerRunsFolded(String raw, String expected) {
        assertThat(PersonName.of(raw).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void aNameIsRequired(String raw) {
        assertThatThrownBy(() -> PersonName.of(raw))
                .isInstanceOfSatisfying(DomainValidationException.class, e -> {
                    assertThat(e.first().field()).isEqualTo("name");
                    assertThat(e.first().message()).isEqualTo("is required");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "  A  ", "é"})
    void aNameOfOneCharacterIsTooShort(String raw) {
        assertThatThrownBy(() -> PersonName.of(raw))
                .isInstanceOfSatisfying(DomainValidationException.class,
                        e -> assertThat(e.first().message()).contains("between 2 and 100"));
    }

    @Test
    void aNameOfAHundredCharactersIsAcceptedAndOneMoreIsNot() {
        assertThat(PersonName.of("a".repeat(100)).value()).hasSize(100);
        assertThat(PersonName.of("  " + "a".repeat(100) + "  ").value()).hasSize(100);
        assertThatThrownBy(() -> PersonName.of("a".repeat(101))).isInstanceOf(DomainValidationException.class);
    }

    @Test
    void charactersOutsideTheBasicPlaneCountOnce() {
        String twoEmoji = "\uD83D\uDE00\uD83D\uDE00";

        assertThat(PersonName.of(twoEmoji).value()).isEqualTo(twoEmoji);
        assertThat(PersonName.of("\uD83D\uDE00".repeat(100)).value()).hasSize(200);
        assertThatThrownBy(() -> PersonName.of("\uD83D\uDE00")).isInstanceOf(DomainValidationException.class);
    }

    @Test
    void controlCharactersAreRefused() {
        assertThatThrownBy(() -> PersonName.of("Ada\u0000Lovelace"))
                .isInstanceOfSatisfying(DomainValidationException.class,
                        e -> assertThat(e.first().message()).contains("control characters"));
    }

    @Test
    void theRecordConstructorNormalisesAsWell() {
        assertThat(new PersonName("  Ada   Lovelace ")).isEqualTo(PersonName.of("Ada Lovelace"));
        assertThat(PersonName.of("Ada Lovelace")).hasToString("Ada Lovelace");
    }
}
