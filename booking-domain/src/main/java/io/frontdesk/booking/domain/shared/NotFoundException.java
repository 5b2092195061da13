package io.frontdesk.booking.domain.shared;

/**
 * Something named by its id does not exist for the tenant asking. Deliberately says the same whether the thing
 * is missing or belongs to another tenant, so existence never leaks across tenants.
 */
public final class NotFoundException extends DomainException {

    private final Object id;

    public NotFoundException(ErrorCode code, String what, Object id) {
        super(code, what + " not found");
        if (code.kind() != ErrorCode.Kind.NOT_FOUND) {
            throw new IllegalArgumentException(code + " is not a not-found code");
        }
        this.id = id;
    }

    public Object id() {
        return id;
    }
}
