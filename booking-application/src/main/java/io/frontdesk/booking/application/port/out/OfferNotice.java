package io.frontdesk.booking.application.port.out;

import io.frontdesk.booking.domain.shared.EmailAddress;
import io.frontdesk.booking.domain.shared.TimeRange;
import io.frontdesk.booking.domain.waitlist.OfferToken;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * What a waitlist customer is told about an offer: which business, service, staff member and time (to be shown in
 * the business's {@code zone}), until when it is held, and the token their accept and decline links carry.
 */
public record OfferNotice(EmailAddress recipient, String customerName, String businessName, ZoneId zone,
        String serviceName, String staffName, TimeRange time, Instant expiresAt, OfferToken token) {

    public OfferNotice {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(customerName, "customer name");
        Objects.requireNonNull(businessName, "business name");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(serviceName, "service name");
        Objects.requireNonNull(staffName, "staff name");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(expiresAt, "expires at");
        Objects.requireNonNull(token, "token");
    }

    /** The slot's start on the business's wall clock. */
    public ZonedDateTime localStart() {
        return time.start().atZone(zone);
    }

    /** The end of the hold on the business's wall clock. */
    public ZonedDateTime localExpiry() {
        return expiresAt.atZone(zone);
    }
}
