package io.frontdesk.booking.application.port.out;

import java.net.URI;
import java.util.Objects;

/** A calendar collection and the opened credentials to reach it, for one delivery; never stored or logged. */
public record CalendarCredentials(URI collectionUrl, String username, String password) {

    public CalendarCredentials {
        Objects.requireNonNull(collectionUrl, "collection url");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "CalendarCredentials[" + username + " at " + collectionUrl + "]";
    }
}
