package io.frontdesk.booking.domain.waitlist;

import static io.frontdesk.booking.domain.waitlist.WaitlistStatus.BOOKED;
import static io.frontdesk.booking.domain.waitlist.WaitlistStatus.EXPIRED;
import static io.frontdesk.booking.domain.waitlist.WaitlistStatus.OFFERED;
import static io.frontdesk.booking.domain.waitlist.WaitlistStatus.REMOVED;
import static io.frontdesk.booking.domain.waitlist.WaitlistStatus.WAITING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The waitlist entry status machine, pair by pair. */
class WaitlistStatusTest {

    /** Every (from, to) pair and whether the move is allowed. */
    static List<Arguments> everyPair() {
        return List.of(
                arguments(WAITING, WAITING, false),
                arguments(WAITING, OFFERED, true),
                arguments(WAITING, BOOKED, false),
                arguments(WAITING, EXPIRED, true),
                arguments(WAITING, REMOVED, true),
                arguments(OFFERED, WAITING, true),
                arguments(OFFERED, OFFERED, false),
                arguments(OFFERED, BOOKED, true),
                arguments(OFFERED, EXPIRED, true),
                arguments(OFFERED, REMOVED, true),
                arguments(BOOKED, WAITING, false),
                arguments(BOOKED, OFFERED, false),
                arguments(BOOKED, BOOKED, false),
                arguments(BOOKED, EXPIRED, false),
                arguments(BOOKED, REMOVED, false),
                arguments(EXPIRED, WAITING, false),
                arguments(EXPIRED, OFFERED, false),
                arguments(EXPIRED, BOOKED, false),
                arguments(EXPIRED, EXPIRED, false),
                arguments(EXPIRED, REMOVED, false),
                arguments(REMOVED, WAITING, false),
                arguments(REMOVED, OFFERED, false),
                arguments(REMOVED, BOOKED, false),
                arguments(REMOVED, EXPIRED, false),
                arguments(REMOVED, REMOVED, false));
    }

    @ParameterizedTest(name = "{0} -> {1} allowed: {2}")
    @MethodSource("everyPair")
    void anEntryMovesOnlyAsTheLifeCycleAllows(WaitlistStatus from, WaitlistStatus to, boolean allowed) {
        assertThat(from.canTransitionTo(to)).isEqualTo(allowed);
    }

    @Test
    void theTableNamesEveryPairOnce() {
        int statuses = WaitlistStatus.values().length;

        assertThat(everyPair().stream().map(a -> List.of(a.get()[0], a.get()[1])).distinct())
                .hasSize(statuses * statuses);
        assertThat(everyPair()).hasSize(statuses * statuses);
    }

    @ParameterizedTest
    @CsvSource({"WAITING, waiting", "OFFERED, offered", "BOOKED, booked", "EXPIRED, expired", "REMOVED, removed"})
    void theWireValueIsTheLowerCaseName(WaitlistStatus status, String value) {
        assertThat(status.value()).isEqualTo(value);
        assertThat(WaitlistStatus.fromValue(value)).contains(status);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"WAITING", "declined", "canceled"})
    void anUnknownValueNamesNoStatus(String value) {
        assertThat(WaitlistStatus.fromValue(value)).isEmpty();
    }
}
