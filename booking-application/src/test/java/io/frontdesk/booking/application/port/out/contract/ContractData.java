package io.frontdesk.booking.application.port.out.contract;

import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.shared.Customer;
import io.frontdesk.booking.domain.shared.PhoneRegion;
import java.time.Instant;
import java.util.UUID;

/** Fixed values the contracts share: their "now", the actor, and customers. */
public final class ContractData {

    /** The moment the contracts act at; slots after it are in the future. Far ahead of any real clock, on purpose:
     * an implementation that asked its own clock instead of the {@code now} it is given would call them future. */
    public static final Instant NOW = Instant.parse("2031-03-03T08:00:00Z");

    public static final ActorId DESK = new ActorId("desk-user-1");

    public static final PhoneRegion US = PhoneRegion.of("US");

    private ContractData() {
    }

    public static Customer customer(String name, String phone, String email) {
        return Customer.of(name, phone, email, US);
    }

    public static Customer aCustomer() {
        return customer("Maria Garcia", "+1 201-555-0123", "maria.garcia@example.org");
    }

    /**
     * A fresh uuid that sorts before every {@link #highUuid()} both as text and as unsigned bytes (PostgreSQL's
     * order), but after it in {@link UUID#compareTo} (signed). Tie-break tests use the pair, so an implementation
     * that orders ids differently from storage fails every time, not every other time.
     */
    public static UUID lowUuid() {
        UUID random = UUID.randomUUID();
        return new UUID(random.getMostSignificantBits() & Long.MAX_VALUE, random.getLeastSignificantBits());
    }

    /** A fresh uuid whose first hex digit is 8 or above; see {@link #lowUuid()}. */
    public static UUID highUuid() {
        UUID random = UUID.randomUUID();
        return new UUID(random.getMostSignificantBits() | Long.MIN_VALUE, random.getLeastSignificantBits());
    }

    /** {@code NOW} plus whole hours; keeps test data readable. */
    public static Instant hoursFromNow(long hours) {
        return NOW.plusSeconds(hours * 3600);
    }
}
