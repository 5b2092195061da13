package io.frontdesk.booking.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Phone numbers are kept in E.164 however they were typed; numbers without a country code are read against the
 * tenant's region. Validation is strict: numbers that cannot be assigned (area code 555, for one) are refused.
 */
class PhoneNumberTest {

    private static final PhoneRegion US = PhoneRegion.of("US");
    private static final PhoneRegion GB = PhoneRegion.of("GB");
    private static final PhoneRegion DE = PhoneRegion.of("DE");

    @ParameterizedTest(name = "\"{0}\" in {1} -> {2}")
    @CsvSource({
            "'+1 (201) 555-0123', US, +12015550123",
            "2015550123, US, +12015550123",
            "(201) 555-0123, US, +12015550123",
            "'  201.555.0123  ', US, +12015550123",
            "'+1 201-555-0123', GB, +12015550123",
            "'+44 20 7946 0018', US, +442079460018",
            "'020 7946 0018', GB, +442079460018",
            "'030 901820', DE, +4930901820",
            "'+49 30 901820', GB, +4930901820"})
    void aNumberIsKeptInE164HoweverItWasTyped(String typed, String region, String e164) {
        assertThat(PhoneNumber.parse(typed, PhoneRegion.of(region)).e164()).isEqualTo(e164);
    }

    @Test
    void theSameNumberTypedTwoWaysIsTheSameNumber() {
        assertThat(PhoneNumber.parse("+1 (201) 555-0123", US)).isEqualTo(PhoneNumber.parse("2015550123", US));
    }

    @Test
    void aNationalNumberDependsOnTheRegionItIsReadIn() {
        assertThat(PhoneNumber.parse("020 7946 0018", GB).e164()).isEqualTo("+442079460018");
        assertThatThrownBy(() -> PhoneNumber.parse("020 7946 0018", US))
                .isInstanceOf(DomainValidationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "+1 555 555 0123",
            "555-555-0123",
            "+1 201 555 01234",
            "12345",
            "not a number",
            "+999 1234 5678",
            "+44 20 7946"})
    void aNumberThatCannotBeAssignedIsRefused(String typed) {
        assertThatThrownBy(() -> PhoneNumber.parse(typed, US))
                .isInstanceOfSatisfying(DomainValidationException.class, e -> {
                    assertThat(e.first().field()).isEqualTo("phone");
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                });
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t"})
    void aNumberIsRequired(String typed) {
        assertThatThrownBy(() -> PhoneNumber.parse(typed, US))
                .isInstanceOfSatisfying(DomainValidationException.class,
                        e -> assertThat(e.first().message()).isEqualTo("is required"));
    }

    @Test
    void overlongInputIsRefusedBeforeParsing() {
        assertThatThrownBy(() -> PhoneNumber.parse("+1 201 555 0123" + " ".repeat(30) + "0", US))
                .isInstanceOfSatisfying(DomainValidationException.class,
                        e -> assertThat(e.first().message()).contains("at most 40"));
    }

    @Test
    void aStoredNumberMustBeValidE164() {
        assertThat(new PhoneNumber("+442079460018").e164()).isEqualTo("+442079460018");
        assertThatThrownBy(() -> new PhoneNumber("442079460018")).isInstanceOf(DomainValidationException.class);
        assertThatThrownBy(() -> new PhoneNumber("+44 20 7946 0018")).isInstanceOf(DomainValidationException.class);
        assertThatThrownBy(() -> new PhoneNumber("+15555550123")).isInstanceOf(DomainValidationException.class);
        assertThatThrownBy(() -> new PhoneNumber(null)).isInstanceOf(DomainValidationException.class);
    }

    @Test
    void aNumberIsShownInInternationalFormAndSearchedByItsDigits() {
        PhoneNumber number = PhoneNumber.parse("2015550123", US);

        assertThat(number.international()).isEqualTo("+1 201-555-0123");
        assertThat(number.digits()).isEqualTo("12015550123");
        assertThat(number).hasToString("+12015550123");
    }

    @ParameterizedTest(name = "\"{0}\" in {1} starts with {2}")
    @CsvSource({
            "'030 901820', DE, 4930901820",
            "'(030) 90-18', DE, 49309018",
            "'0049 30 9018', DE, 49309018",
            "'+49 30 9018', US, 49309018",
            "'020 7946 0018', GB, 442079460018",
            "'00 44 20 7946', GB, 44207946",
            "'1 (201) 555', US, 1201555",
            "'011 44 20 7946', US, 44207946"})
    void aNumberTypedWithAPrefixSaysHowTheStoredNumberStarts(String typed, String region, String leading) {
        assertThat(PhoneNumber.leadingDigits(typed, PhoneRegion.of(region))).contains(leading);
    }

    @Test
    void theStartOfANationalNumberIsTheStartOfItsStoredDigits() {
        PhoneNumber stored = PhoneNumber.parse("030 901820", DE);

        assertThat(stored.digits()).startsWith(PhoneNumber.leadingDigits("030 90", DE).orElseThrow());
        assertThat(stored.digits()).doesNotContain("030 90".replace(" ", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"901820", "7946 0018", "555-0123", "", "  ", "no digits"})
    void otherDigitsMayBeAnyPartOfANumber(String typed) {
        assertThat(PhoneNumber.leadingDigits(typed, DE)).isEmpty();
        assertThat(PhoneNumber.leadingDigits(typed, US)).isEmpty();
    }

    @Test
    void aRegionIsASupportedCodeInAnyCase() {
        assertThat(PhoneRegion.of(" gb ").code()).isEqualTo("GB");
        assertThatThrownBy(() -> PhoneRegion.of("XX"))
                .isInstanceOfSatisfying(DomainValidationException.class,
                        e -> assertThat(e.first().field()).isEqualTo("phone_region"));
        assertThatThrownBy(() -> PhoneRegion.of(""))
                .isInstanceOfSatisfying(DomainValidationException.class,
                        e -> assertThat(e.first().field()).isEqualTo("phone_region"));
    }
}
