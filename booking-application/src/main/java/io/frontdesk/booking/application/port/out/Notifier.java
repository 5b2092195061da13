package io.frontdesk.booking.application.port.out;

/**
 * Tells customers about things that concern them. Implementations deliver a notice only once the caller's
 * transaction has committed, never when it rolls back; and a delivery that fails never fails the caller (it is
 * logged, and the offer simply runs its course).
 */
public interface Notifier {

    /** A waitlist customer is offered a slot, with the token that accepts or declines it. */
    void offerMade(OfferNotice notice);
}
