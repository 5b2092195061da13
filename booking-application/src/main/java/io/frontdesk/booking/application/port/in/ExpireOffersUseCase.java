package io.frontdesk.booking.application.port.in;

/**
 * Closes the offers nobody answered in time, of every tenant: each entry leaves the line, and its slot goes to
 * the next entry or reopens. Run on a schedule; each run handles a bounded batch.
 */
public interface ExpireOffersUseCase {

    /** Expires the offers due now, at most one batch; answers how many it expired. */
    int expireDue();
}
