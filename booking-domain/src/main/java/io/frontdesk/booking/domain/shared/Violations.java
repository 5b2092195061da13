package io.frontdesk.booking.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the violations of several independent inputs so that one refusal names all of them:
 * {@code var v = new Violations(); var name = v.check("customer_name", () -> PersonName.of(raw)); ... v.throwIfAny();}
 */
public final class Violations {

    private final List<Violation> found = new ArrayList<>();

    /** Runs {@code parse}; on a validation failure records it under {@code field} and returns {@code null}. */
    public <T> T check(String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (DomainValidationException e) {
            found.addAll(e.forField(field).violations());
            return null;
        }
    }

    public void add(String field, String message) {
        found.add(new Violation(field, message));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new DomainValidationException(found);
        }
    }
}
