package io.frontdesk.booking.domain.booking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** How a booking came about, and which of those staff may choose. */
class BookingSourceTest {

    @ParameterizedTest
    @CsvSource({"WAITLIST, waitlist, false", "DIRECT, direct, true", "WALK_IN, walk_in, true",
            "MANUAL, manual, true"})
    void staffChooseEverySourceButTheWaitlist(BookingSource source, String value, boolean staffCreatable) {
        assertThat(source.isStaffCreatable()).isEqualTo(staffCreatable);
        assertThat(source.value()).isEqualTo(value);
        assertThat(BookingSource.fromValue(value)).contains(source);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"WALK_IN", "walk-in", "phone", "online"})
    void anUnknownValueNamesNoSource(String value) {
        assertThat(BookingSource.fromValue(value)).isEmpty();
    }
}
