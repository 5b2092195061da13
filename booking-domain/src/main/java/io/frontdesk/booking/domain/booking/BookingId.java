package io.frontdesk.booking.domain.booking;

import java.util.Objects;
import java.util.UUID;

/** Identity of a {@link Booking}. */
public record BookingId(UUID value) {
    public BookingId {
        Objects.requireNonNull(value, "booking id");
    }

    public static BookingId of(String text) {
        return new BookingId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
