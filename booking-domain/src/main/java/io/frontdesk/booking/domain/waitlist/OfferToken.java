package io.frontdesk.booking.domain.waitlist;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret that answers one {@link Offer}: 32 random bytes, URL-safe base64 without padding (43 characters), as
 * it travels in the customer's links. Only its {@link #hash()} is ever stored; {@link #toString()} never shows it.
 */
public record OfferToken(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

    public OfferToken {
        Objects.requireNonNull(value, "token");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("an offer token is 43 URL-safe base64 characters");
        }
    }

    /** The token in {@code text}, or empty when the text cannot be one (so it cannot match any offer either). */
    public static Optional<OfferToken> parse(String text) {
        return text != null && FORMAT.matcher(text).matches() ? Optional.of(new OfferToken(text)) : Optional.empty();
    }

    /** What storage keeps and looks offers up by. */
    public OfferTokenHash hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return new OfferTokenHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "OfferToken[hidden]";
    }
}
