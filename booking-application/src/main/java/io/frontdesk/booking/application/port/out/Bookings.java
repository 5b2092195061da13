package io.frontdesk.booking.application.port.out;

import io.frontdesk.booking.domain.booking.Booking;
import io.frontdesk.booking.domain.booking.BookingId;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.slot.SlotId;
import java.util.Optional;

/** Booking aggregates, by tenant. */
public interface Bookings {

    /** The tenant's booking with that id; empty when missing or another tenant's. */
    Optional<Booking> find(TenantId tenantId, BookingId id);

    /**
     * Stores a new booking.
     *
     * @throws io.frontdesk.booking.domain.slot.SlotUnavailableException when another active booking holds the slot
     */
    void add(Booking booking);

    /** Whether any booking, in whatever status, was ever made for the slot. */
    boolean anyForSlot(TenantId tenantId, SlotId slotId);

    /**
     * Stores a changed booking if nobody changed it since it was loaded.
     *
     * @throws io.frontdesk.booking.domain.booking.BookingModifiedConcurrentlyException otherwise
     */
    void update(Booking booking);
}
