package io.frontdesk.booking.application.port.in;

import io.frontdesk.booking.domain.shared.TimeRange;
import io.frontdesk.booking.domain.waitlist.OfferStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * An offer as its customer sees it behind their link: what is offered (business, service, staff member, time in
 * the business's {@code zone}), until when, and where it stands. An open offer whose time is up shows as
 * {@link OfferStatus#EXPIRED} even before the expiry job has closed it.
 */
public record OfferView(OfferStatus status, String customerName, String businessName, ZoneId zone,
        String serviceName, String staffName, TimeRange time, Instant expiresAt) {

    public OfferView {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(expiresAt, "expires at");
    }

    /** Whether the customer can still accept or decline. */
    public boolean isOpen() {
        return status == OfferStatus.OPEN;
    }
}
