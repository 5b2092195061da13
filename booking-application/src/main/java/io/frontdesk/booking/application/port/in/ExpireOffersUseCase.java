package io.frontdesk.booking.application.port.in;

/**
 * Closes the offers nobody answered in time, of every tenant: each entry leaves the line, and its slot goes to
 * the next entry or reopens. Waiting entries whose wanted window has ended leave the line too. Run on a schedule;
 * each run handles a bounded batch of each.
 */
public interface ExpireOffersUseCase {

    /** Expires the offers and entries due now, at most one batch of each; answers how many it expired. */
    int expireDue();
}
