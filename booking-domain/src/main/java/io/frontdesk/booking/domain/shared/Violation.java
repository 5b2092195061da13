package io.frontdesk.booking.domain.shared;

import java.util.Objects;

/** One invalid input: the field it came from (as named at the boundary, e.g. {@code customer_phone}) and why. */
public record Violation(String field, String message) {
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
