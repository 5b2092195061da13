package io.frontdesk.booking.domain.slot;

import static io.frontdesk.booking.domain.slot.SlotStatus.BOOKED;
import static io.frontdesk.booking.domain.slot.SlotStatus.HELD;
import static io.frontdesk.booking.domain.slot.SlotStatus.OPEN;
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

/** The slot status machine, pair by pair. */
class SlotStatusTest {

    /** Every (from, to) pair and whether the move is allowed. */
    static List<Arguments> everyPair() {
        return List.of(
                arguments(OPEN, OPEN, false),
                arguments(OPEN, HELD, true),
                arguments(OPEN, BOOKED, true),
                arguments(HELD, OPEN, true),
                arguments(HELD, HELD, false),
                arguments(HELD, BOOKED, true),
                arguments(BOOKED, OPEN, true),
                arguments(BOOKED, HELD, false),
                arguments(BOOKED, BOOKED, false));
    }

    @ParameterizedTest(name = "{0} -> {1} allowed: {2}")
    @MethodSource("everyPair")
    void aSlotMovesOnlyAsTheLifeCycleAllows(SlotStatus from, SlotStatus to, boolean allowed) {
        assertThat(from.canTransitionTo(to)).isEqualTo(allowed);
    }

    @Test
    void theTableNamesEveryPairOnce() {
        int statuses = SlotStatus.values().length;

        assertThat(everyPair().stream().map(a -> List.of(a.get()[0], a.get()[1])).distinct())
                .hasSize(statuses * statuses);
        assertThat(everyPair()).hasSize(statuses * statuses);
    }

    @ParameterizedTest
    @CsvSource({"OPEN, open", "HELD, held", "BOOKED, booked"})
    void theWireValueIsTheLowerCaseName(SlotStatus status, String value) {
        assertThat(status.value()).isEqualTo(value);
        assertThat(SlotStatus.fromValue(value)).contains(status);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"OPEN", "available", "reserved"})
    void anUnknownValueNamesNoStatus(String value) {
        assertThat(SlotStatus.fromValue(value)).isEmpty();
    }
}
