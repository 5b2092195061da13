package io.frontdesk.booking.application.fake;

import io.frontdesk.booking.application.port.out.OfferTokens;
import io.frontdesk.booking.domain.waitlist.OfferToken;
import java.util.concurrent.atomic.AtomicLong;

/** Predictable tokens (a counter, zero-padded) so tests can name them; never use outside tests. */
public final class InMemoryOfferTokens implements OfferTokens {

    private final AtomicLong issued = new AtomicLong();

    @Override
    public OfferToken next() {
        return new OfferToken(String.format("%043d", issued.incrementAndGet()));
    }
}
