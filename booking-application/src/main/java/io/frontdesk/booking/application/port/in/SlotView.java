package io.frontdesk.booking.application.port.in;

import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.slot.SlotId;
import io.frontdesk.booking.domain.slot.SlotStatus;
import java.time.Instant;
import java.util.Optional;

/** A slot as the create-booking flow shows it: when, with whom, and whether it can be taken. */
public record SlotView(SlotId id, ServiceId serviceId, StaffId staffId, String staffName, Instant startTime,
        Instant endTime, SlotStatus status, Optional<Instant> heldUntil) {
}
