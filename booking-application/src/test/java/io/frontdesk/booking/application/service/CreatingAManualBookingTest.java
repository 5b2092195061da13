package io.frontdesk.booking.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontdesk.booking.application.port.in.AuditEntry;
import io.frontdesk.booking.application.port.in.AuditEntry.Change;
import io.frontdesk.booking.application.port.in.BookingView;
import io.frontdesk.booking.application.port.out.BookingChange;
import io.frontdesk.booking.application.port.out.CalendarJob;
import io.frontdesk.booking.application.service.Scenario.SlotState;
import io.frontdesk.booking.application.service.Scenario.Written;
import io.frontdesk.booking.domain.booking.BookingSource;
import io.frontdesk.booking.domain.booking.BookingStatus;
import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.shared.DomainValidationException;
import io.frontdesk.booking.domain.shared.ErrorCode;
import io.frontdesk.booking.domain.shared.NotFoundException;
import io.frontdesk.booking.domain.shared.Violation;
import io.frontdesk.booking.domain.slot.Slot;
import io.frontdesk.booking.domain.slot.SlotId;
import io.frontdesk.booking.domain.slot.SlotInThePastException;
import io.frontdesk.booking.domain.slot.SlotStatus;
import io.frontdesk.booking.domain.slot.SlotUnavailableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Business rule 1, booking creation: an open, future slot is booked atomically for a validated customer, with an
 * audit entry, a calendar job and a live update; every refusal leaves everything as it was.
 */
class CreatingAManualBookingTest {

    private final Scenario shop = Scenario.aBusiness();

    @Test
    void bookingAnOpenFutureSlotConfirmsTheBookingAndMarksTheSlotBooked() {
        Slot slot = shop.openSlotAt(shop.inHours(2));

        BookingView booking = shop.aBookingOf(slot).source(BookingSource.WALK_IN).create();

        assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(booking.slotId()).isEqualTo(slot.id());
        assertThat(booking.bookingSource()).isEqualTo(BookingSource.WALK_IN);
        assertThat(booking.startTime()).isEqualTo(slot.time().start());
        assertThat(booking.endTime()).isEqualTo(slot.time().end());
        assertThat(shop.slot(slot.id()).status()).isEqualTo(SlotStatus.BOOKED);
        assertThat(shop.app.bookings.all()).singleElement()
                .satisfies(stored -> assertThat(stored.id()).isEqualTo(booking.id()));
    }

    @Test
    void theBookingNamesItsCustomerServiceStaffMemberCreatorAndTime() {
        Slot slot = shop.openSlotAt(shop.inHours(2));

        BookingView booking = shop.aBookingOf(slot).name("  Maria   Garcia ").phone("(201) 555-0123")
                .email("Maria.Garcia@Example.ORG").by(new ActorId("desk-tom")).create();

        assertThat(booking.customerName()).isEqualTo("Maria Garcia");
        assertThat(booking.customerPhone()).isEqualTo("+12015550123");
        assertThat(booking.customerEmail()).contains("Maria.Garcia@example.org");
        assertThat(booking.serviceName()).isEqualTo("Haircut");
        assertThat(booking.staffName()).isEqualTo("Lena Vogel");
        assertThat(booking.createdBy()).isEqualTo(new ActorId("desk-tom"));
        assertThat(booking.createdAt()).isEqualTo(Scenario.START);
        assertThat(booking.confirmedAt()).isEqualTo(Scenario.START);
    }

    @Test
    void staffMayCreateDirectWalkInAndManualBookings() {
        List<BookingSource> staffSources = List.of(BookingSource.DIRECT, BookingSource.WALK_IN, BookingSource.MANUAL);
        for (int i = 0; i < staffSources.size(); i++) {
            BookingView booking = shop.aBookingOf(shop.openSlotAt(shop.inHours(2 + i))).source(staffSources.get(i))
                    .create();

            assertThat(booking.bookingSource()).isEqualTo(staffSources.get(i));
        }
    }

    @Test
    void anEmailIsOptional() {
        BookingView booking = shop.aBookingOf(shop.openSlotAt(shop.inHours(2))).email("  ").create();

        assertThat(booking.customerEmail()).isEmpty();
    }

    @Test
    void aPhoneNumberIsReadAgainstTheTenantsRegionAndStoredInE164() {
        Scenario london = Scenario.aBusinessIn("Europe/London", "GB");

        BookingView booking = london.aBookingOf(london.openSlotAt(london.inHours(2))).phone("020 7946 0018").create();

        assertThat(booking.customerPhone()).isEqualTo("+442079460018");
        assertThat(london.app.bookings.all()).singleElement()
                .satisfies(stored -> assertThat(stored.customer().phone().e164()).isEqualTo("+442079460018"));
    }

    @Test
    void aNationalNumberOfAnotherRegionIsRefused() {
        Slot slot = shop.openSlotAt(shop.inHours(2));

        assertThatThrownBy(() -> shop.aBookingOf(slot).phone("020 7946 0018").create())
                .isInstanceOfSatisfying(DomainValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("customer_phone"));
        assertThat(shop.aBookingOf(slot).phone("+44 20 7946 0018").create().customerPhone())
                .isEqualTo("+442079460018");
    }

    @Test
    void creationIsAuditedWithActorAndTheNewValues() {
        Slot slot = shop.openSlotAt(shop.inHours(2));

        BookingView booking = shop.aBookingOf(slot).source(BookingSource.DIRECT).create();

        assertThat(shop.app.auditTrail.all()).singleElement().satisfies(entry -> {
            assertThat(entry.tenantId()).isEqualTo(shop.tenant.id());
            assertThat(entry.entityType()).isEqualTo(AuditEntry.BOOKING);
            assertThat(entry.entityId()).isEqualTo(booking.id().value());
            assertThat(entry.action()).isEqualTo("booking.created");
            assertThat(entry.actor()).isEqualTo(Scenario.DESK);
            assertThat(entry.occurredAt()).isEqualTo(Scenario.START);
            assertThat(entry.changes()).containsEntry("status", Change.of(null, "confirmed"))
                    .containsEntry("slot_id", Change.set(slot.id().toString()))
                    .containsEntry("booking_source", Change.set("direct"))
                    .containsEntry("customer_name", Change.set("Maria Garcia"))
                    .containsEntry("customer_phone", Change.set("+12015550123"))
                    .containsEntry("customer_email", Change.set("maria.garcia@example.org"));
        });
    }

    @Test
    void creationEnqueuesTheCalendarEvent() {
        BookingView booking = shop.bookedAt(shop.inHours(2));

        assertThat(shop.app.calendarJobs.forBooking(shop.tenant.id(), booking.id())).singleElement()
                .satisfies(job -> {
                    assertThat(job.action()).isEqualTo(CalendarJob.Action.CREATE_EVENT);
                    assertThat(job.state()).isEqualTo(CalendarJob.State.PENDING);
                    assertThat(job.nextAttemptAt()).isEqualTo(Scenario.START);
                });
    }

    @Test
    void creationIsPublishedToLiveViews() {
        BookingView booking = shop.bookedAt(shop.inHours(2));

        assertThat(shop.app.events.published()).containsExactly(
                new BookingChange(shop.tenant.id(), booking.id(), BookingStatus.CONFIRMED, Scenario.START));
    }

    @Test
    void aMissingSlotIsNotFoundAndNothingIsWritten() {
        shop.bookedAt(shop.inHours(1));
        Written before = shop.written();

        assertThatThrownBy(() -> shop.aBookingOf(new SlotId(UUID.randomUUID())).create())
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SLOT_NOT_FOUND));
        assertThat(shop.written()).isEqualTo(before);
    }

    @Test
    void anotherTenantsSlotIsNotFoundJustLikeAMissingOneAndStaysOpen() {
        Scenario neighbour = shop.anotherBusiness();
        Slot theirs = neighbour.openSlotAt(shop.inHours(2));
        SlotState theirsBefore = neighbour.slotState(theirs.id());
        Written before = shop.written();

        NotFoundException foreign = catchNotFound(() -> shop.aBookingOf(theirs).create());
        NotFoundException missing = catchNotFound(() -> shop.aBookingOf(new SlotId(UUID.randomUUID())).create());

        assertThat(foreign.code()).isEqualTo(ErrorCode.SLOT_NOT_FOUND);
        assertThat(foreign.getMessage()).isEqualTo(missing.getMessage());
        assertThat(neighbour.slotState(theirs.id())).isEqualTo(theirsBefore);
        assertThat(shop.written()).isEqualTo(before);
    }

    @Test
    void aSlotStartingNowIsRefusedAsInThePastAndLeftAlone() {
        Slot slot = shop.openSlotAt(shop.inHours(1));
        SlotState slotBefore = shop.slotState(slot.id());
        Written before = shop.written();
        shop.clock.advance(Duration.ofHours(1));

        assertThatThrownBy(() -> shop.aBookingOf(slot).create()).isInstanceOf(SlotInThePastException.class);
        assertThat(shop.slotState(slot.id())).isEqualTo(slotBefore);
        assertThat(shop.written()).isEqualTo(before);
    }

    @Test
    void aSlotThatHasStartedIsRefusedAsInThePastAndLeftAlone() {
        Slot slot = shop.openSlotAt(shop.inHours(1));
        Written before = shop.written();
        shop.clock.advance(Duration.ofMinutes(61));

        assertThatThrownBy(() -> shop.aBookingOf(slot).create())
                .isInstanceOfSatisfying(SlotInThePastException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SLOT_IN_THE_PAST));
        assertThat(shop.slot(slot.id()).status()).isEqualTo(SlotStatus.OPEN);
        assertThat(shop.written()).isEqualTo(before);
    }

    @Test
    void aSecondBookingOfTheSameSlotIsRefusedAndChangesNothing() {
        Slot slot = shop.openSlotAt(shop.inHours(2));
        shop.aBookingOf(slot).create();
        SlotState slotBefore = shop.slotState(slot.id());
        Written before = shop.written();

        assertThatThrownBy(() -> shop.aBookingOf(slot).name("Tom Baker").create())
                .isInstanceOfSatisfying(SlotUnavailableException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SLOT_UNAVAILABLE));
        assertThat(shop.slotState(slot.id())).isEqualTo(slotBefore);
        assertThat(shop.written()).isEqualTo(before);
    }

    @Test
    void aSlotHeldForAWaitlistOfferIsRefused() {
        Slot slot = shop.openSlotAt(shop.inHours(2));
        Slot held = shop.slot(slot.id());
        held.hold(shop.inHours(1), shop.clock.instant());
        shop.app.slots.update(held);
        SlotState slotBefore = shop.slotState(slot.id());
        Written before = shop.written();

        assertThatThrownBy(() -> shop.aBookingOf(slot).create()).isInstanceOf(SlotUnavailableException.class);
        assertThat(shop.slotState(slot.id())).isEqualTo(slotBefore);
        assertThat(shop.written()).isEqualTo(before);
    }

    @Test
    void ofManyDesksBookingOneSlotAtOnceExactlyOneSucceeds() throws Exception {
        int desks = 50;
        Slot slot = shop.openSlotAt(shop.inHours(2));
        ExecutorService pool = Executors.newFixedThreadPool(desks);
        CountDownLatch go = new CountDownLatch(1);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < desks; i++) {
                ActorId desk = new ActorId("desk-" + i);
                outcomes.add(pool.submit(() -> {
                    go.await();
                    try {
                        shop.aBookingOf(slot).by(desk).create();
                        return "booked";
                    } catch (SlotUnavailableException e) {
                        return "unavailable";
                    }
                }));
            }
            go.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            }

            assertThat(results).filteredOn("booked"::equals).hasSize(1);
            assertThat(results).filteredOn("unavailable"::equals).hasSize(desks - 1);
            assertThat(shop.app.bookings.all()).hasSize(1);
            assertThat(shop.app.auditTrail.all()).hasSize(1);
            assertThat(shop.app.calendarJobs.all()).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void everyInvalidFieldIsReportedAtOnceAndNothingIsWritten() {
        Slot slot = shop.openSlotAt(shop.inHours(2));
        SlotState slotBefore = shop.slotState(slot.id());
        Written before = shop.written();

        assertThatThrownBy(() -> shop.aBookingOf(slot).name("A").phone("12").email("not-an-email")
                .source(BookingSource.WAITLIST).create())
                .isInstanceOfSatisfying(DomainValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.violations()).extracting(Violation::field).containsExactly("customer_name",
                            "customer_phone", "customer_email", "booking_source");
                });
        assertThat(shop.slotState(slot.id())).isEqualTo(slotBefore);
        assertThat(shop.written()).isEqualTo(before);
    }

    @Test
    void aRequestWithoutSlotNameOrPhoneOrSourceNamesEachMissingField() {
        Written before = shop.written();

        assertThatThrownBy(() -> shop.aBookingWithoutSlot().name(null).phone(" ").email(null).source(null).create())
                .isInstanceOfSatisfying(DomainValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field)
                        .containsExactly("slot_id", "customer_name", "customer_phone", "booking_source"));
        assertThat(shop.written()).isEqualTo(before);
    }

    @Test
    void aWaitlistSourceIsRefusedForStaffAndTheSlotStaysOpen() {
        Slot slot = shop.openSlotAt(shop.inHours(2));

        assertThatThrownBy(() -> shop.aBookingOf(slot).source(BookingSource.WAITLIST).create())
                .isInstanceOfSatisfying(DomainValidationException.class, e -> {
                    assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.field()).isEqualTo("booking_source");
                        assertThat(v.message()).contains("direct", "walk_in", "manual");
                    });
                });
        assertThat(shop.slot(slot.id()).status()).isEqualTo(SlotStatus.OPEN);
        assertThat(shop.app.bookings.all()).isEmpty();
    }

    @Test
    void invalidInputIsReportedBeforeTheSlotIsLookedAt() {
        Slot slot = shop.openSlotAt(shop.inHours(2));
        shop.aBookingOf(slot).create();

        assertThatThrownBy(() -> shop.aBookingOf(slot).phone("not a phone").create())
                .isInstanceOf(DomainValidationException.class);
        assertThatThrownBy(() -> shop.aBookingOf(new SlotId(UUID.randomUUID())).name("").create())
                .isInstanceOf(DomainValidationException.class);
    }

    private static NotFoundException catchNotFound(Runnable action) {
        try {
            action.run();
        } catch (NotFoundException e) {
            return e;
        }
        throw new AssertionError("expected a NotFoundException");
    }
}
