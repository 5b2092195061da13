package io.frontdesk.booking.application.fake;

import io.frontdesk.booking.application.port.out.BookingChange;
import io.frontdesk.booking.application.port.out.BookingEvents;
import java.util.ArrayList;
import java.util.List;

/** Remembers what was published, in order. */
public final class RecordingBookingEvents implements BookingEvents {

    private final List<BookingChange> published = new ArrayList<>();

    @Override
    public synchronized void publish(BookingChange change) {
        published.add(change);
    }

    public synchronized List<BookingChange> published() {
        return List.copyOf(published);
    }
}
