package io.frontdesk.booking.domain.shared;

import java.util.Objects;
import java.util.Optional;

/** The person a booking or waitlist entry is for: a name, a phone number, and optionally an email address. */
public record Customer(PersonName name, PhoneNumber phone, Optional<EmailAddress> email) {

    public static final String NAME_FIELD = "customer_name";
    public static final String PHONE_FIELD = "customer_phone";
    public static final String EMAIL_FIELD = "customer_email";

    public Customer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(email, "email");
    }

    /**
     * Builds a customer from raw input, reporting every invalid field at once under the names
     * {@value #NAME_FIELD}, {@value #PHONE_FIELD} and {@value #EMAIL_FIELD}. A blank email means "none".
     */
    public static Customer of(String name, String phone, String email, PhoneRegion region) {
        Violations violations = new Violations();
        Customer customer = collect(violations, name, phone, email, region);
        violations.throwIfAny();
        return customer;
    }

    /** As {@link #of}, but adds the violations to {@code violations} and returns {@code null} when there are any. */
    public static Customer collect(Violations violations, String name, String phone, String email, PhoneRegion region) {
        PersonName personName = violations.check(NAME_FIELD, () -> PersonName.of(name));
        PhoneNumber phoneNumber = violations.check(PHONE_FIELD, () -> PhoneNumber.parse(phone, region));
        Optional<EmailAddress> emailAddress = violations.check(EMAIL_FIELD,
                () -> email == null || email.isBlank() ? Optional.empty() : Optional.of(EmailAddress.of(email)));
        if (personName == null || phoneNumber == null || emailAddress == null) {
            return null;
        }
        return new Customer(personName, phoneNumber, emailAddress);
    }
}
