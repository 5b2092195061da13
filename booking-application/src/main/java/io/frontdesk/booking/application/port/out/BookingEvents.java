package io.frontdesk.booking.application.port.out;

/**
 * Live updates to open views. Implementations deliver a change only once the transaction that made it has
 * committed, and only to listeners of the change's tenant.
 */
public interface BookingEvents {

    void publish(BookingChange change);
}
