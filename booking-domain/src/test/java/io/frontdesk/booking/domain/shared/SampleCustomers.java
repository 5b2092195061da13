package io.frontdesk.booking.domain.shared;

import java.util.UUID;

/** Customers, tenants and actors that tests can use when the values themselves do not matter. */
public final class SampleCustomers {

    public static final PhoneRegion GB = PhoneRegion.of("GB");
    public static final TenantId TENANT = new TenantId(UUID.fromString("7d1c0c86-5b7b-4a43-9d3b-3b3f5d0d4e01"));
    public static final ActorId RECEPTIONIST = new ActorId("receptionist-1");

    private SampleCustomers() {
    }

    public static Customer ada() {
        return Customer.of("Ada Lovelace", "+44 20 7946 0018", "ada@example.com", GB);
    }

    public static Customer grace() {
        return Customer.of("Grace Hopper", "+1 201-555-0123", "", GB);
    }
}
