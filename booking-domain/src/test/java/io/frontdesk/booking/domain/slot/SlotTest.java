package io.frontdesk.booking.domain.slot;

import static io.frontdesk.booking.domain.slot.SlotBuilder.DEFAULT_START;
import static io.frontdesk.booking.domain.slot.SlotBuilder.NOW;
import static io.frontdesk.booking.domain.slot.SlotBuilder.aBookedSlot;
import static io.frontdesk.booking.domain.slot.SlotBuilder.aHeldSlot;
import static io.frontdesk.booking.domain.slot.SlotBuilder.anOpenSlot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontdesk.booking.domain.shared.DomainValidationException;
import io.frontdesk.booking.domain.shared.ErrorCode;
import io.frontdesk.booking.domain.shared.IllegalTransitionException;
import io.frontdesk.booking.domain.shared.SampleCustomers;
import io.frontdesk.booking.domain.shared.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Slot commands: booking, holding for a waitlist offer, and giving the slot back. */
class SlotTest {

    private static final Instant HOLD_ENDS = NOW.plus(Duration.ofHours(2));

    @Test
    void aNewSlotIsOpenWithoutAHold() {
        SlotId id = new SlotId(UUID.randomUUID());
        TimeRange time = TimeRange.of(DEFAULT_START, Duration.ofMinutes(30));

        Slot slot = Slot.open(id, SampleCustomers.TENANT, SlotBuilder.HAIRCUT, SlotBuilder.ALEX, time);

        assertThat(slot.id()).isEqualTo(id);
        assertThat(slot.tenantId()).isEqualTo(SampleCustomers.TENANT);
        assertThat(slot.serviceId()).isEqualTo(SlotBuilder.HAIRCUT);
        assertThat(slot.staffId()).isEqualTo(SlotBuilder.ALEX);
        assertThat(slot.time()).isEqualTo(time);
        assertThat(slot.status()).isEqualTo(SlotStatus.OPEN);
        assertThat(slot.heldUntil()).isEmpty();
        assertThat(slot.version()).isZero();
    }

    @Nested
    class BookingIt {

        @Test
        void anOpenFutureSlotIsBooked() {
            Slot slot = anOpenSlot().build();

            slot.book(NOW);

            assertThat(slot.status()).isEqualTo(SlotStatus.BOOKED);
        }

        @Test
        void aSlotThatHasStartedIsNotBooked() {
            Slot slot = anOpenSlot().startingAt(NOW.minusSeconds(60)).build();

            assertThatThrownBy(() -> slot.book(NOW))
                    .isInstanceOfSatisfying(SlotInThePastException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.SLOT_IN_THE_PAST));
            assertThat(slot.status()).isEqualTo(SlotStatus.OPEN);
        }

        @Test
        void aSlotStartingRightNowHasStartedAlready() {
            Slot slot = anOpenSlot().startingAt(NOW).build();

            assertThatThrownBy(() -> slot.book(NOW)).isInstanceOf(SlotInThePastException.class);
        }

        @Test
        void aSlotStartingASecondFromNowIsStillBooked() {
            Slot slot = anOpenSlot().startingAt(NOW.plusSeconds(1)).build();

            slot.book(NOW);

            assertThat(slot.status()).isEqualTo(SlotStatus.BOOKED);
        }

        @Test
        void secondBookingOfTheSameSlotIsRefused() {
            Slot slot = anOpenSlot().build();
            slot.book(NOW);

            assertThatThrownBy(() -> slot.book(NOW))
                    .isInstanceOfSatisfying(SlotUnavailableException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.SLOT_UNAVAILABLE));
            assertThat(slot.status()).isEqualTo(SlotStatus.BOOKED);
        }

        @Test
        void aHeldSlotIsNotBookedByAnyoneElse() {
            Slot slot = aHeldSlot(HOLD_ENDS).build();

            assertThatThrownBy(() -> slot.book(NOW)).isInstanceOf(SlotUnavailableException.class);
            assertThat(slot.status()).isEqualTo(SlotStatus.HELD);
            assertThat(slot.heldUntil()).contains(HOLD_ENDS);
        }

        @Test
        void onlyAnOpenFutureSlotIsBookable() {
            assertThat(anOpenSlot().build().isBookable(NOW)).isTrue();
            assertThat(anOpenSlot().startingAt(NOW).build().isBookable(NOW)).isFalse();
            assertThat(anOpenSlot().startingAt(NOW.minusSeconds(3600)).build().isBookable(NOW)).isFalse();
            assertThat(aHeldSlot(HOLD_ENDS).build().isBookable(NOW)).isFalse();
            assertThat(aBookedSlot().build().isBookable(NOW)).isFalse();
        }
    }

    @Nested
    class Holding {

        @Test
        void anOpenSlotIsHeldUntilTheOfferEnds() {
            Slot slot = anOpenSlot().build();

            slot.hold(HOLD_ENDS, NOW);

            assertThat(slot.status()).isEqualTo(SlotStatus.HELD);
            assertThat(slot.heldUntil()).contains(HOLD_ENDS);
        }

        @Test
        void aHoldMustEndInTheFuture() {
            Slot slot = anOpenSlot().build();

            assertThatThrownBy(() -> slot.hold(NOW, NOW))
                    .isInstanceOfSatisfying(DomainValidationException.class,
                            e -> assertThat(e.first().field()).isEqualTo("held_until"));
            assertThat(slot.status()).isEqualTo(SlotStatus.OPEN);
            assertThat(slot.heldUntil()).isEmpty();
        }

        @Test
        void aSlotThatHasStartedIsNotOffered() {
            Slot slot = anOpenSlot().startingAt(NOW.minusSeconds(60)).build();

            assertThatThrownBy(() -> slot.hold(HOLD_ENDS, NOW)).isInstanceOf(SlotInThePastException.class);
            assertThat(slot.status()).isEqualTo(SlotStatus.OPEN);
        }

        @Test
        void aBookedOrHeldSlotIsNotHeldAgain() {
            Slot booked = aBookedSlot().build();
            Slot held = aHeldSlot(HOLD_ENDS).build();

            assertThatThrownBy(() -> booked.hold(HOLD_ENDS, NOW)).isInstanceOf(SlotUnavailableException.class);
            assertThatThrownBy(() -> held.hold(HOLD_ENDS.plusSeconds(60), NOW))
                    .isInstanceOf(SlotUnavailableException.class);
            assertThat(booked.status()).isEqualTo(SlotStatus.BOOKED);
            assertThat(held.heldUntil()).contains(HOLD_ENDS);
        }

        @Test
        void aHeldSlotIsBookedForTheCustomerItWasOfferedToAndTheHoldEnds() {
            Slot slot = aHeldSlot(HOLD_ENDS).build();

            slot.bookHeld(NOW);

            assertThat(slot.status()).isEqualTo(SlotStatus.BOOKED);
            assertThat(slot.heldUntil()).isEmpty();
        }

        @Test
        void aHeldSlotIsNotBookedOnceTheHoldHasEnded() {
            Slot slot = aHeldSlot(HOLD_ENDS).build();

            assertThatThrownBy(() -> slot.bookHeld(HOLD_ENDS)).isInstanceOf(SlotUnavailableException.class);
            assertThat(slot.status()).isEqualTo(SlotStatus.HELD);
        }

        @Test
        void onlyAHeldSlotIsBookedAsHeld() {
            Slot open = anOpenSlot().build();

            assertThatThrownBy(() -> open.bookHeld(NOW)).isInstanceOf(SlotUnavailableException.class);
            assertThat(open.status()).isEqualTo(SlotStatus.OPEN);
        }

        @Test
        void releasingTheHoldReopensTheSlot() {
            Slot slot = aHeldSlot(HOLD_ENDS).build();

            slot.releaseHold();

            assertThat(slot.status()).isEqualTo(SlotStatus.OPEN);
            assertThat(slot.heldUntil()).isEmpty();
        }

        @Test
        void anOpenSlotHasNoHoldToRelease() {
            Slot slot = anOpenSlot().build();

            assertThatThrownBy(slot::releaseHold)
                    .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.SLOT_TRANSITION_REFUSED);
                        assertThat(e.from()).isEqualTo("open");
                        assertThat(e.to()).isEqualTo("open");
                    });
        }

        @Test
        void releasingAHoldNeverReopensABookedSlot() {
            Slot slot = aBookedSlot().build();

            assertThatThrownBy(slot::releaseHold)
                    .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.SLOT_TRANSITION_REFUSED);
                        assertThat(e.from()).isEqualTo("booked");
                    });
            assertThat(slot.status()).isEqualTo(SlotStatus.BOOKED);
        }
    }

    @Nested
    class Releasing {

        @Test
        void cancelingReleasesTheSlot() {
            Slot slot = aBookedSlot().build();

            slot.release();

            assertThat(slot.status()).isEqualTo(SlotStatus.OPEN);
            assertThat(slot.isBookable(NOW)).isTrue();
        }

        @Test
        void anOpenSlotIsNotReleasedAgain() {
            Slot slot = anOpenSlot().build();

            assertThatThrownBy(slot::release)
                    .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.SLOT_TRANSITION_REFUSED);
                        assertThat(e.code().code()).isEqualTo("SLOT.TRANSITION_REFUSED");
                        assertThat(e.from()).isEqualTo("open");
                        assertThat(e.to()).isEqualTo("open");
                    });
        }

        @Test
        void aHeldSlotIsReleasedOnlyThroughItsHold() {
            Slot slot = aHeldSlot(HOLD_ENDS).build();

            assertThatThrownBy(slot::release)
                    .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                        assertThat(e.from()).isEqualTo("held");
                        assertThat(e.to()).isEqualTo("open");
                    });
            assertThat(slot.status()).isEqualTo(SlotStatus.HELD);
            assertThat(slot.heldUntil()).contains(HOLD_ENDS);
        }
    }

    @Nested
    class Reconstituting {

        @Test
        void aStoredSlotKeepsItsStatusHoldAndVersion() {
            TimeRange time = TimeRange.of(DEFAULT_START, Duration.ofMinutes(45));
            SlotId id = new SlotId(UUID.randomUUID());

            Slot slot = Slot.reconstitute(id, SampleCustomers.TENANT, SlotBuilder.HAIRCUT, SlotBuilder.ALEX, time,
                    SlotStatus.HELD, HOLD_ENDS, 4);

            assertThat(slot.status()).isEqualTo(SlotStatus.HELD);
            assertThat(slot.heldUntil()).contains(HOLD_ENDS);
            assertThat(slot.version()).isEqualTo(4);
        }

        @Test
        void aHoldWithoutHeldStatusOrAHeldStatusWithoutHoldIsRefused() {
            TimeRange time = TimeRange.of(DEFAULT_START, Duration.ofMinutes(45));
            SlotId id = new SlotId(UUID.randomUUID());

            assertThatThrownBy(() -> Slot.reconstitute(id, SampleCustomers.TENANT, SlotBuilder.HAIRCUT,
                    SlotBuilder.ALEX, time, SlotStatus.OPEN, HOLD_ENDS, 1))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Slot.reconstitute(id, SampleCustomers.TENANT, SlotBuilder.HAIRCUT,
                    SlotBuilder.ALEX, time, SlotStatus.HELD, null, 1))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
