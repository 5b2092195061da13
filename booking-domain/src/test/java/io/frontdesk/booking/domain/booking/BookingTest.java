package io.frontdesk.booking.domain.booking;

import static io.frontdesk.booking.domain.booking.BookingBuilder.CONFIRMED_AT;
import static io.frontdesk.booking.domain.booking.BookingBuilder.aBookingThatIs;
import static io.frontdesk.booking.domain.booking.BookingBuilder.aConfirmedBooking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.frontdesk.booking.domain.shared.DomainValidationException;
import io.frontdesk.booking.domain.shared.ErrorCode;
import io.frontdesk.booking.domain.shared.IllegalTransitionException;
import io.frontdesk.booking.domain.shared.SampleCustomers;
import io.frontdesk.booking.domain.shared.Violation;
import io.frontdesk.booking.domain.slot.Slot;
import io.frontdesk.booking.domain.slot.SlotBuilder;
import io.frontdesk.booking.domain.waitlist.WaitlistEntryId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The booking aggregate: how it is created, how it ends, what it records, and what it refuses. */
class BookingTest {

    private static final Instant LATER = CONFIRMED_AT.plusSeconds(7200);
    private static final BookingId ID = new BookingId(UUID.fromString("0b6e3f5a-2c7d-4f1e-8a9b-000000000001"));

    @Nested
    class Creating {

        @Test
        void aNewBookingIsConfirmedForTheSlotItBooked() {
            Slot slot = SlotBuilder.aBookedSlot().build();

            Booking booking = Booking.confirm(ID, slot, SampleCustomers.ada(), BookingSource.WALK_IN,
                    SampleCustomers.RECEPTIONIST, CONFIRMED_AT);

            assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
            assertThat(booking.id()).isEqualTo(ID);
            assertThat(booking.tenantId()).isEqualTo(slot.tenantId());
            assertThat(booking.slotId()).isEqualTo(slot.id());
            assertThat(booking.serviceId()).isEqualTo(slot.serviceId());
            assertThat(booking.staffId()).isEqualTo(slot.staffId());
            assertThat(booking.time()).isEqualTo(slot.time());
            assertThat(booking.customer()).isEqualTo(SampleCustomers.ada());
            assertThat(booking.source()).isEqualTo(BookingSource.WALK_IN);
            assertThat(booking.waitlistEntryId()).isEmpty();
            assertThat(booking.createdBy()).isEqualTo(SampleCustomers.RECEPTIONIST);
            assertThat(booking.confirmedAt()).isEqualTo(CONFIRMED_AT);
            assertThat(booking.createdAt()).isEqualTo(CONFIRMED_AT);
            assertThat(booking.updatedAt()).isEqualTo(CONFIRMED_AT);
            assertThat(booking.completedAt()).isEmpty();
            assertThat(booking.noShowAt()).isEmpty();
            assertThat(booking.canceledAt()).isEmpty();
            assertThat(booking.cancellationReason()).isEmpty();
            assertThat(booking.version()).isZero();
        }

        @Test
        void confirmingRecordsOneConfirmedEventAndPullingDrainsIt() {
            Slot slot = SlotBuilder.aBookedSlot().build();
            Booking booking = Booking.confirm(ID, slot, SampleCustomers.ada(), BookingSource.MANUAL,
                    SampleCustomers.RECEPTIONIST, CONFIRMED_AT);

            assertThat(booking.pullEvents())
                    .containsExactly(new BookingConfirmed(ID, slot.id(), BookingSource.MANUAL, CONFIRMED_AT));
            assertThat(booking.pullEvents()).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(value = BookingSource.class, names = {"DIRECT", "WALK_IN", "MANUAL"})
        void staffCreateDirectWalkInAndManualBookings(BookingSource source) {
            Booking booking = aConfirmedBooking().madeThrough(source).build();

            assertThat(booking.source()).isEqualTo(source);
        }

        @Test
        void staffCannotCreateAWaitlistBooking() {
            Slot slot = SlotBuilder.aBookedSlot().build();

            assertThatThrownBy(() -> Booking.confirm(ID, slot, SampleCustomers.ada(), BookingSource.WAITLIST,
                    SampleCustomers.RECEPTIONIST, CONFIRMED_AT))
                    .isInstanceOfSatisfying(DomainValidationException.class,
                            e -> assertThat(e.first().field()).isEqualTo("booking_source"));
        }

        @Test
        void aBookingNeedsASource() {
            Slot slot = SlotBuilder.aBookedSlot().build();

            assertThatThrownBy(() -> Booking.confirm(ID, slot, SampleCustomers.ada(), null,
                    SampleCustomers.RECEPTIONIST, CONFIRMED_AT))
                    .isInstanceOfSatisfying(DomainValidationException.class,
                            e -> assertThat(e.first().field()).isEqualTo("booking_source"));
        }

        @Test
        void aBookingIsConfirmedOnlyForASlotBookedForIt() {
            Slot open = SlotBuilder.anOpenSlot().build();

            assertThatThrownBy(() -> Booking.confirm(ID, open, SampleCustomers.ada(), BookingSource.DIRECT,
                    SampleCustomers.RECEPTIONIST, CONFIRMED_AT))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aWaitlistBookingCarriesTheEntryItCameFrom() {
            Slot slot = SlotBuilder.aBookedSlot().build();
            WaitlistEntryId entry = new WaitlistEntryId(UUID.randomUUID());

            Booking booking = Booking.confirmFromWaitlist(ID, slot, entry, SampleCustomers.grace(),
                    SampleCustomers.RECEPTIONIST, CONFIRMED_AT);

            assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
            assertThat(booking.source()).isEqualTo(BookingSource.WAITLIST);
            assertThat(booking.waitlistEntryId()).contains(entry);
            assertThat(booking.pullEvents())
                    .containsExactly(new BookingConfirmed(ID, slot.id(), BookingSource.WAITLIST, CONFIRMED_AT));
        }
    }

    @Nested
    class Reconstituting {

        @ParameterizedTest
        @EnumSource(BookingStatus.class)
        void aStoredBookingIsRebuiltAsItWasAndWithoutEvents(BookingStatus status) {
            Booking.Snapshot stored = aBookingThatIs(status).build().snapshot().withVersion(7);

            Booking rebuilt = Booking.reconstitute(stored);

            assertThat(rebuilt.snapshot()).isEqualTo(stored);
            assertThat(rebuilt.status()).isEqualTo(status);
            assertThat(rebuilt.version()).isEqualTo(7);
            assertThat(rebuilt.pullEvents()).isEmpty();
        }

        @Test
        void aSnapshotWhoseEndTimestampContradictsItsStatusIsRefused() {
            Booking.Snapshot completed = aBookingThatIs(BookingStatus.COMPLETED).build().snapshot();
            Booking.Snapshot confirmedButCompletedAt = withStatus(completed, BookingStatus.CONFIRMED);

            assertThatThrownBy(() -> Booking.reconstitute(confirmedButCompletedAt))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aSnapshotWithAReasonButNotCanceledIsRefused() {
            Booking.Snapshot s = aBookingThatIs(BookingStatus.NO_SHOW).build().snapshot();
            Booking.Snapshot withReason = new Booking.Snapshot(s.id(), s.tenantId(), s.slotId(), s.serviceId(),
                    s.staffId(), s.time(), s.waitlistEntryId(), s.customer(), s.source(), s.status(),
                    s.confirmedAt(), s.completedAt(), s.canceledAt(), s.noShowAt(), Optional.of("ill"),
                    s.createdBy(), s.createdAt(), s.updatedAt(), s.version());

            assertThatThrownBy(() -> Booking.reconstitute(withReason)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aWaitlistSnapshotWithoutItsEntryIsRefused() {
            Booking.Snapshot s = aConfirmedBooking().build().snapshot();
            Booking.Snapshot waitlistWithoutEntry = new Booking.Snapshot(s.id(), s.tenantId(), s.slotId(),
                    s.serviceId(), s.staffId(), s.time(), Optional.empty(), s.customer(), BookingSource.WAITLIST,
                    s.status(), s.confirmedAt(), s.completedAt(), s.canceledAt(), s.noShowAt(),
                    s.cancellationReason(), s.createdBy(), s.createdAt(), s.updatedAt(), s.version());

            assertThatThrownBy(() -> Booking.reconstitute(waitlistWithoutEntry))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        private Booking.Snapshot withStatus(Booking.Snapshot s, BookingStatus status) {
            return new Booking.Snapshot(s.id(), s.tenantId(), s.slotId(), s.serviceId(), s.staffId(), s.time(),
                    s.waitlistEntryId(), s.customer(), s.source(), status, s.confirmedAt(), s.completedAt(),
                    s.canceledAt(), s.noShowAt(), s.cancellationReason(), s.createdBy(), s.createdAt(),
                    s.updatedAt(), s.version());
        }
    }

    @Nested
    class Ending {

        @Test
        void completingSetsCompletedAtAndRecordsBookingCompleted() {
            Booking booking = aConfirmedBooking().withId(ID).build();

            booking.complete(LATER);

            assertThat(booking.status()).isEqualTo(BookingStatus.COMPLETED);
            assertThat(booking.completedAt()).contains(LATER);
            assertThat(booking.noShowAt()).isEmpty();
            assertThat(booking.canceledAt()).isEmpty();
            assertThat(booking.cancellationReason()).isEmpty();
            assertThat(booking.updatedAt()).isEqualTo(LATER);
            assertThat(booking.confirmedAt()).isEqualTo(CONFIRMED_AT);
            assertThat(booking.pullEvents()).containsExactly(
                    new BookingCompleted(ID, booking.slotId(), BookingStatus.CONFIRMED, LATER));
            assertThat(booking.pullEvents()).isEmpty();
        }

        @Test
        void markingANoShowSetsNoShowAtAndRecordsBookingMarkedNoShow() {
            Booking booking = aConfirmedBooking().withId(ID).build();

            booking.markNoShow(LATER);

            assertThat(booking.status()).isEqualTo(BookingStatus.NO_SHOW);
            assertThat(booking.noShowAt()).contains(LATER);
            assertThat(booking.completedAt()).isEmpty();
            assertThat(booking.canceledAt()).isEmpty();
            assertThat(booking.updatedAt()).isEqualTo(LATER);
            assertThat(booking.pullEvents()).containsExactly(
                    new BookingMarkedNoShow(ID, booking.slotId(), BookingStatus.CONFIRMED, LATER));
        }

        @Test
        void cancelingSetsCanceledAtAndTheTrimmedReasonAndRecordsBookingCanceled() {
            Booking booking = aConfirmedBooking().withId(ID).build();

            booking.cancel("  customer is ill \n", LATER);

            assertThat(booking.status()).isEqualTo(BookingStatus.CANCELED);
            assertThat(booking.canceledAt()).contains(LATER);
            assertThat(booking.cancellationReason()).contains("customer is ill");
            assertThat(booking.completedAt()).isEmpty();
            assertThat(booking.noShowAt()).isEmpty();
            assertThat(booking.updatedAt()).isEqualTo(LATER);
            assertThat(booking.pullEvents()).containsExactly(new BookingCanceled(ID, booking.slotId(),
                    BookingStatus.CONFIRMED, Optional.of("customer is ill"), LATER));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "\t\n"})
        void aBlankCancellationReasonMeansNone(String reason) {
            Booking booking = aConfirmedBooking().build();

            booking.cancel(reason, LATER);

            assertThat(booking.cancellationReason()).isEmpty();
            assertThat(booking.pullEvents()).singleElement()
                    .isInstanceOfSatisfying(BookingCanceled.class, e -> assertThat(e.reason()).isEmpty());
        }

        @Test
        void aReasonOfFiveHundredCharactersIsAccepted() {
            Booking booking = aConfirmedBooking().build();

            booking.cancel("x".repeat(500), LATER);

            assertThat(booking.cancellationReason()).hasValueSatisfying(r -> assertThat(r).hasSize(500));
        }

        @Test
        void aLongerReasonIsRefusedAndTheBookingStaysConfirmed() {
            Booking booking = aConfirmedBooking().build();
            Booking.Snapshot before = booking.snapshot();

            assertThatThrownBy(() -> booking.cancel("x".repeat(501), LATER))
                    .isInstanceOfSatisfying(DomainValidationException.class,
                            e -> assertThat(e.first().field()).isEqualTo("cancellation_reason"));
            assertThat(booking.snapshot()).isEqualTo(before);
            assertThat(booking.pullEvents()).isEmpty();
        }

        @Test
        void theEventsNameTheBookingsOwnIdsAndTheMove() {
            Booking booking = aConfirmedBooking().withId(ID).build();

            booking.markNoShow(LATER);

            BookingEvent event = booking.pullEvents().get(0);
            assertThat(event.bookingId()).isEqualTo(ID);
            assertThat(event.slotId()).isEqualTo(booking.slotId());
            assertThat(event.from()).contains(BookingStatus.CONFIRMED);
            assertThat(event.to()).isEqualTo(BookingStatus.NO_SHOW);
            assertThat(event.occurredAt()).isEqualTo(LATER);
        }
    }

    @Nested
    class Refusing {

        /** Each command, as it names its target status, applied to each end state. */
        static Stream<Arguments> everyCommandOnEveryEndState() {
            return Stream.of(BookingStatus.COMPLETED, BookingStatus.NO_SHOW, BookingStatus.CANCELED)
                    .flatMap(from -> Stream.of(
                            Arguments.of(from, "completed", command(b -> b.complete(LATER))),
                            Arguments.of(from, "no_show", command(b -> b.markNoShow(LATER))),
                            Arguments.of(from, "canceled", command(b -> b.cancel("too late", LATER)))));
        }

        private static Consumer<Booking> command(Consumer<Booking> command) {
            return command;
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @MethodSource("everyCommandOnEveryEndState")
        void anEndedBookingRefusesEveryCommandNamingBothStates(BookingStatus from, String to,
                Consumer<Booking> command) {
            Booking booking = aBookingThatIs(from).build();

            IllegalTransitionException refusal = catchThrowableOfType(IllegalTransitionException.class,
                    () -> command.accept(booking));

            assertThat(refusal).isNotNull();
            assertThat(refusal.code()).isEqualTo(ErrorCode.BOOKING_TRANSITION_REFUSED);
            assertThat(refusal.code().code()).isEqualTo("BOOKING.TRANSITION_REFUSED");
            assertThat(refusal.from()).isEqualTo(from.value());
            assertThat(refusal.to()).isEqualTo(to);
            assertThat(refusal.getMessage()).contains(from.value()).contains(to);
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @MethodSource("everyCommandOnEveryEndState")
        void aRefusalChangesNothingAndRecordsNothing(BookingStatus from, String to, Consumer<Booking> command) {
            Booking booking = aBookingThatIs(from).build();
            Booking.Snapshot before = booking.snapshot();

            assertThatThrownBy(() -> command.accept(booking)).isInstanceOf(IllegalTransitionException.class);

            assertThat(booking.snapshot()).isEqualTo(before);
            assertThat(booking.pullEvents()).isEmpty();
        }

        @Test
        void aBookingCannotBeCanceledTwice() {
            Booking booking = aConfirmedBooking().build();
            booking.cancel("first", LATER);
            booking.pullEvents();

            assertThatThrownBy(() -> booking.cancel("second", LATER.plusSeconds(60)))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining("canceled to canceled");
            assertThat(booking.cancellationReason()).contains("first");
            assertThat(booking.canceledAt()).contains(LATER);
            assertThat(booking.pullEvents()).isEmpty();
        }
    }

    @Nested
    class TransitioningByTarget {

        @Test
        void eachEndStateIsReachedThroughItsCommand() {
            Booking completed = aConfirmedBooking().build();
            Booking noShow = aConfirmedBooking().build();
            Booking canceled = aConfirmedBooking().build();

            completed.transitionTo(BookingStatus.COMPLETED, null, LATER);
            noShow.transitionTo(BookingStatus.NO_SHOW, " ", LATER);
            canceled.transitionTo(BookingStatus.CANCELED, "moved away", LATER);

            assertThat(completed.pullEvents()).singleElement().isInstanceOf(BookingCompleted.class);
            assertThat(noShow.pullEvents()).singleElement().isInstanceOf(BookingMarkedNoShow.class);
            assertThat(canceled.pullEvents()).singleElement().isInstanceOf(BookingCanceled.class);
            assertThat(canceled.cancellationReason()).contains("moved away");
        }

        @Test
        void movingBackToConfirmedIsRefusedNamingBothStates() {
            Booking booking = aConfirmedBooking().build();

            assertThatThrownBy(() -> booking.transitionTo(BookingStatus.CONFIRMED, null, LATER))
                    .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.BOOKING_TRANSITION_REFUSED);
                        assertThat(e.from()).isEqualTo("confirmed");
                        assertThat(e.to()).isEqualTo("confirmed");
                    });
            assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
            assertThat(booking.pullEvents()).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(value = BookingStatus.class, names = {"COMPLETED", "NO_SHOW", "CONFIRMED"})
        void aReasonIsAcceptedOnlyWhenCanceling(BookingStatus target) {
            Booking booking = aConfirmedBooking().build();

            assertThatThrownBy(() -> booking.transitionTo(target, "because", LATER))
                    .isInstanceOfSatisfying(DomainValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::field).containsExactly("cancellation_reason"));
            assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
        }
    }
}
