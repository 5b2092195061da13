package io.frontdesk.booking.domain.waitlist;

import java.util.Objects;
import java.util.regex.Pattern;

/** The SHA-256 of an {@link OfferToken}, as 64 lower-case hex digits: all that storage knows of the token. */
public record OfferTokenHash(String hex) {

    private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{64}");

    public OfferTokenHash {
        Objects.requireNonNull(hex, "token hash");
        if (!FORMAT.matcher(hex).matches()) {
            throw new IllegalArgumentException("a token hash is 64 lower-case hex digits");
        }
    }
}
