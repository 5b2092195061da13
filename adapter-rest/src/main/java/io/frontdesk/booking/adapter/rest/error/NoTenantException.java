package io.frontdesk.booking.adapter.rest.error;

/** The caller is signed in but their token names no tenant (or no valid one), so there is no data to show. */
public final class NoTenantException extends RuntimeException {

    public NoTenantException(String message) {
        super(message);
    }
}
