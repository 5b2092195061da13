package io.frontdesk.booking.application.port.in;

import io.frontdesk.booking.domain.booking.BookingSource;
import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.slot.SlotId;
import java.util.Objects;

/**
 * Staff book a customer into an open slot. Customer fields arrive as typed and are validated by the use case
 * against the tenant's phone region, so that every invalid field is reported at once. {@code slotId} and
 * {@code source} may be null when the request lacked them; the use case reports them as missing.
 */
public record CreateManualBookingCommand(TenantId tenantId, ActorId actor, SlotId slotId, String customerName,
        String customerPhone, String customerEmail, BookingSource source) {

    public CreateManualBookingCommand {
        Objects.requireNonNull(tenantId, "tenant id");
        Objects.requireNonNull(actor, "actor");
    }
}
