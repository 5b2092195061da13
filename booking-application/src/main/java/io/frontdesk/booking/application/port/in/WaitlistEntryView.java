package io.frontdesk.booking.application.port.in;

import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.EmailAddress;
import io.frontdesk.booking.domain.slot.SlotId;
import io.frontdesk.booking.domain.waitlist.WaitlistEntry;
import io.frontdesk.booking.domain.waitlist.WaitlistEntryId;
import io.frontdesk.booking.domain.waitlist.WaitlistStatus;
import java.time.Instant;
import java.util.Optional;

/** A waitlist entry as staff see it: who waits for what and when, where they stand, and the slot held for them. */
public record WaitlistEntryView(WaitlistEntryId id, String customerName, String customerPhone,
        Optional<String> customerEmail, ServiceId serviceId, String serviceName, Optional<StaffId> staffId,
        Optional<String> staffName, Instant wantedFrom, Instant wantedTo, WaitlistStatus status,
        Optional<HeldSlot> offer, Instant createdAt) {

    /** The slot held for the entry's open offer, until when. */
    public record HeldSlot(SlotId slotId, Instant offeredAt, Instant expiresAt) {
    }

    public static WaitlistEntryView of(WaitlistEntry e, String serviceName, Optional<String> staffName) {
        return new WaitlistEntryView(e.id(), e.customer().name().value(), e.customer().phone().e164(),
                e.customer().email().map(EmailAddress::value), e.serviceId(), serviceName, e.staffId(), staffName,
                e.wantedWindow().start(), e.wantedWindow().end(), e.status(),
                e.offer().map(o -> new HeldSlot(o.slotId(), o.offeredAt(), o.expiresAt())), e.createdAt());
    }
}
