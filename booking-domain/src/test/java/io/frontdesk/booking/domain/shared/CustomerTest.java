package io.frontdesk.booking.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** A customer built from raw input, with every invalid field reported at once under its boundary name. */
class CustomerTest {

    private static final PhoneRegion US = PhoneRegion.of("US");

    @Test
    void validInputMakesANormalisedCustomer() {
        Customer customer = Customer.of("  Grace   Hopper ", "(201) 555-0123", " Grace@Navy.MIL ", US);

        assertThat(customer.name()).isEqualTo(PersonName.of("Grace Hopper"));
        assertThat(customer.phone().e164()).isEqualTo("+12015550123");
        assertThat(customer.email()).contains(EmailAddress.of("Grace@navy.mil"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void aBlankEmailMeansNone(String email) {
        assertThat(Customer.of("Grace Hopper", "2015550123", email, US).email()).isEqualTo(Optional.empty());
    }

    @Test
    void everyInvalidFieldIsReportedAtOnceInFieldOrder() {
        assertThatThrownBy(() -> Customer.of("G", "555-555-0123", "grace@", US))
                .isInstanceOfSatisfying(DomainValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.violations()).extracting(Violation::field)
                            .containsExactly("customer_name", "customer_phone", "customer_email");
                    assertThat(e.first().field()).isEqualTo("customer_name");
                    assertThat(e.getMessage()).contains("customer_name").contains("customer_phone")
                            .contains("customer_email");
                });
    }

    @Test
    void anInvalidNameIsReportedAsTheCustomerName() {
        assertThatThrownBy(() -> Customer.of(" ", "2015550123", null, US))
                .isInstanceOfSatisfying(DomainValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation("customer_name", "is required")));
    }

    @Test
    void anInvalidPhoneIsReportedAsTheCustomerPhone() {
        assertThatThrownBy(() -> Customer.of("Grace Hopper", "+1 555 555 0123", null, US))
                .isInstanceOfSatisfying(DomainValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("customer_phone"));
    }

    @Test
    void aMissingPhoneIsReportedAsTheCustomerPhone() {
        assertThatThrownBy(() -> Customer.of("Grace Hopper", "", null, US))
                .isInstanceOfSatisfying(DomainValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation("customer_phone", "is required")));
    }

    @Test
    void anInvalidEmailIsReportedAsTheCustomerEmail() {
        assertThatThrownBy(() -> Customer.of("Grace Hopper", "2015550123", "grace at navy", US))
                .isInstanceOfSatisfying(DomainValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("customer_email"));
    }

    @Test
    void collectingAddsToViolationsAlreadyFoundAndReturnsNoCustomer() {
        Violations violations = new Violations();
        violations.add("booking_source", "is required");

        Customer customer = Customer.collect(violations, "Grace Hopper", "nope", null, US);

        assertThat(customer).isNull();
        assertThatThrownBy(violations::throwIfAny)
                .isInstanceOfSatisfying(DomainValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("booking_source", "customer_phone"));
    }

    @Test
    void collectingValidInputAddsNothing() {
        Violations violations = new Violations();

        Customer customer = Customer.collect(violations, "Grace Hopper", "2015550123", null, US);

        assertThat(customer).isNotNull();
        assertThat(violations.isEmpty()).isTrue();
    }

    @Test
    void aCustomerNeedsANameAPhoneAndAnEmailOption() {
        PersonName name = PersonName.of("Grace Hopper");
        PhoneNumber phone = PhoneNumber.parse("2015550123", US);

        assertThatThrownBy(() -> new Customer(null, phone, Optional.empty())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Customer(name, null, Optional.empty())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Customer(name, phone, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aValidationFailureNeedsAtLeastOneViolation() {
        assertThatThrownBy(() -> new DomainValidationException(java.util.List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
