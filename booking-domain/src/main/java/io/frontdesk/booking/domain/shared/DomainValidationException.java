package io.frontdesk.booking.domain.shared;

import java.util.List;
import java.util.stream.Collectors;

/** Input the rules refuse. Carries every {@link Violation} found, the first one being the most relevant. */
public final class DomainValidationException extends DomainException {

    private final List<Violation> violations;

    public DomainValidationException(List<Violation> violations) {
        super(ErrorCode.VALIDATION_FAILED, describe(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public static DomainValidationException of(String field, String message) {
        return new DomainValidationException(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The first invalid field. */
    public Violation first() {
        return violations.get(0);
    }

    /** The same violations reported under another field name, for a value validated on behalf of a named input. */
    public DomainValidationException forField(String field) {
        return new DomainValidationException(
                violations.stream().map(v -> new Violation(field, v.message())).toList());
    }

    private static String describe(List<Violation> violations) {
        return violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
    }
}
