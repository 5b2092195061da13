package io.frontdesk.booking.adapter.rest.security;

/**
 * The two roles a token can grant (from the claim path {@code quarkus.oidc.roles.role-claim-path}): {@code staff}
 * works the desk (bookings, catalog and slot queries), {@code admin} maintains tenant settings, services, staff
 * and slots.
 */
public final class Roles {

    public static final String STAFF = "staff";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
