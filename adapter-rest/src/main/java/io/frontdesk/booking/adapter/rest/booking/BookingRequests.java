package io.frontdesk.booking.adapter.rest.booking;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the bookings endpoints, snake_case as the seed writes them. */
public final class BookingRequests {

    private BookingRequests() {
    }

    /** The seed's {@code CreateBookingRequest}. */
    @Schema(name = "CreateBookingRequest")
    public record Create(
            @Schema(required = true, format = "uuid") @JsonProperty("slot_id") String slotId,
            @Schema(required = true, minLength = 2, maxLength = 100, example = "Dana Whitfield")
            @JsonProperty("customer_name") String customerName,
            @Schema(required = true, description = "Any common notation; read against the business's phone region.",
                    example = "+1 (201) 555-0123") @JsonProperty("customer_phone") String customerPhone,
            @Schema(nullable = true, example = "dana@example.com") @JsonProperty("customer_email")
            String customerEmail,
            @Schema(required = true, enumeration = {"direct", "walk_in", "manual"})
            @JsonProperty("booking_source") String bookingSource) {

        static final Create EMPTY = new Create(null, null, null, null, null);
    }

    /** The seed's {@code UpdateBookingRequest}, with an optional reason for cancellations. */
    @Schema(name = "UpdateBookingRequest")
    public record Update(
            @Schema(required = true, enumeration = {"completed", "no_show", "canceled"}) String status,
            @Schema(nullable = true, maxLength = 500, description = "Only with status canceled.")
            @JsonProperty("cancellation_reason") String cancellationReason) {

        static final Update EMPTY = new Update(null, null);
    }
}
