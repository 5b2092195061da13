package io.frontdesk.booking.application.port.out;

import java.util.Locale;
import java.util.Optional;

/**
 * What the desk typed into the search box, prepared for matching: {@code text} matches customer name or email,
 * case-insensitively, anywhere in them; {@code digits} is present when the input looks like (part of) a phone
 * number, and matches anywhere in the stored number's digits, so {@code +1 (201) 555-0123}, {@code 2015550123}
 * and {@code 555-0123} all find {@code +12015550123}.
 */
public record SearchTerm(String text, Optional<String> digits) {

    static final int MIN_PHONE_DIGITS = 3;

    public static Optional<SearchTerm> of(Optional<String> raw) {
        return raw.map(String::strip).filter(s -> !s.isEmpty()).map(SearchTerm::parse);
    }

    private static SearchTerm parse(String input) {
        String digits = input.replaceAll("[^0-9]", "");
        boolean phoneLike = input.matches("[0-9+()\\-./\\s]+") && digits.length() >= MIN_PHONE_DIGITS;
        return new SearchTerm(input.toLowerCase(Locale.ROOT), phoneLike ? Optional.of(digits) : Optional.empty());
    }
}
