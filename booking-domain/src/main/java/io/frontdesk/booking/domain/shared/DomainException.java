package io.frontdesk.booking.domain.shared;

import java.util.Objects;

/** Base of every refusal made by the booking rules: unchecked, with a stable {@link ErrorCode}. */
public abstract class DomainException extends RuntimeException {

    private final ErrorCode code;

    protected DomainException(ErrorCode code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    public ErrorCode code() {
        return code;
    }
}
