package io.frontdesk.booking.application.fake;

import io.frontdesk.booking.application.port.out.Bookings;
import io.frontdesk.booking.domain.booking.Booking;
import io.frontdesk.booking.domain.booking.BookingId;
import io.frontdesk.booking.domain.booking.BookingModifiedConcurrentlyException;
import io.frontdesk.booking.domain.booking.BookingStatus;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.slot.SlotId;
import io.frontdesk.booking.domain.slot.SlotUnavailableException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Keeps snapshots, as storage does; enforces "one active booking per slot" like the database's unique index. */
public final class InMemoryBookings implements Bookings {

    /** Statuses in which a booking occupies its slot. */
    static final Set<BookingStatus> HOLDS_SLOT = EnumSet.of(BookingStatus.CONFIRMED, BookingStatus.COMPLETED);

    private final Map<BookingId, Booking.Snapshot> bookings = new LinkedHashMap<>();

    @Override
    public synchronized Optional<Booking> find(TenantId tenantId, BookingId id) {
        return Optional.ofNullable(bookings.get(id)).filter(b -> b.tenantId().equals(tenantId))
                .map(Booking::reconstitute);
    }

    @Override
    public synchronized void add(Booking booking) {
        Booking.Snapshot snapshot = booking.snapshot();
        boolean slotTaken = bookings.values().stream().anyMatch(b -> b.slotId().equals(snapshot.slotId())
                && HOLDS_SLOT.contains(b.status()));
        if (slotTaken && HOLDS_SLOT.contains(snapshot.status())) {
            throw new SlotUnavailableException(snapshot.slotId());
        }
        bookings.put(snapshot.id(), snapshot);
    }

    @Override
    public synchronized boolean anyForSlot(TenantId tenantId, SlotId slotId) {
        return bookings.values().stream().anyMatch(b -> b.tenantId().equals(tenantId) && b.slotId().equals(slotId));
    }

    @Override
    public synchronized void update(Booking booking) {
        Booking.Snapshot stored = bookings.get(booking.id());
        if (stored == null || stored.version() != booking.version()
                || !stored.tenantId().equals(booking.tenantId())) {
            throw new BookingModifiedConcurrentlyException(booking.id());
        }
        bookings.put(booking.id(), booking.snapshot().withVersion(booking.version() + 1));
    }

    /** Every stored booking, in insertion order; for the query fake and for assertions. */
    public synchronized List<Booking.Snapshot> all() {
        return List.copyOf(bookings.values());
    }
}
