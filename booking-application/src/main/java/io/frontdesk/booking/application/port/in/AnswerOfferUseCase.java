package io.frontdesk.booking.application.port.in;

/**
 * A waitlist customer answers an offer with the token from their links; no account, the token is the only key.
 * The token reaches its own offer and nothing else: every lookup after it is scoped to that offer's tenant. A token
 * that matches no offer is reported as not found, whatever it looks like.
 */
public interface AnswerOfferUseCase {

    /**
     * The offer, read only (links are fetched by mail scanners; looking changes nothing).
     *
     * @throws io.frontdesk.booking.domain.shared.NotFoundException no offer has this token
     */
    OfferView show(String token);

    /**
     * Books the held slot for the customer: a booking with source {@code waitlist} and the entry's id, audited
     * like every booking. Of concurrent answers to one offer exactly one succeeds.
     *
     * @throws io.frontdesk.booking.domain.shared.NotFoundException no offer has this token
     * @throws io.frontdesk.booking.domain.waitlist.Offer.OfferClosedException it was answered, expired or
     *     withdrawn already
     * @throws io.frontdesk.booking.domain.waitlist.WaitlistEntry.OfferExpiredException its time is up
     */
    OfferView accept(String token);

    /**
     * The customer does not want this slot: they keep their place in line, and the slot goes to the next entry or
     * reopens.
     *
     * @throws io.frontdesk.booking.domain.shared.NotFoundException no offer has this token
     * @throws io.frontdesk.booking.domain.waitlist.Offer.OfferClosedException it was answered, expired or
     *     withdrawn already
     */
    OfferView decline(String token);
}
