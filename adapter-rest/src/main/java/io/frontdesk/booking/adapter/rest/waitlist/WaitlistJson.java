package io.frontdesk.booking.adapter.rest.waitlist;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.frontdesk.booking.adapter.rest.booking.BookingDetailsJson.AuditEntryJson;
import io.frontdesk.booking.adapter.rest.booking.BookingResponses.Pagination;
import io.frontdesk.booking.application.port.in.Page;
import io.frontdesk.booking.application.port.in.WaitlistEntryDetails;
import io.frontdesk.booking.application.port.in.WaitlistEntryView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the waitlist endpoints: requests snake_case, responses camelCase. */
public final class WaitlistJson {

    private WaitlistJson() {
    }

    @Schema(name = "JoinWaitlistRequest")
    public record Join(
            @Schema(required = true, minLength = 2, maxLength = 100) @JsonProperty("customer_name") String customerName,
            @Schema(required = true, example = "+1 (201) 555-0123") @JsonProperty("customer_phone")
            String customerPhone,
            @Schema(required = true, description = "Offers are sent here.") @JsonProperty("customer_email")
            String customerEmail,
            @Schema(required = true, format = "uuid") @JsonProperty("service_id") String serviceId,
            @Schema(nullable = true, format = "uuid", description = "Only this staff member; none means anyone.")
            @JsonProperty("staff_id") String staffId,
            @Schema(required = true, format = "date-time", description = "Earliest wanted slot start")
            @JsonProperty("wanted_from") String wantedFrom,
            @Schema(required = true, format = "date-time", description = "Latest wanted slot end (at most 92 days "
                    + "after wanted_from)") @JsonProperty("wanted_to") String wantedTo) {

        static final Join EMPTY = new Join(null, null, null, null, null, null, null);
    }

    @Schema(name = "WaitlistEntry")
    public record EntryJson(UUID id, String customerName, String customerPhone,
            @Schema(nullable = true) String customerEmail, UUID serviceId, String serviceName,
            @Schema(nullable = true) UUID staffId, @Schema(nullable = true) String staffName, Instant wantedFrom,
            Instant wantedTo, @Schema(enumeration = {"waiting", "offered", "booked", "expired", "removed"})
            String status, @Schema(nullable = true, description = "The slot held for this entry, while offered")
            HeldSlotJson offer, Instant createdAt) {

        static EntryJson of(WaitlistEntryView e) {
            return new EntryJson(e.id().value(), e.customerName(), e.customerPhone(), e.customerEmail().orElse(null),
                    e.serviceId().value(), e.serviceName(), e.staffId().map(s -> s.value()).orElse(null),
                    e.staffName().orElse(null), e.wantedFrom(), e.wantedTo(), e.status().value(),
                    e.offer().map(o -> new HeldSlotJson(o.slotId().value(), o.offeredAt(), o.expiresAt()))
                            .orElse(null), e.createdAt());
        }
    }

    @Schema(name = "WaitlistHeldSlot")
    public record HeldSlotJson(UUID slotId, Instant offeredAt,
            @Schema(description = "The hold ends, and the offer expires, at this instant") Instant expiresAt) {
    }

    @Schema(name = "WaitlistEntryWithHistory")
    public record EntryDetailsJson(@JsonUnwrapped EntryJson entry,
            @Schema(description = "Oldest first.") List<AuditEntryJson> auditTrail) {

        static EntryDetailsJson of(WaitlistEntryDetails d) {
            return new EntryDetailsJson(EntryJson.of(d.entry()),
                    d.auditTrail().stream().map(AuditEntryJson::of).toList());
        }
    }

    @Schema(name = "WaitlistResponse")
    public record EntryList(boolean success, List<EntryJson> entries, Pagination pagination) {

        static EntryList of(Page<WaitlistEntryView> page) {
            return new EntryList(true, page.items().stream().map(EntryJson::of).toList(),
                    new Pagination(page.page(), page.limit(), page.total(), page.totalPages()));
        }
    }

    @Schema(name = "WaitlistEntryResponse")
    public record OneEntry(boolean success, EntryJson entry, String message) {
    }

    @Schema(name = "WaitlistEntryDetailsResponse")
    public record EntryWithHistory(boolean success, EntryDetailsJson entry) {
    }
}
