package io.frontdesk.booking.app;

import io.frontdesk.booking.application.port.out.BookingChange;
import io.frontdesk.booking.application.port.out.BookingEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Live updates as CDI events. Listeners observe {@link BookingChange} with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}, so a change reaches them only once the transaction
 * that made it has committed, and never when it rolled back.
 */
@ApplicationScoped
public class CdiBookingEvents implements BookingEvents {

    private final Event<BookingChange> changes;

    @Inject
    public CdiBookingEvents(Event<BookingChange> changes) {
        this.changes = changes;
    }

    @Override
    public void publish(BookingChange change) {
        changes.fire(change);
    }
}
