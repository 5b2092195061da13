package io.frontdesk.booking.domain.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address in the form browsers accept for {@code <input type="email">}, with a dotted domain; trimmed,
 * domain lower-cased, at most 254 characters.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;
    private static final Pattern FORM = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    public EmailAddress {
        value = normalise(value);
    }

    public static EmailAddress of(String raw) {
        return new EmailAddress(raw);
    }

    private static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            throw DomainValidationException.of("email", "is required");
        }
        String trimmed = raw.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw DomainValidationException.of("email", "must be at most " + MAX_LENGTH + " characters");
        }
        if (!FORM.matcher(trimmed).matches()) {
            throw DomainValidationException.of("email", "is not a valid email address");
        }
        int at = trimmed.lastIndexOf('@');
        return trimmed.substring(0, at) + trimmed.substring(at).toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
