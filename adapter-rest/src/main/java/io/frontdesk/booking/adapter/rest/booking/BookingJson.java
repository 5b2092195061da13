package io.frontdesk.booking.adapter.rest.booking;

import io.frontdesk.booking.application.port.in.BookingView;
import io.frontdesk.booking.domain.waitlist.WaitlistEntryId;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The seed's {@code BookingWithDetails}: one booking with its service and staff names, as lists show it. */
@Schema(name = "Booking")
public record BookingJson(
        UUID id,
        UUID slotId,
        UUID serviceId,
        String serviceName,
        UUID staffId,
        String staffName,
        String customerName,
        @Schema(description = "E.164", example = "+12015550123") String customerPhone,
        @Schema(nullable = true) String customerEmail,
        Instant startTime,
        Instant endTime,
        @Schema(enumeration = {"confirmed", "completed", "no_show", "canceled"}) String status,
        @Schema(enumeration = {"waitlist", "direct", "walk_in", "manual"}) String bookingSource,
        @Schema(nullable = true) UUID waitlistEntryId,
        Instant confirmedAt,
        @Schema(nullable = true) Instant completedAt,
        @Schema(nullable = true) Instant canceledAt,
        @Schema(nullable = true) Instant noShowAt,
        @Schema(nullable = true) String cancellationReason,
        @Schema(description = "Who created it: a user name, or 'system'.") String createdBy,
        Instant createdAt,
        Instant updatedAt) {

    public static BookingJson of(BookingView b) {
        return new BookingJson(b.id().value(), b.slotId().value(), b.serviceId().value(), b.serviceName(),
                b.staffId().value(), b.staffName(), b.customerName(), b.customerPhone(),
                b.customerEmail().orElse(null), b.startTime(), b.endTime(), b.status().value(),
                b.bookingSource().value(), b.waitlistEntryId().map(WaitlistEntryId::value).orElse(null),
                b.confirmedAt(), b.completedAt().orElse(null), b.canceledAt().orElse(null),
                b.noShowAt().orElse(null), b.cancellationReason().orElse(null), b.createdBy().value(),
                b.createdAt(), b.updatedAt());
    }
}
