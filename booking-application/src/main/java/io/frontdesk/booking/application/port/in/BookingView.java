package io.frontdesk.booking.application.port.in;

import io.frontdesk.booking.domain.booking.Booking;
import io.frontdesk.booking.domain.booking.BookingId;
import io.frontdesk.booking.domain.booking.BookingSource;
import io.frontdesk.booking.domain.booking.BookingStatus;
import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.shared.EmailAddress;
import io.frontdesk.booking.domain.slot.SlotId;
import io.frontdesk.booking.domain.waitlist.WaitlistEntryId;
import java.time.Instant;
import java.util.Optional;

/** The seed's {@code BookingWithDetails}: a booking flattened with its service and staff names, for lists. */
public record BookingView(BookingId id, SlotId slotId, ServiceId serviceId, String serviceName, StaffId staffId,
        String staffName, String customerName, String customerPhone, Optional<String> customerEmail,
        Instant startTime, Instant endTime, BookingStatus status, BookingSource bookingSource,
        Optional<WaitlistEntryId> waitlistEntryId, Instant confirmedAt, Optional<Instant> completedAt,
        Optional<Instant> canceledAt, Optional<Instant> noShowAt, Optional<String> cancellationReason,
        ActorId createdBy, Instant createdAt, Instant updatedAt) {

    /** The view of {@code booking}, given the names of its service and staff member. */
    public static BookingView of(Booking booking, String serviceName, String staffName) {
        return new BookingView(booking.id(), booking.slotId(), booking.serviceId(), serviceName, booking.staffId(),
                staffName, booking.customer().name().value(), booking.customer().phone().e164(),
                booking.customer().email().map(EmailAddress::value), booking.time().start(), booking.time().end(),
                booking.status(), booking.source(), booking.waitlistEntryId(), booking.confirmedAt(),
                booking.completedAt(), booking.canceledAt(), booking.noShowAt(), booking.cancellationReason(),
                booking.createdBy(), booking.createdAt(), booking.updatedAt());
    }
}
