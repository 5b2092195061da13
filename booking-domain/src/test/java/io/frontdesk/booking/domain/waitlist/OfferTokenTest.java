package io.frontdesk.booking.domain.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The secret in an offer's links: strictly shaped, hashed for storage, never printed. */
class OfferTokenTest {

    private static final String TOKEN = "q9X-4_abcdefghijklmnopqrstuvwxyz0123456789AB";

    @Test
    void theHashIsTheSha256OfTheTokenInHex() {
        // printf %s AAAA...A (43 times) | sha256sum
        assertThat(new OfferToken("A".repeat(43)).hash().hex())
                .isEqualTo("0f007385b6f9d4b7eeb2748605afe1a984a0a3bfa3f014d09e2a784ce9e5cd1a");
    }

    @Test
    void differentTokensHaveDifferentHashesAndTheSameTokenTheSameHash() {
        OfferToken a = new OfferToken("A".repeat(43));
        OfferToken b = new OfferToken("A".repeat(42) + "B");

        assertThat(a.hash()).isEqualTo(new OfferToken("A".repeat(43)).hash()).isNotEqualTo(b.hash());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"short", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "../../../../etc/passwd"})
    void textThatCannotBeATokenParsesToNothing(String text) {
        assertThat(OfferToken.parse(text)).isEmpty();
    }

    @Test
    void aWellFormedTokenParses() {
        assertThat(OfferToken.parse(TOKEN.substring(0, 43))).map(OfferToken::value).contains(TOKEN.substring(0, 43));
        assertThatThrownBy(() -> new OfferToken("x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTokenNeverShowsInText() {
        OfferToken token = new OfferToken(TOKEN.substring(0, 43));

        assertThat(token.toString()).doesNotContain(token.value());
    }
}
