package io.frontdesk.booking.application.port.out.contract;

import static io.frontdesk.booking.application.port.out.contract.ContractData.NOW;
import static io.frontdesk.booking.application.port.out.contract.ContractData.aCustomer;
import static io.frontdesk.booking.application.port.out.contract.ContractData.customer;
import static io.frontdesk.booking.application.port.out.contract.ContractData.hoursFromNow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontdesk.booking.application.port.out.Bookings;
import io.frontdesk.booking.application.port.out.Services;
import io.frontdesk.booking.application.port.out.Slots;
import io.frontdesk.booking.application.port.out.StaffMembers;
import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.domain.booking.Booking;
import io.frontdesk.booking.domain.booking.BookingId;
import io.frontdesk.booking.domain.booking.BookingModifiedConcurrentlyException;
import io.frontdesk.booking.domain.booking.BookingSource;
import io.frontdesk.booking.domain.booking.BookingStatus;
import io.frontdesk.booking.domain.catalog.Service;
import io.frontdesk.booking.domain.catalog.Staff;
import io.frontdesk.booking.domain.shared.Tenant;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.slot.Slot;
import io.frontdesk.booking.domain.slot.SlotUnavailableException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Bookings} implementation must do: keep every field of a booking, allow at most one active
 * (confirmed or completed) booking per slot, remember that a slot was ever booked, refuse stale updates, and never
 * cross tenants.
 */
public abstract class BookingsContract extends PortContract {

    /** The implementation under test; the same instance throughout one test. */
    protected abstract Bookings bookings();

    /** Where the bookings' tenants are stored. */
    protected abstract Tenants tenants();

    /** Where the booked services are stored. */
    protected abstract Services services();

    /** Where the booked staff members are stored. */
    protected abstract StaffMembers staffMembers();

    /** Where the booked slots are stored. */
    protected abstract Slots slots();

    private Arrange arrange;
    private Tenant tenant;
    private Service haircut;
    private Staff lena;

    @BeforeEach
    void arrangeCatalog() {
        arrange = new Arrange(this).tenants(tenants()).services(services()).staffMembers(staffMembers())
                .slots(slots()).bookings(bookings());
        tenant = arrange.tenant();
        haircut = arrange.service(tenant, "Haircut");
        lena = arrange.staff(tenant, "Lena Vogel", haircut);
    }

    @Test
    void anAddedBookingIsFoundWithEveryField() {
        Slot booked = bookedSlot(hoursFromNow(4));
        Booking booking = Booking.confirm(new BookingId(UUID.randomUUID()), booked,
                customer("José Núñez", "+1 201-555-0123", "Jose.Nunez@Example.org"), BookingSource.WALK_IN,
                ContractData.DESK, NOW);
        Booking.Snapshot expected = booking.snapshot();

        inTransactionDo(() -> bookings().add(booking));

        Booking found = find(tenant.id(), booking.id()).orElseThrow();
        assertThat(found.snapshot()).isEqualTo(expected);
        assertThat(found.serviceId()).isEqualTo(haircut.id());
        assertThat(found.staffId()).isEqualTo(lena.id());
        assertThat(found.time()).isEqualTo(booked.time());
        assertThat(found.pullEvents()).isEmpty();
    }

    @Test
    void aBookingWithoutEmailIsFoundWithoutEmail() {
        Booking booking = arrange.booking(haircut, lena, hoursFromNow(4),
                customer("Tom Baker", "+44 20 7946 0018", null), BookingSource.MANUAL, NOW);

        assertThat(find(tenant.id(), booking.id()).orElseThrow().customer().email()).isEmpty();
    }

    @Test
    void anUnknownBookingIsNotFound() {
        assertThat(find(tenant.id(), new BookingId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void anotherTenantsBookingIsNotFound() {
        Booking booking = arrange.booking(haircut, lena, hoursFromNow(4), aCustomer(), BookingSource.DIRECT, NOW);
        Tenant other = arrange.tenant();

        assertThat(find(other.id(), booking.id())).isEmpty();
    }

    @Test
    void aSecondActiveBookingOfTheSameSlotIsRefused() {
        Slot booked = bookedSlot(hoursFromNow(4));
        Booking first = arrange.booking(booked, aCustomer(), BookingSource.DIRECT, NOW);
        Booking second = Booking.confirm(new BookingId(UUID.randomUUID()), booked,
                customer("Tom Baker", "+44 20 7946 0018", null), BookingSource.WALK_IN, ContractData.DESK, NOW);

        assertThatThrownBy(() -> inTransactionDo(() -> bookings().add(second)))
                .isInstanceOf(SlotUnavailableException.class);
        assertThat(find(tenant.id(), second.id())).isEmpty();
        assertThat(find(tenant.id(), first.id()).orElseThrow().status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void aCompletedBookingStillHoldsItsSlot() {
        Slot booked = bookedSlot(hoursFromNow(4));
        Booking first = arrange.booking(booked, aCustomer(), BookingSource.DIRECT, NOW);
        arrange.change(first, b -> b.complete(hoursFromNow(5)));
        Booking second = Booking.confirm(new BookingId(UUID.randomUUID()), booked, aCustomer(),
                BookingSource.WALK_IN, ContractData.DESK, hoursFromNow(5));

        assertThatThrownBy(() -> inTransactionDo(() -> bookings().add(second)))
                .isInstanceOf(SlotUnavailableException.class);
    }

    @Test
    void aSlotWhoseBookingWasCanceledCanBeBookedAgain() {
        Slot booked = bookedSlot(hoursFromNow(4));
        Booking first = arrange.booking(booked, aCustomer(), BookingSource.DIRECT, NOW);
        arrange.change(first, b -> b.cancel("customer called", hoursFromNow(1)));

        Booking second = arrange.booking(booked, customer("Tom Baker", "+44 20 7946 0018", null),
                BookingSource.MANUAL, hoursFromNow(2));

        assertThat(find(tenant.id(), second.id()).orElseThrow().status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(find(tenant.id(), first.id()).orElseThrow().status()).isEqualTo(BookingStatus.CANCELED);
    }

    @Test
    void aSlotWhoseBookingWasMarkedNoShowCanBeBookedAgain() {
        Slot booked = bookedSlot(hoursFromNow(4));
        Booking first = arrange.booking(booked, aCustomer(), BookingSource.DIRECT, NOW);
        arrange.change(first, b -> b.markNoShow(hoursFromNow(1)));

        Booking second = arrange.booking(booked, aCustomer(), BookingSource.WALK_IN, hoursFromNow(2));

        assertThat(find(tenant.id(), second.id())).isPresent();
    }

    @Test
    void anUpdateStoresTheNewStatusItsTimestampAndReasonAndRaisesTheVersion() {
        Booking booking = arrange.booking(haircut, lena, hoursFromNow(4), aCustomer(), BookingSource.DIRECT, NOW);
        Instant canceledAt = hoursFromNow(1);

        Booking stored = arrange.change(booking, b -> b.cancel("  Feeling unwell  ", canceledAt));

        assertThat(stored.status()).isEqualTo(BookingStatus.CANCELED);
        assertThat(stored.canceledAt()).contains(canceledAt);
        assertThat(stored.cancellationReason()).contains("Feeling unwell");
        assertThat(stored.updatedAt()).isEqualTo(canceledAt);
        assertThat(stored.createdAt()).isEqualTo(NOW);
        assertThat(stored.completedAt()).isEmpty();
        assertThat(stored.noShowAt()).isEmpty();
        assertThat(stored.version()).isGreaterThan(booking.version());
    }

    @Test
    void completionAndNoShowKeepTheirTimestamps() {
        Booking completed = arrange.change(
                arrange.booking(haircut, lena, hoursFromNow(4), aCustomer(), BookingSource.DIRECT, NOW),
                b -> b.complete(hoursFromNow(5)));
        Booking noShow = arrange.change(
                arrange.booking(haircut, lena, hoursFromNow(6), aCustomer(), BookingSource.DIRECT, NOW),
                b -> b.markNoShow(hoursFromNow(7)));

        assertThat(completed.completedAt()).contains(hoursFromNow(5));
        assertThat(completed.status()).isEqualTo(BookingStatus.COMPLETED);
        assertThat(noShow.noShowAt()).contains(hoursFromNow(7));
        assertThat(noShow.status()).isEqualTo(BookingStatus.NO_SHOW);
    }

    @Test
    void anUpdateWithAStaleVersionIsRefusedAndChangesNothing() {
        Booking booking = arrange.booking(haircut, lena, hoursFromNow(4), aCustomer(), BookingSource.DIRECT, NOW);
        Booking first = find(tenant.id(), booking.id()).orElseThrow();
        Booking second = find(tenant.id(), booking.id()).orElseThrow();
        first.complete(hoursFromNow(5));
        inTransactionDo(() -> bookings().update(first));
        second.cancel(null, hoursFromNow(5));

        assertThatThrownBy(() -> inTransactionDo(() -> bookings().update(second)))
                .isInstanceOf(BookingModifiedConcurrentlyException.class);
        assertThat(find(tenant.id(), booking.id()).orElseThrow().status()).isEqualTo(BookingStatus.COMPLETED);
    }

    @Test
    void successiveUpdatesOfFreshlyLoadedBookingsSucceed() {
        Booking booking = arrange.booking(haircut, lena, hoursFromNow(4), aCustomer(), BookingSource.DIRECT, NOW);
        Booking other = arrange.booking(haircut, lena, hoursFromNow(8), aCustomer(), BookingSource.DIRECT, NOW);

        arrange.change(booking, b -> b.complete(hoursFromNow(5)));
        arrange.change(other, b -> b.markNoShow(hoursFromNow(9)));

        assertThat(find(tenant.id(), booking.id()).orElseThrow().status()).isEqualTo(BookingStatus.COMPLETED);
        assertThat(find(tenant.id(), other.id()).orElseThrow().status()).isEqualTo(BookingStatus.NO_SHOW);
    }

    @Test
    void anUpdateInTheNameOfAnotherTenantIsRefused() {
        Booking booking = arrange.booking(haircut, lena, hoursFromNow(4), aCustomer(), BookingSource.DIRECT, NOW);
        Tenant other = arrange.tenant();
        Booking.Snapshot s = booking.snapshot();
        Booking foreign = Booking.reconstitute(new Booking.Snapshot(s.id(), other.id(), s.slotId(), s.serviceId(),
                s.staffId(), s.time(), s.waitlistEntryId(), s.customer(), s.source(), s.status(), s.confirmedAt(),
                s.completedAt(), s.canceledAt(), s.noShowAt(), s.cancellationReason(), s.createdBy(), s.createdAt(),
                s.updatedAt(), s.version()));
        foreign.cancel(null, hoursFromNow(1));

        assertThatThrownBy(() -> inTransactionDo(() -> bookings().update(foreign)))
                .isInstanceOf(BookingModifiedConcurrentlyException.class);
        assertThat(find(tenant.id(), booking.id()).orElseThrow().status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void aSlotWithAConfirmedBookingHasBookings() {
        Booking booking = arrange.booking(haircut, lena, hoursFromNow(4), aCustomer(), BookingSource.DIRECT, NOW);

        assertThat(inTransaction(() -> bookings().anyForSlot(tenant.id(), booking.slotId()))).isTrue();
    }

    @Test
    void aSlotWhoseOnlyBookingWasCanceledStillHasBookings() {
        Booking booking = arrange.booking(haircut, lena, hoursFromNow(4), aCustomer(), BookingSource.DIRECT, NOW);
        arrange.change(booking, b -> b.cancel("customer called", hoursFromNow(1)));

        assertThat(inTransaction(() -> bookings().anyForSlot(tenant.id(), booking.slotId()))).isTrue();
    }

    @Test
    void aFreshSlotHasNoBookings() {
        arrange.booking(haircut, lena, hoursFromNow(4), aCustomer(), BookingSource.DIRECT, NOW);
        Slot fresh = arrange.openSlot(haircut, lena, hoursFromNow(6));

        assertThat(inTransaction(() -> bookings().anyForSlot(tenant.id(), fresh.id()))).isFalse();
    }

    @Test
    void anotherTenantSeesNoBookingsOfASlot() {
        Booking booking = arrange.booking(haircut, lena, hoursFromNow(4), aCustomer(), BookingSource.DIRECT, NOW);
        Tenant other = arrange.tenant();

        assertThat(inTransaction(() -> bookings().anyForSlot(other.id(), booking.slotId()))).isFalse();
    }

    private Slot bookedSlot(Instant start) {
        Slot open = arrange.openSlot(haircut, lena, start);
        return inTransaction(() -> slots().tryBook(tenant.id(), open.id(), NOW));
    }

    private Optional<Booking> find(TenantId tenantId, BookingId id) {
        return inTransaction(() -> bookings().find(tenantId, id));
    }
}
