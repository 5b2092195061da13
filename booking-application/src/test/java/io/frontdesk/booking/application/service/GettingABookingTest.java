package io.frontdesk.booking.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontdesk.booking.application.port.in.AuditEntry;
import io.frontdesk.booking.application.port.in.BookingDetails;
import io.frontdesk.booking.application.port.in.BookingView;
import io.frontdesk.booking.domain.booking.BookingId;
import io.frontdesk.booking.domain.booking.BookingStatus;
import io.frontdesk.booking.domain.shared.ErrorCode;
import io.frontdesk.booking.domain.shared.Money;
import io.frontdesk.booking.domain.shared.NotFoundException;
import io.frontdesk.booking.domain.slot.SlotStatus;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One booking with its slot, service and staff details and its audit trail, as the details view shows it. */
class GettingABookingTest {

    private final Scenario shop = Scenario.aBusiness();
    private final BookingView booking = shop.bookedAt(shop.inHours(3));

    @Test
    void detailsShowTheSlotTheServiceAndTheStaffMember() {
        BookingDetails details = shop.app.reads.get(shop.tenant.id(), booking.id());

        assertThat(details.booking()).isEqualTo(booking);
        assertThat(details.slot()).isEqualTo(new BookingDetails.SlotDetails(booking.startTime(),
                booking.startTime().plus(Duration.ofMinutes(45)), SlotStatus.BOOKED));
        assertThat(details.service()).isEqualTo(new BookingDetails.ServiceDetails("Haircut", Duration.ofMinutes(45),
                Optional.of(Money.of(3500, "EUR"))));
        assertThat(details.staff()).isEqualTo(new BookingDetails.StaffDetails("Lena Vogel",
                Optional.of("Senior stylist")));
    }

    @Test
    void theAuditTrailListsTheBookingsChangesOldestFirst() {
        shop.clock.advance(Duration.ofMinutes(20));
        shop.app.commands.cancel(shop.tenant.id(), Scenario.DESK, booking.id(), Optional.of("Rescheduling"));

        BookingDetails details = shop.app.reads.get(shop.tenant.id(), booking.id());

        assertThat(details.auditTrail()).extracting(AuditEntry::action)
                .containsExactly("booking.created", "booking.canceled");
        assertThat(details.auditTrail()).extracting(AuditEntry::occurredAt)
                .containsExactly(Scenario.START, Scenario.START.plus(Duration.ofMinutes(20)));
        assertThat(details.auditTrail()).allSatisfy(entry -> {
            assertThat(entry.entityType()).isEqualTo(AuditEntry.BOOKING);
            assertThat(entry.entityId()).isEqualTo(booking.id().value());
        });
        assertThat(details.booking().status()).isEqualTo(BookingStatus.CANCELED);
        assertThat(details.slot().status()).isEqualTo(SlotStatus.OPEN);
    }

    @Test
    void theAuditTrailHoldsOnlyThisBookingsEntries() {
        BookingView other = shop.bookedAt(shop.inHours(5));
        shop.complete(other);

        assertThat(shop.app.reads.get(shop.tenant.id(), booking.id()).auditTrail())
                .singleElement().satisfies(entry -> assertThat(entry.action()).isEqualTo("booking.created"));
    }

    @Test
    void anUnknownBookingIsNotFound() {
        assertThatThrownBy(() -> shop.app.reads.get(shop.tenant.id(), new BookingId(UUID.randomUUID())))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.BOOKING_NOT_FOUND));
    }

    @Test
    void anotherTenantsBookingIsNotFound() {
        Scenario neighbour = shop.anotherBusiness();

        assertThatThrownBy(() -> neighbour.app.reads.get(neighbour.tenant.id(), booking.id()))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.BOOKING_NOT_FOUND));
    }
}
