package io.frontdesk.booking.app.waitlist;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdesk.booking.application.port.out.OfferTokens;
import io.frontdesk.booking.application.port.out.contract.OfferTokensContract;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The production token source passes the contract, and each token carries 256 bits. */
class SecureRandomOfferTokensTest extends OfferTokensContract {

    private final SecureRandomOfferTokens tokens = new SecureRandomOfferTokens();

    @Override
    protected OfferTokens tokens() {
        return tokens;
    }

    @Test
    void aTokenIsThirtyTwoRandomBytes() {
        assertThat(Base64.getUrlDecoder().decode(tokens.next().value())).hasSize(32);
    }
}
