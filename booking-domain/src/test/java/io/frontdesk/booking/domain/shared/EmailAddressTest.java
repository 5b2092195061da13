package io.frontdesk.booking.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Email addresses as a browser's email field accepts them, with a dotted domain kept in lower case. */
class EmailAddressTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource({
            "ada@example.com, ada@example.com",
            "'  ada@example.com ', ada@example.com",
            "Ada.Lovelace@Example.COM, Ada.Lovelace@example.com",
            "ada+desk@mail.example.co.uk, ada+desk@mail.example.co.uk"})
    void anAddressIsTrimmedAndItsDomainLowerCased(String raw, String expected) {
        assertThat(EmailAddress.of(raw).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada", "ada@", "@example.com", "ada@localhost", "ada@@example.com",
            "ada lovelace@example.com", "ada@-example.com", "ada@example..com"})
    void anAddressThatIsNotOneIsRefused(String raw) {
        assertThatThrownBy(() -> EmailAddress.of(raw))
                .isInstanceOfSatisfying(DomainValidationException.class, e -> {
                    assertThat(e.first().field()).isEqualTo("email");
                    assertThat(e.first().message()).isEqualTo("is not a valid email address");
                });
    }

    @Test
    void anAddressIsAtMost254Characters() {
        String domain = "@example.com";
        String longest = "a".repeat(EmailAddress.MAX_LENGTH - domain.length()) + domain;

        assertThat(EmailAddress.of(longest).value()).hasSize(254);
        assertThatThrownBy(() -> EmailAddress.of("a" + longest))
                .isInstanceOfSatisfying(DomainValidationException.class,
                        e -> assertThat(e.first().message()).contains("at most 254"));
    }

    @Test
    void aBlankAddressIsNotAnAddress() {
        assertThatThrownBy(() -> EmailAddress.of("  "))
                .isInstanceOfSatisfying(DomainValidationException.class,
                        e -> assertThat(e.first().message()).isEqualTo("is required"));
    }
}
