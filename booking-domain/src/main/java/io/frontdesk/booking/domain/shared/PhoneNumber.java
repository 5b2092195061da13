package io.frontdesk.booking.domain.shared;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Optional;

/**
 * A valid telephone number, held in E.164 form ({@code +15550102000}) whatever way it was typed. Numbers without
 * a country code are read against the tenant's {@link PhoneRegion}.
 */
public record PhoneNumber(String e164) {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final int MAX_INPUT_LENGTH = 40;

    public PhoneNumber {
        if (e164 == null || !e164.matches("\\+[1-9][0-9]{5,14}")) {
            throw DomainValidationException.of("phone", "must be in E.164 form, such as +15550102000");
        }
        if (!UTIL.isValidNumber(parseOrRefuse(e164, "ZZ"))) {
            throw DomainValidationException.of("phone", "is not a valid phone number");
        }
    }

    /** Reads a number as typed ({@code (555) 010-2000}, {@code +44 20 7946 0018}, ...) against {@code region}. */
    public static PhoneNumber parse(String raw, PhoneRegion region) {
        if (raw == null || raw.isBlank()) {
            throw DomainValidationException.of("phone", "is required");
        }
        if (raw.length() > MAX_INPUT_LENGTH) {
            throw DomainValidationException.of("phone", "must be at most " + MAX_INPUT_LENGTH + " characters");
        }
        Phonenumber.PhoneNumber parsed = parseOrRefuse(raw.strip(), region.code());
        if (!UTIL.isValidNumber(parsed)) {
            throw DomainValidationException.of("phone", "is not a valid phone number");
        }
        return new PhoneNumber(UTIL.format(parsed, PhoneNumberFormat.E164));
    }

    /**
     * The leading digits of a stored number ({@link #digits()}) that (the start of) a number typed with a prefix
     * stands for: {@code +49 30 90}, {@code 0049 30 90} and, in Germany, {@code 030 90} all start
     * {@code 493090}. A typed number that starts with {@code +}, the region's international call prefix or its
     * national trunk prefix says where it starts; any other digits may be any part of a number, and give none.
     */
    public static Optional<String> leadingDigits(String typed, PhoneRegion region) {
        String digits = typed == null ? "" : typed.replaceAll("[^0-9]", "");
        if (digits.isEmpty()) {
            return Optional.empty();
        }
        if (typed.strip().startsWith("+")) {
            return Optional.of(digits);
        }
        try {
            Phonenumber.PhoneNumber parsed = UTIL.parseAndKeepRawInput(typed, region.code());
            if (parsed.getCountryCodeSource() == Phonenumber.PhoneNumber.CountryCodeSource.FROM_NUMBER_WITH_IDD) {
                return Optional.of(parsed.getCountryCode() + UTIL.getNationalSignificantNumber(parsed));
            }
        } catch (NumberParseException e) {
            // Too short or malformed as a whole number: what was typed may still start with the trunk prefix.
        }
        String trunk = UTIL.getNddPrefixForRegion(region.code(), true);
        if (trunk != null && !trunk.isEmpty() && digits.startsWith(trunk)) {
            return Optional.of(UTIL.getCountryCodeForRegion(region.code()) + digits.substring(trunk.length()));
        }
        return Optional.empty();
    }

    /** Human-readable international form, e.g. {@code +1 555-010-2000}. */
    public String international() {
        return UTIL.format(parseOrRefuse(e164, "ZZ"), PhoneNumberFormat.INTERNATIONAL);
    }

    /** The digits alone, without the plus sign: what a search by phone matches against. */
    public String digits() {
        return e164.substring(1);
    }

    private static Phonenumber.PhoneNumber parseOrRefuse(String text, String region) {
        try {
            return UTIL.parse(text, region);
        } catch (NumberParseException e) {
            throw DomainValidationException.of("phone", "is not a valid phone number");
        }
    }

    @Override
    public String toString() {
        return e164;
    }
}
