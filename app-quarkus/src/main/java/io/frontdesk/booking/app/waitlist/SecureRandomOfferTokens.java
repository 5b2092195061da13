package io.frontdesk.booking.app.waitlist;

import io.frontdesk.booking.application.port.out.OfferTokens;
import io.frontdesk.booking.domain.waitlist.OfferToken;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.Base64;

/** Offer tokens of 256 random bits from the platform's strong random source, URL-safe base64 without padding. */
@ApplicationScoped
public class SecureRandomOfferTokens implements OfferTokens {

    private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random = new SecureRandom();

    @Override
    public OfferToken next() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return new OfferToken(URL_SAFE.encodeToString(bytes));
    }
}
