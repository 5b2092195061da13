package io.frontdesk.booking.adapter.rest.booking;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.frontdesk.booking.adapter.rest.calendar.CalendarJson.CalendarSyncJson;
import io.frontdesk.booking.application.port.in.AuditEntry;
import io.frontdesk.booking.application.port.in.BookingDetails;
import io.frontdesk.booking.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The seed's answer to {@code GET /api/bookings/:id}: the booking, its slot, service and staff, its audit trail,
 * and where it stands with the staff member's calendar.
 */
@Schema(name = "BookingWithDetails")
public record BookingDetailsJson(
        @JsonUnwrapped BookingJson booking,
        SlotDetails slotDetails,
        ServiceDetails serviceDetails,
        StaffDetails staffDetails,
        @Schema(description = "Oldest first.") List<AuditEntryJson> auditTrail,
        CalendarSyncJson calendar) {

    public static BookingDetailsJson of(BookingDetails d) {
        BookingDetails.SlotDetails slot = d.slot();
        BookingDetails.ServiceDetails service = d.service();
        return new BookingDetailsJson(BookingJson.of(d.booking()),
                new SlotDetails(slot.startTime(), slot.endTime(), slot.status().value()),
                new ServiceDetails(service.name(), service.duration().toMinutes(),
                        service.price().map(Money::amount).orElse(null),
                        service.price().map(p -> p.currency().getCurrencyCode()).orElse(null)),
                new StaffDetails(d.staff().name(), d.staff().role().orElse(null)),
                d.auditTrail().stream().map(AuditEntryJson::of).toList(), CalendarSyncJson.of(d.calendar()));
    }

    @Schema(name = "SlotDetails")
    public record SlotDetails(Instant startTime, Instant endTime,
            @Schema(enumeration = {"open", "held", "booked"}) String status) {
    }

    @Schema(name = "ServiceDetails")
    public record ServiceDetails(String name, @Schema(description = "Minutes.") long duration,
            @Schema(nullable = true, description = "In the currency's major unit, e.g. 45.00") BigDecimal price,
            @Schema(nullable = true, example = "EUR") String currency) {
    }

    @Schema(name = "StaffDetails")
    public record StaffDetails(String name, @Schema(nullable = true) String role) {
    }

    /** One audit entry: who did what, when, and each changed field's value before and after. */
    @Schema(name = "AuditEntry")
    public record AuditEntryJson(UUID id, String entityType, UUID entityId,
            @Schema(example = "booking.canceled") String action, String actor, Instant occurredAt,
            Map<String, ChangeJson> changes) {

        public static AuditEntryJson of(AuditEntry e) {
            Map<String, ChangeJson> changes = new LinkedHashMap<>();
            e.changes().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(c -> changes.put(c.getKey(),
                    new ChangeJson(c.getValue().before().orElse(null), c.getValue().after().orElse(null))));
            return new AuditEntryJson(e.id(), e.entityType(), e.entityId(), e.action(), e.actor().value(),
                    e.occurredAt(), changes);
        }
    }

    @Schema(name = "AuditChange")
    public record ChangeJson(@Schema(nullable = true) String before, @Schema(nullable = true) String after) {
    }
}
