package io.frontdesk.booking.domain.shared;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Locale;

/** The CLDR region (e.g. {@code US}, {@code DE}) that numbers typed without a country code are read against. */
public record PhoneRegion(String code) {

    public PhoneRegion {
        if (code == null || code.isBlank()) {
            throw DomainValidationException.of("phone_region", "is required");
        }
        code = code.strip().toUpperCase(Locale.ROOT);
        if (!PhoneNumberUtil.getInstance().getSupportedRegions().contains(code)) {
            throw DomainValidationException.of("phone_region", "is not a supported region code");
        }
    }

    public static PhoneRegion of(String code) {
        return new PhoneRegion(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
