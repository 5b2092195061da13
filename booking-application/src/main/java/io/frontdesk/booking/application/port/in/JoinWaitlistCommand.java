package io.frontdesk.booking.application.port.in;

import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.shared.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * Staff put a customer on the waitlist for a service, optionally with one staff member ({@code staffId} null means
 * anyone), for slots within {@code [wantedFrom, wantedTo)}. Fields arrive as typed (null when missing) and are
 * validated by the use case, every invalid field at once.
 */
public record JoinWaitlistCommand(TenantId tenantId, ActorId actor, String customerName, String customerPhone,
        String customerEmail, ServiceId serviceId, StaffId staffId, Instant wantedFrom, Instant wantedTo) {

    public JoinWaitlistCommand {
        Objects.requireNonNull(tenantId, "tenant id");
        Objects.requireNonNull(actor, "actor");
    }
}
