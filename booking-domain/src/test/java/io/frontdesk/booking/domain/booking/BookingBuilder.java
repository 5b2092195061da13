package io.frontdesk.booking.domain.booking;

import io.frontdesk.booking.domain.shared.Customer;
import io.frontdesk.booking.domain.shared.SampleCustomers;
import io.frontdesk.booking.domain.slot.Slot;
import io.frontdesk.booking.domain.slot.SlotBuilder;
import java.time.Instant;
import java.util.UUID;

/**
 * Bookings for tests: {@code aConfirmedBooking().at(slot).build()}. A built booking has had its creation event
 * taken already, so a test sees only the events of what it does itself.
 */
public final class BookingBuilder {

    public static final Instant CONFIRMED_AT = SlotBuilder.NOW;

    private BookingId id = new BookingId(UUID.randomUUID());
    private Slot slot = SlotBuilder.aBookedSlot().build();
    private Customer customer = SampleCustomers.ada();
    private BookingSource source = BookingSource.DIRECT;
    private BookingStatus status = BookingStatus.CONFIRMED;
    private Instant endedAt;

    private BookingBuilder() {
    }

    public static BookingBuilder aConfirmedBooking() {
        return new BookingBuilder();
    }

    /** A booking that reached {@code status} through its own command, an hour after it was confirmed. */
    public static BookingBuilder aBookingThatIs(BookingStatus status) {
        BookingBuilder builder = new BookingBuilder();
        builder.status = status;
        builder.endedAt = CONFIRMED_AT.plusSeconds(3600);
        return builder;
    }

    public BookingBuilder withId(BookingId id) {
        this.id = id;
        return this;
    }

    public BookingBuilder at(Slot slot) {
        this.slot = slot;
        return this;
    }

    public BookingBuilder forCustomer(Customer customer) {
        this.customer = customer;
        return this;
    }

    public BookingBuilder madeThrough(BookingSource source) {
        this.source = source;
        return this;
    }

    public Booking build() {
        Booking booking = Booking.confirm(id, slot, customer, source, SampleCustomers.RECEPTIONIST, CONFIRMED_AT);
        switch (status) {
            case CONFIRMED -> { }
            case COMPLETED -> booking.complete(endedAt);
            case NO_SHOW -> booking.markNoShow(endedAt);
            case CANCELED -> booking.cancel("customer called", endedAt);
        }
        booking.pullEvents();
        return booking;
    }
}
