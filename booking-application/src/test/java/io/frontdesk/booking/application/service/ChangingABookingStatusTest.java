package io.frontdesk.booking.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.frontdesk.booking.application.port.in.AuditEntry;
import io.frontdesk.booking.application.port.in.AuditEntry.Change;
import io.frontdesk.booking.application.port.in.BookingView;
import io.frontdesk.booking.application.port.in.ListBookingsQuery;
import io.frontdesk.booking.application.port.in.UpdateBookingStatusCommand;
import io.frontdesk.booking.application.port.out.BookingChange;
import io.frontdesk.booking.application.port.out.CalendarJob;
import io.frontdesk.booking.application.service.Scenario.SlotState;
import io.frontdesk.booking.application.service.Scenario.Written;
import io.frontdesk.booking.domain.booking.Booking;
import io.frontdesk.booking.domain.booking.BookingId;
import io.frontdesk.booking.domain.booking.BookingStatus;
import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.shared.DomainValidationException;
import io.frontdesk.booking.domain.shared.ErrorCode;
import io.frontdesk.booking.domain.shared.IllegalTransitionException;
import io.frontdesk.booking.domain.shared.NotFoundException;
import io.frontdesk.booking.domain.slot.SlotInThePastException;
import io.frontdesk.booking.domain.slot.SlotStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Business rules 2 to 5: a confirmed booking ends once, as completed (the slot stays booked), canceled or no-show
 * (the slot is released); each change is audited, sent to the calendar where it matters, and published; every
 * other move is refused and writes nothing.
 */
class ChangingABookingStatusTest {

    private static final ActorId MANAGER = new ActorId("desk-manager");

    private final Scenario shop = Scenario.aBusiness();
    private final BookingView booking = shop.bookedAt(shop.inHours(4));
    private final Instant later = Scenario.START.plus(Duration.ofMinutes(90));

    @Test
    void completingMarksTheBookingCompletedAtTheCurrentTime() {
        shop.clock.set(later);

        BookingView completed = shop.app.commands.complete(shop.tenant.id(), MANAGER, booking.id());

        assertThat(completed.status()).isEqualTo(BookingStatus.COMPLETED);
        assertThat(completed.completedAt()).contains(later);
        assertThat(completed.updatedAt()).isEqualTo(later);
        assertThat(stored(booking.id()).status()).isEqualTo(BookingStatus.COMPLETED);
    }

    @Test
    void completingKeepsTheSlotBooked() {
        shop.complete(booking);

        assertThat(shop.slot(booking.slotId()).status()).isEqualTo(SlotStatus.BOOKED);
        assertThat(shop.app.auditTrail.all()).extracting(AuditEntry::action).doesNotContain("slot.released");
    }

    @Test
    void completingIsAuditedWithActorAndStatusChange() {
        shop.clock.set(later);

        shop.app.commands.complete(shop.tenant.id(), MANAGER, booking.id());

        assertThat(bookingHistory()).extracting(AuditEntry::action)
                .containsExactly("booking.created", "booking.completed");
        assertThat(bookingHistory().get(1)).satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(MANAGER);
            assertThat(entry.occurredAt()).isEqualTo(later);
            assertThat(entry.changes()).isEqualTo(Map.of("status", Change.of("confirmed", "completed")));
        });
    }

    @Test
    void completingEnqueuesNoCalendarJob() {
        shop.complete(booking);

        assertThat(calendarActions()).containsExactly(CalendarJob.Action.CREATE_EVENT);
    }

    @Test
    void cancelingReleasesTheSlot() {
        shop.cancel(booking);

        assertThat(shop.slot(booking.slotId()).status()).isEqualTo(SlotStatus.OPEN);
    }

    @Test
    void aSlotReleasedByACancellationCanBeBookedAgain() {
        shop.cancel(booking);

        BookingView again = shop.aBookingOf(booking.slotId()).name("Tom Baker").create();

        assertThat(again.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(shop.slot(booking.slotId()).status()).isEqualTo(SlotStatus.BOOKED);
        assertThat(shop.app.reads.list(ListBookingsQuery.all(shop.tenant.id())).items())
                .extracting(BookingView::id, BookingView::status)
                .containsExactlyInAnyOrder(tuple(booking.id(), BookingStatus.CANCELED),
                        tuple(again.id(), BookingStatus.CONFIRMED));
    }

    @Test
    void cancelingKeepsTheReasonAndTheTime() {
        shop.clock.set(later);

        BookingView canceled = shop.app.commands.cancel(shop.tenant.id(), MANAGER, booking.id(),
                Optional.of(" Customer has the flu "));

        assertThat(canceled.status()).isEqualTo(BookingStatus.CANCELED);
        assertThat(canceled.canceledAt()).contains(later);
        assertThat(canceled.cancellationReason()).contains("Customer has the flu");
    }

    @Test
    void cancelingIsAuditedWithTheReasonAndTheSlotRelease() {
        shop.clock.set(later);

        shop.app.commands.cancel(shop.tenant.id(), MANAGER, booking.id(), Optional.of("Customer has the flu"));

        assertThat(bookingHistory()).extracting(AuditEntry::action)
                .containsExactly("booking.created", "booking.canceled");
        assertThat(bookingHistory().get(1)).satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(MANAGER);
            assertThat(entry.occurredAt()).isEqualTo(later);
            assertThat(entry.changes()).containsEntry("status", Change.of("confirmed", "canceled"))
                    .containsEntry("cancellation_reason", Change.set("Customer has the flu"));
        });
        assertThat(slotHistory()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("slot.released");
            assertThat(entry.actor()).isEqualTo(MANAGER);
            assertThat(entry.occurredAt()).isEqualTo(later);
            assertThat(entry.changes()).containsEntry("status", Change.of("booked", "open"));
        });
    }

    @Test
    void cancelingWithoutReasonRecordsNone() {
        BookingView canceled = shop.cancel(booking);

        assertThat(canceled.cancellationReason()).isEmpty();
        assertThat(bookingHistory().get(1).changes()).containsOnlyKeys("status");
    }

    @Test
    void cancelingDeletesTheCalendarEvent() {
        shop.cancel(booking);

        assertThat(calendarActions()).containsExactly(CalendarJob.Action.CREATE_EVENT,
                CalendarJob.Action.DELETE_EVENT);
    }

    @Test
    void markingANoShowReleasesTheSlot() {
        BookingView noShow = shop.markNoShow(booking);

        assertThat(noShow.status()).isEqualTo(BookingStatus.NO_SHOW);
        assertThat(noShow.noShowAt()).contains(Scenario.START);
        assertThat(shop.slot(booking.slotId()).status()).isEqualTo(SlotStatus.OPEN);
    }

    @Test
    void aSlotReleasedByANoShowBeforeItStartsCanBeBookedAgain() {
        shop.markNoShow(booking);

        assertThat(shop.aBookingOf(booking.slotId()).create().status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void aNoShowAfterTheStartReleasesTheSlotWhichCanNoLongerBeBooked() {
        shop.clock.set(booking.startTime().plus(Duration.ofMinutes(15)));

        shop.markNoShow(booking);

        assertThat(shop.slot(booking.slotId()).status()).isEqualTo(SlotStatus.OPEN);
        assertThatThrownBy(() -> shop.aBookingOf(booking.slotId()).create())
                .isInstanceOf(SlotInThePastException.class);
    }

    @Test
    void markingANoShowIsAuditedAndDeletesTheCalendarEvent() {
        shop.clock.set(later);

        shop.app.commands.markNoShow(shop.tenant.id(), MANAGER, booking.id());

        assertThat(bookingHistory()).extracting(AuditEntry::action)
                .containsExactly("booking.created", "booking.no_show");
        assertThat(bookingHistory().get(1).changes()).containsEntry("status", Change.of("confirmed", "no_show"));
        assertThat(bookingHistory().get(1).actor()).isEqualTo(MANAGER);
        assertThat(slotHistory()).extracting(AuditEntry::action).containsExactly("slot.released");
        assertThat(calendarActions()).containsExactly(CalendarJob.Action.CREATE_EVENT,
                CalendarJob.Action.DELETE_EVENT);
    }

    @Test
    void everyChangeIsPublishedToLiveViews() {
        BookingView second = shop.bookedAt(shop.inHours(6));
        BookingView third = shop.bookedAt(shop.inHours(8));
        shop.clock.set(later);

        shop.complete(booking);
        shop.cancel(second);
        shop.markNoShow(third);

        assertThat(shop.app.events.published()).containsExactly(
                change(booking, BookingStatus.CONFIRMED, Scenario.START),
                change(second, BookingStatus.CONFIRMED, Scenario.START),
                change(third, BookingStatus.CONFIRMED, Scenario.START),
                change(booking, BookingStatus.COMPLETED, later),
                change(second, BookingStatus.CANCELED, later),
                change(third, BookingStatus.NO_SHOW, later));
    }

    @Test
    void theStatusCanBeSetByName() {
        BookingView canceled = shop.app.commands.updateStatus(new UpdateBookingStatusCommand(shop.tenant.id(),
                MANAGER, booking.id(), BookingStatus.CANCELED, Optional.of("Double booked")));

        assertThat(canceled.status()).isEqualTo(BookingStatus.CANCELED);
        assertThat(canceled.cancellationReason()).contains("Double booked");
        assertThat(shop.slot(booking.slotId()).status()).isEqualTo(SlotStatus.OPEN);
    }

    static Stream<Arguments> everyMoveOutOfAFinalStatus() {
        return Stream.of(BookingStatus.values()).filter(BookingStatus::isFinal)
                .flatMap(from -> Arrays.stream(BookingStatus.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyMoveOutOfAFinalStatus")
    void aFinishedBookingCannotBeChangedAgain(BookingStatus finalStatus, BookingStatus target) {
        reach(finalStatus);
        Written before = shop.written();
        SlotState slotBefore = shop.slotState(booking.slotId());

        assertThatThrownBy(() -> setStatus(target))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.BOOKING_TRANSITION_REFUSED);
                    assertThat(e.from()).isEqualTo(finalStatus.value());
                    assertThat(e.to()).isEqualTo(target.value());
                });
        assertThat(shop.written()).isEqualTo(before);
        assertThat(shop.slotState(booking.slotId())).isEqualTo(slotBefore);
        assertThat(stored(booking.id()).status()).isEqualTo(finalStatus);
    }

    @Test
    void aConfirmedBookingCannotBeConfirmedAgain() {
        Written before = shop.written();

        assertThatThrownBy(() -> setStatus(BookingStatus.CONFIRMED))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.BOOKING_TRANSITION_REFUSED));
        assertThat(shop.written()).isEqualTo(before);
    }

    @Test
    void aReasonIsAcceptedOnlyWhenCanceling() {
        Written before = shop.written();

        assertThatThrownBy(() -> shop.app.commands.updateStatus(new UpdateBookingStatusCommand(shop.tenant.id(),
                MANAGER, booking.id(), BookingStatus.COMPLETED, Optional.of("Paid cash"))))
                .isInstanceOfSatisfying(DomainValidationException.class,
                        e -> assertThat(e.first().field()).isEqualTo("cancellation_reason"));
        assertThat(shop.written()).isEqualTo(before);
    }

    @Test
    void anUnknownBookingIsNotFound() {
        Written before = shop.written();

        assertThatThrownBy(() -> shop.app.commands.complete(shop.tenant.id(), MANAGER,
                new BookingId(UUID.randomUUID())))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.BOOKING_NOT_FOUND));
        assertThat(shop.written()).isEqualTo(before);
    }

    @Test
    void anotherTenantsBookingIsNotFoundAndStaysAsItWas() {
        Scenario neighbour = shop.anotherBusiness();
        BookingView theirs = neighbour.bookedAt(neighbour.inHours(3));
        Written before = shop.written();

        for (BookingStatus target : List.of(BookingStatus.COMPLETED, BookingStatus.NO_SHOW, BookingStatus.CANCELED)) {
            assertThatThrownBy(() -> shop.app.commands.updateStatus(new UpdateBookingStatusCommand(shop.tenant.id(),
                    MANAGER, theirs.id(), target, Optional.empty())))
                    .isInstanceOfSatisfying(NotFoundException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.BOOKING_NOT_FOUND));
        }
        assertThat(shop.written()).isEqualTo(before);
        assertThat(neighbour.slot(theirs.slotId()).status()).isEqualTo(SlotStatus.BOOKED);
        assertThat(neighbour.app.bookings.find(neighbour.tenant.id(), theirs.id()).orElseThrow().status())
                .isEqualTo(BookingStatus.CONFIRMED);
    }

    private void reach(BookingStatus finalStatus) {
        switch (finalStatus) {
            case COMPLETED -> shop.complete(booking);
            case NO_SHOW -> shop.markNoShow(booking);
            case CANCELED -> shop.cancel(booking);
            case CONFIRMED -> throw new IllegalArgumentException("not a final status");
        }
    }

    private BookingView setStatus(BookingStatus target) {
        return shop.app.commands.updateStatus(new UpdateBookingStatusCommand(shop.tenant.id(), MANAGER,
                booking.id(), target, Optional.empty()));
    }

    private Booking stored(BookingId id) {
        return shop.app.bookings.find(shop.tenant.id(), id).orElseThrow();
    }

    private List<AuditEntry> bookingHistory() {
        return shop.app.auditTrail.history(shop.tenant.id(), AuditEntry.BOOKING, booking.id().value());
    }

    private List<AuditEntry> slotHistory() {
        return shop.app.auditTrail.history(shop.tenant.id(), AuditEntry.SLOT, booking.slotId().value());
    }

    private List<CalendarJob.Action> calendarActions() {
        return shop.app.calendarJobs.forBooking(shop.tenant.id(), booking.id()).stream()
                .map(CalendarJob::action).toList();
    }

    private BookingChange change(BookingView of, BookingStatus status, Instant at) {
        return new BookingChange(shop.tenant.id(), of.id(), status, at);
    }
}
