package io.frontdesk.booking.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The error codes are a public contract: clients switch on them, so they never change by accident. */
class ErrorCodeTest {

    @ParameterizedTest(name = "{0} is {1} ({2})")
    @CsvSource({
            "VALIDATION_FAILED, VALIDATION.FAILED, INVALID",
            "BOOKING_NOT_FOUND, BOOKING.NOT_FOUND, NOT_FOUND",
            "BOOKING_TRANSITION_REFUSED, BOOKING.TRANSITION_REFUSED, CONFLICT",
            "BOOKING_MODIFIED_CONCURRENTLY, BOOKING.MODIFIED_CONCURRENTLY, CONFLICT",
            "SLOT_NOT_FOUND, SLOT.NOT_FOUND, NOT_FOUND",
            "SLOT_IN_THE_PAST, SLOT.IN_THE_PAST, INVALID",
            "SLOT_UNAVAILABLE, SLOT.UNAVAILABLE, CONFLICT",
            "SLOT_TRANSITION_REFUSED, SLOT.TRANSITION_REFUSED, CONFLICT",
            "SERVICE_NOT_FOUND, SERVICE.NOT_FOUND, NOT_FOUND",
            "STAFF_NOT_FOUND, STAFF.NOT_FOUND, NOT_FOUND",
            "TENANT_NOT_FOUND, TENANT.NOT_FOUND, NOT_FOUND",
            "WAITLIST_ENTRY_NOT_FOUND, WAITLIST_ENTRY.NOT_FOUND, NOT_FOUND",
            "WAITLIST_TRANSITION_REFUSED, WAITLIST_ENTRY.TRANSITION_REFUSED, CONFLICT",
            "WAITLIST_OFFER_EXPIRED, WAITLIST_ENTRY.OFFER_EXPIRED, CONFLICT",
            "CALENDAR_NOTHING_TO_RETRY, CALENDAR.NOTHING_TO_RETRY, CONFLICT",
            "CALENDAR_FEED_NOT_FOUND, CALENDAR_FEED.NOT_FOUND, NOT_FOUND",
            "WAITLIST_OFFER_NOT_FOUND, WAITLIST_OFFER.NOT_FOUND, NOT_FOUND",
            "WAITLIST_OFFER_CLOSED, WAITLIST_OFFER.CLOSED, CONFLICT"})
    void eachCodeKeepsItsWireNameAndKind(ErrorCode error, String code, ErrorCode.Kind kind) {
        assertThat(error.code()).isEqualTo(code);
        assertThat(error.kind()).isEqualTo(kind);
    }

    @Test
    void theTableAboveNamesEveryCodeAndNoWireNameIsUsedTwice() {
        assertThat(ErrorCode.values()).hasSize(18);
        assertThat(Arrays.stream(ErrorCode.values()).map(ErrorCode::code).distinct()).hasSize(18);
    }

    @Test
    void aNotFoundRefusalCarriesANotFoundCodeAndSaysNothingMore() {
        NotFoundException missing = new NotFoundException(ErrorCode.SLOT_NOT_FOUND, "Slot", "42");

        assertThat(missing.code()).isEqualTo(ErrorCode.SLOT_NOT_FOUND);
        assertThat(missing.id()).isEqualTo("42");
        assertThat(missing.getMessage()).isEqualTo("Slot not found");
        assertThatThrownBy(() -> new NotFoundException(ErrorCode.SLOT_UNAVAILABLE, "Slot", "42"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
