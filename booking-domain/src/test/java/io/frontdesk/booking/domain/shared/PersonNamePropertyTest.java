package io.frontdesk.booking.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Normalising a name twice changes nothing, and a normalised name always has the promised shape. */
class PersonNamePropertyTest {

    @Property
    void normalisingIsIdempotent(@ForAll("validNames") String raw) {
        PersonName once = PersonName.of(raw);

        assertThat(PersonName.of(once.value())).isEqualTo(once);
    }

    @Property
    void aNormalisedNameIsTrimmedFoldedAndOfAllowedLength(@ForAll("validNames") String raw) {
        String value = PersonName.of(raw).value();

        assertThat(value).isEqualTo(value.strip());
        assertThat(value).doesNotContain("  ", "\t", "\n", "\r", "\u000B", "\f");
        assertThat(value.codePointCount(0, value.length())).isBetween(2, 100);
    }

    /**
     * Valid names: words as typed at the desk, separated and surrounded by runs of assorted blanks, and strings of
     * any characters at all that the rules happen to accept.
     */
    @Provide
    Arbitrary<String> validNames() {
        Arbitrary<String> word = Arbitraries.strings().alpha().withChars("'-.éøßДж名").ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> gap = Arbitraries.strings().withChars(" \t\n\r\u000B\f\u2003").ofMinLength(1).ofMaxLength(4);
        Arbitrary<String> edge = Arbitraries.strings().withChars(" \t\n\u2003").ofMaxLength(3);
        Arbitrary<String> typed = Combinators.combine(edge, word.list().ofMinSize(1).ofMaxSize(6),
                gap.list().ofSize(5), edge).as(PersonNamePropertyTest::interleave);
        Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(110);
        return Arbitraries.frequencyOf(Tuple.of(4, typed), Tuple.of(1, anything))
                .filter(PersonNamePropertyTest::isValid);
    }

    private static String interleave(String leading, List<String> words, List<String> gaps, String trailing) {
        StringBuilder name = new StringBuilder(leading).append(words.get(0));
        for (int i = 1; i < words.size(); i++) {
            name.append(gaps.get(i - 1)).append(words.get(i));
        }
        return name.append(trailing).toString();
    }

    private static boolean isValid(String raw) {
        try {
            PersonName.of(raw);
            return true;
        } catch (DomainValidationException e) {
            return false;
        }
    }
}
