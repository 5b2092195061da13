package io.frontdesk.booking.domain.booking;

import static io.frontdesk.booking.domain.booking.BookingStatus.CANCELED;
import static io.frontdesk.booking.domain.booking.BookingStatus.COMPLETED;
import static io.frontdesk.booking.domain.booking.BookingStatus.CONFIRMED;
import static io.frontdesk.booking.domain.booking.BookingStatus.NO_SHOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The booking status machine, pair by pair: a confirmed booking ends once, as completed, no-show or canceled. */
class BookingStatusTest {

    /** Every (from, to) pair and whether the move is allowed, as the business rules state it. */
    static List<Arguments> everyPair() {
        return List.of(
                arguments(CONFIRMED, CONFIRMED, false),
                arguments(CONFIRMED, COMPLETED, true),
                arguments(CONFIRMED, NO_SHOW, true),
                arguments(CONFIRMED, CANCELED, true),
                arguments(COMPLETED, CONFIRMED, false),
                arguments(COMPLETED, COMPLETED, false),
                arguments(COMPLETED, NO_SHOW, false),
                arguments(COMPLETED, CANCELED, false),
                arguments(NO_SHOW, CONFIRMED, false),
                arguments(NO_SHOW, COMPLETED, false),
                arguments(NO_SHOW, NO_SHOW, false),
                arguments(NO_SHOW, CANCELED, false),
                arguments(CANCELED, CONFIRMED, false),
                arguments(CANCELED, COMPLETED, false),
                arguments(CANCELED, NO_SHOW, false),
                arguments(CANCELED, CANCELED, false));
    }

    @ParameterizedTest(name = "{0} -> {1} allowed: {2}")
    @MethodSource("everyPair")
    void onlyAConfirmedBookingMovesAndOnlyToAnEndState(BookingStatus from, BookingStatus to, boolean allowed) {
        assertThat(from.canTransitionTo(to)).isEqualTo(allowed);
    }

    @Test
    void theTableNamesEveryPairOnce() {
        int statuses = BookingStatus.values().length;

        assertThat(everyPair()).hasSize(statuses * statuses);
        assertThat(everyPair().stream().map(a -> List.of(a.get()[0], a.get()[1])).distinct())
                .hasSize(statuses * statuses);
    }

    @ParameterizedTest
    @CsvSource({"CONFIRMED, false", "COMPLETED, true", "NO_SHOW, true", "CANCELED, true"})
    void everyStatusButConfirmedIsFinal(BookingStatus status, boolean isFinal) {
        assertThat(status.isFinal()).isEqualTo(isFinal);
    }

    @ParameterizedTest
    @CsvSource({"CONFIRMED, false", "COMPLETED, false", "NO_SHOW, true", "CANCELED, true"})
    void cancelingAndNoShowReleaseTheSlotCompletingKeepsIt(BookingStatus status, boolean releasesSlot) {
        assertThat(status.releasesSlot()).isEqualTo(releasesSlot);
    }

    @ParameterizedTest
    @CsvSource({"CONFIRMED, confirmed", "COMPLETED, completed", "NO_SHOW, no_show", "CANCELED, canceled"})
    void theWireValueIsTheLowerCaseName(BookingStatus status, String value) {
        assertThat(status.value()).isEqualTo(value);
        assertThat(BookingStatus.fromValue(value)).contains(status);
    }

    @ParameterizedTest
    @EnumSource(BookingStatus.class)
    void everyStatusSurvivesTheRoundTripThroughItsValue(BookingStatus status) {
        assertThat(BookingStatus.fromValue(status.value())).contains(status);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"pending", "CONFIRMED", "No_Show", " canceled", "no-show"})
    void anUnknownValueNamesNoStatus(String value) {
        assertThat(BookingStatus.fromValue(value)).isEmpty();
    }
}
