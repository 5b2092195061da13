package io.frontdesk.booking.adapter.notification;

import java.util.Objects;

/** One composed email, waiting for its transaction to commit before it is sent. */
public record OfferMail(String to, String subject, String text) {

    public OfferMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }
}
