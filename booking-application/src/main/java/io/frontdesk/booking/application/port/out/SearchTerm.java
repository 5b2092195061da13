package io.frontdesk.booking.application.port.out;

import io.frontdesk.booking.domain.shared.PhoneNumber;
import io.frontdesk.booking.domain.shared.PhoneRegion;
import java.util.Locale;
import java.util.Optional;

/**
 * What the desk typed into the search box, prepared for matching: {@code text} matches customer name or email,
 * case-insensitively, anywhere in them; {@code digits} is present when the input looks like (part of) a phone
 * number, and matches anywhere in the stored number's digits, so {@code +1 (201) 555-0123}, {@code 2015550123}
 * and {@code 555-0123} all find {@code +12015550123}. {@code leadingDigits} is present when such input starts
 * with a prefix that says where the number starts (see {@link PhoneNumber#leadingDigits}), and matches the start
 * of the stored number's digits: with the business's region, the national {@code 030 901820} and the
 * international {@code 0049 30 901820} find {@code +4930901820}, whose digits do not contain what was typed.
 */
public record SearchTerm(String text, Optional<String> digits, Optional<String> leadingDigits) {

    static final int MIN_PHONE_DIGITS = 3;

    /** The term without a region: phone numbers are matched by the digits typed only. */
    public static Optional<SearchTerm> of(Optional<String> raw) {
        return raw.map(String::strip).filter(s -> !s.isEmpty()).map(input -> parse(input, Optional.empty()));
    }

    /** The term as typed at a business whose local numbers are read against {@code region}. */
    public static Optional<SearchTerm> of(Optional<String> raw, PhoneRegion region) {
        return raw.map(String::strip).filter(s -> !s.isEmpty()).map(input -> parse(input, Optional.of(region)));
    }

    private static SearchTerm parse(String input, Optional<PhoneRegion> region) {
        String digits = input.replaceAll("[^0-9]", "");
        boolean phoneLike = input.matches("[0-9+()\\-./\\s]+") && digits.length() >= MIN_PHONE_DIGITS;
        Optional<String> leading = phoneLike
                ? region.flatMap(r -> PhoneNumber.leadingDigits(input, r)).filter(d -> !d.equals(digits))
                : Optional.empty();
        return new SearchTerm(input.toLowerCase(Locale.ROOT), phoneLike ? Optional.of(digits) : Optional.empty(),
                leading);
    }
}
