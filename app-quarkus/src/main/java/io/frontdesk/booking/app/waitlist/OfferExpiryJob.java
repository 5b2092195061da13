package io.frontdesk.booking.app.waitlist;

import io.frontdesk.booking.application.port.in.ExpireOffersUseCase;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Runs the expiry of unanswered waitlist offers, and of entries whose wanted window has passed, every
 * {@code frontdesk.waitlist.expiry-check-every} ({@code off} turns it off, as the tests do: they run the use case
 * themselves on a pinned clock). Runs never overlap; with several instances each run claims different offers and
 * entries, so running everywhere is safe.
 */
@ApplicationScoped
public class OfferExpiryJob {

    private static final Logger LOG = Logger.getLogger(OfferExpiryJob.class);

    private final ExpireOffersUseCase expireOffers;

    @Inject
    public OfferExpiryJob(ExpireOffersUseCase expireOffers) {
        this.expireOffers = expireOffers;
    }

    @Scheduled(identity = "waitlist-offer-expiry", every = "${frontdesk.waitlist.expiry-check-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expireDueOffers() {
        int expired = expireOffers.expireDue();
        if (expired > 0) {
            LOG.infof("Expired %d waitlist offer(s) and entries", expired);
        }
    }
}
