package io.frontdesk.booking.application.port.out.contract;

import io.frontdesk.booking.application.port.out.Bookings;
import io.frontdesk.booking.application.port.out.Services;
import io.frontdesk.booking.application.port.out.Slots;
import io.frontdesk.booking.application.port.out.StaffMembers;
import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.domain.booking.Booking;
import io.frontdesk.booking.domain.booking.BookingId;
import io.frontdesk.booking.domain.booking.BookingSource;
import io.frontdesk.booking.domain.catalog.Service;
import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.Staff;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.Customer;
import io.frontdesk.booking.domain.shared.EmailAddress;
import io.frontdesk.booking.domain.shared.Money;
import io.frontdesk.booking.domain.shared.PersonName;
import io.frontdesk.booking.domain.shared.PhoneRegion;
import io.frontdesk.booking.domain.shared.Tenant;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.shared.TimeRange;
import io.frontdesk.booking.domain.slot.Slot;
import io.frontdesk.booking.domain.slot.SlotId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Stores the rows a contract test needs through the ports it was given, each write in its own transaction:
 * tenants, services, staff members, slots and bookings, with fresh ids so tests never see each other's data.
 * Give it only the ports a contract has; a helper that needs a missing one fails loudly.
 */
public final class Arrange {

    private final PortContract contract;
    private Tenants tenants;
    private Services services;
    private StaffMembers staffMembers;
    private Slots slots;
    private Bookings bookings;

    public Arrange(PortContract contract) {
        this.contract = contract;
    }

    public Arrange tenants(Tenants port) {
        this.tenants = port;
        return this;
    }

    public Arrange services(Services port) {
        this.services = port;
        return this;
    }

    public Arrange staffMembers(StaffMembers port) {
        this.staffMembers = port;
        return this;
    }

    public Arrange slots(Slots port) {
        this.slots = port;
        return this;
    }

    public Arrange bookings(Bookings port) {
        this.bookings = port;
        return this;
    }

    /** A new tenant in UTC whose phone numbers are read as US numbers. */
    public Tenant tenant() {
        return tenant(ZoneId.of("UTC"), ContractData.US);
    }

    public Tenant tenant(ZoneId zone, PhoneRegion region) {
        Tenant tenant = new Tenant(new TenantId(UUID.randomUUID()), "Studio Lumen", zone, region);
        contract.inTransactionDo(() -> need(tenants, "Tenants").save(tenant));
        return tenant;
    }

    /** An active 30-minute service priced 35.00 EUR. */
    public Service service(Tenant tenant, String name) {
        return service(tenant, name, Duration.ofMinutes(30), Optional.of(Money.of(3500, "EUR")), true);
    }

    public Service service(Tenant tenant, String name, Duration duration, Optional<Money> price, boolean active) {
        Service service = new Service(new ServiceId(UUID.randomUUID()), tenant.id(), name, duration, price, active);
        contract.inTransactionDo(() -> need(services, "Services").save(service));
        return service;
    }

    /** An active stylist performing {@code performs}. */
    public Staff staff(Tenant tenant, String name, Service... performs) {
        return staff(tenant, name, Optional.of("Stylist"), true, performs);
    }

    public Staff staff(Tenant tenant, String name, Optional<String> role, boolean active, Service... performs) {
        Set<ServiceId> serviceIds = Arrays.stream(performs).map(Service::id).collect(Collectors.toSet());
        String mailbox = name.toLowerCase().replaceAll("[^a-z]", ".");
        Staff staff = new Staff(new StaffId(UUID.randomUUID()), tenant.id(), PersonName.of(name), role,
                Optional.of(EmailAddress.of(mailbox + "@studio-lumen.example")), active, serviceIds);
        contract.inTransactionDo(() -> need(staffMembers, "StaffMembers").save(staff));
        return staff;
    }

    /** A stored open slot of {@code staff} for {@code service}, as long as the service takes. */
    public Slot openSlot(Service service, Staff staff, Instant start) {
        return openSlot(service, staff, TimeRange.of(start, service.duration()));
    }

    public Slot openSlot(Service service, Staff staff, TimeRange time) {
        return openSlot(new SlotId(UUID.randomUUID()), service, staff, time);
    }

    public Slot openSlot(SlotId id, Service service, Staff staff, TimeRange time) {
        Slot slot = Slot.open(id, service.tenantId(), service.id(), staff.id(), time);
        contract.inTransactionDo(() -> need(slots, "Slots").add(slot));
        return slot;
    }

    /** The stored slot as it is now. */
    public Slot reload(Slot slot) {
        return contract.inTransaction(() -> need(slots, "Slots").find(slot.tenantId(), slot.id())).orElseThrow();
    }

    /**
     * A stored, confirmed booking of a new slot starting at {@code start}, made at {@code bookedAt} (which becomes
     * its creation time): the slot is added, booked through {@link Slots#tryBook}, and the booking added.
     */
    public Booking booking(Service service, Staff staff, Instant start, Customer customer, BookingSource source,
            Instant bookedAt) {
        return booking(new BookingId(UUID.randomUUID()), service, staff, start, customer, source, bookedAt);
    }

    /** As {@link #booking(Service, Staff, Instant, Customer, BookingSource, Instant)}, with the booking's id. */
    public Booking booking(BookingId id, Service service, Staff staff, Instant start, Customer customer,
            BookingSource source, Instant bookedAt) {
        Slot open = openSlot(service, staff, start);
        Slot booked = contract.inTransaction(() -> need(slots, "Slots").tryBook(open.tenantId(), open.id(), bookedAt));
        return booking(id, booked, customer, source, bookedAt);
    }

    /** A stored, confirmed booking of {@code bookedSlot}, which must be {@code BOOKED}. */
    public Booking booking(Slot bookedSlot, Customer customer, BookingSource source, Instant bookedAt) {
        return booking(new BookingId(UUID.randomUUID()), bookedSlot, customer, source, bookedAt);
    }

    private Booking booking(BookingId id, Slot bookedSlot, Customer customer, BookingSource source,
            Instant bookedAt) {
        Booking booking = Booking.confirm(id, bookedSlot, customer, source, ContractData.DESK, bookedAt);
        booking.pullEvents();
        contract.inTransactionDo(() -> need(bookings, "Bookings").add(booking));
        return reload(booking);
    }

    /** Loads the booking, applies {@code change} (say {@code b -> b.complete(at)}), stores it, and reloads it. */
    public Booking change(Booking booking, Consumer<Booking> change) {
        contract.inTransactionDo(() -> {
            Booking loaded = need(bookings, "Bookings").find(booking.tenantId(), booking.id()).orElseThrow();
            change.accept(loaded);
            loaded.pullEvents();
            bookings.update(loaded);
        });
        return reload(booking);
    }

    public Booking reload(Booking booking) {
        return contract.inTransaction(() -> need(bookings, "Bookings").find(booking.tenantId(), booking.id()))
                .orElseThrow();
    }

    private static <P> P need(P port, String name) {
        return Objects.requireNonNull(port, () -> "this contract gave Arrange no " + name + " port");
    }
}
