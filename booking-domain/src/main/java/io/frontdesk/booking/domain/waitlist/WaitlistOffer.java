package io.frontdesk.booking.domain.waitlist;

import io.frontdesk.booking.domain.slot.SlotId;
import java.time.Instant;
import java.util.Objects;

/** A slot held for one waitlist customer from {@code offeredAt} until {@code expiresAt} (exclusive). */
public record WaitlistOffer(SlotId slotId, Instant offeredAt, Instant expiresAt) {

    public WaitlistOffer {
        Objects.requireNonNull(slotId, "slot id");
        Objects.requireNonNull(offeredAt, "offered at");
        Objects.requireNonNull(expiresAt, "expires at");
        if (!expiresAt.isAfter(offeredAt)) {
            throw new IllegalArgumentException("an offer expires after it is made");
        }
    }

    public boolean isOpenAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
