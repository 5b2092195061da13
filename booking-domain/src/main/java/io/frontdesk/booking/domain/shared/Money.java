package io.frontdesk.booking.domain.shared;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** A non-negative amount in minor units (cents) of an ISO 4217 currency; never a floating-point number. */
public record Money(long minorUnits, Currency currency) {

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (minorUnits < 0) {
            throw DomainValidationException.of("price", "must not be negative");
        }
    }

    /** Parses an ISO 4217 code such as {@code EUR}; an unknown code is a validation error on {@code currency}. */
    public static Money of(long minorUnits, String currencyCode) {
        if (currencyCode == null || !currencyCode.matches("[A-Z]{3}")) {
            throw DomainValidationException.of("currency", "must be an ISO 4217 code such as EUR");
        }
        try {
            return new Money(minorUnits, Currency.getInstance(currencyCode));
        } catch (IllegalArgumentException e) {
            throw DomainValidationException.of("currency", "is not a known ISO 4217 currency");
        }
    }

    /** The amount in major units, e.g. 12.50 for 1250 cents of EUR. */
    public BigDecimal amount() {
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        return BigDecimal.valueOf(minorUnits, digits);
    }
}
