package io.frontdesk.booking.application.service;

import io.frontdesk.booking.application.fake.InMemoryFrontdesk;
import io.frontdesk.booking.application.fake.MutableClock;
import io.frontdesk.booking.application.port.in.AuditEntry;
import io.frontdesk.booking.application.port.in.BookingView;
import io.frontdesk.booking.application.port.in.CreateManualBookingCommand;
import io.frontdesk.booking.application.port.in.JoinWaitlistCommand;
import io.frontdesk.booking.application.port.in.WaitlistEntryView;
import io.frontdesk.booking.application.port.out.BookingChange;
import io.frontdesk.booking.application.port.out.CalendarJob;
import io.frontdesk.booking.application.port.out.OfferNotice;
import io.frontdesk.booking.domain.booking.Booking;
import io.frontdesk.booking.domain.booking.BookingSource;
import io.frontdesk.booking.domain.catalog.Service;
import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.Staff;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.shared.EmailAddress;
import io.frontdesk.booking.domain.shared.Money;
import io.frontdesk.booking.domain.shared.PersonName;
import io.frontdesk.booking.domain.shared.PhoneRegion;
import io.frontdesk.booking.domain.shared.Tenant;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.shared.TimeRange;
import io.frontdesk.booking.domain.slot.Slot;
import io.frontdesk.booking.domain.slot.SlotId;
import io.frontdesk.booking.domain.slot.SlotStatus;
import io.frontdesk.booking.domain.waitlist.WaitlistEntry;
import io.frontdesk.booking.domain.waitlist.WaitlistEntryId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One business on an in-memory Frontdesk, with a clock the test moves by hand: a tenant, an active 45-minute
 * "Haircut" priced 35.00 EUR, and an active stylist performing it. Tests add slots and book them through the
 * application services, then look at what the fakes hold.
 *
 * <pre>
 *   Scenario shop = Scenario.aBusiness();
 *   Slot slot = shop.openSlotAt(shop.inHours(2));
 *   BookingView booking = shop.aBookingOf(slot).phone("+44 20 7946 0018").create();
 * </pre>
 */
final class Scenario {

    /** When every scenario starts: Monday 2 March 2026, 09:00 UTC. */
    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    static final ActorId DESK = new ActorId("desk-anna");

    final MutableClock clock;
    final InMemoryFrontdesk app;
    final Tenant tenant;
    final Service service;
    final Staff staff;

    private Scenario(MutableClock clock, InMemoryFrontdesk app, ZoneId zone, PhoneRegion region) {
        this.clock = clock;
        this.app = app;
        this.tenant = new Tenant(new TenantId(UUID.randomUUID()), "Studio Lumen", zone, region);
        app.tenants.save(tenant);
        this.service = addService("Haircut", Duration.ofMinutes(45), Optional.of(Money.of(3500, "EUR")), true);
        this.staff = addStaff("Lena Vogel", Optional.of("Senior stylist"), true, service);
    }

    /** A business in UTC reading phone numbers as US numbers. */
    static Scenario aBusiness() {
        return aBusinessIn("UTC", "US");
    }

    static Scenario aBusinessIn(String zone, String phoneRegion) {
        MutableClock clock = new MutableClock(START);
        return new Scenario(clock, new InMemoryFrontdesk(clock), ZoneId.of(zone), PhoneRegion.of(phoneRegion));
    }

    /** Another tenant on the same Frontdesk and clock, with its own service and stylist. */
    Scenario anotherBusiness() {
        return new Scenario(clock, app, ZoneId.of("UTC"), PhoneRegion.of("US"));
    }

    Service addService(String name, Duration duration, Optional<Money> price, boolean active) {
        Service added = new Service(new ServiceId(UUID.randomUUID()), tenant.id(), name, duration, price, active);
        app.services.save(added);
        return added;
    }

    Staff addStaff(String name, Optional<String> role, boolean active, Service... performs) {
        Set<ServiceId> serviceIds = Arrays.stream(performs).map(Service::id).collect(Collectors.toSet());
        Staff added = new Staff(new StaffId(UUID.randomUUID()), tenant.id(), PersonName.of(name), role,
                Optional.of(EmailAddress.of(name.toLowerCase().replace(' ', '.') + "@studio-lumen.example")), active,
                serviceIds);
        app.staff.save(added);
        return added;
    }

    /** The current time of the scenario's clock plus some hours. */
    Instant inHours(long hours) {
        return clock.instant().plus(Duration.ofHours(hours));
    }

    /** An open slot of the stylist for the haircut, starting at {@code start}. */
    Slot openSlotAt(Instant start) {
        return openSlot(service, staff, start);
    }

    Slot openSlot(Service of, Staff with, Instant start) {
        Slot slot = Slot.open(new SlotId(UUID.randomUUID()), tenant.id(), of.id(), with.id(),
                TimeRange.of(start, of.duration()));
        app.slots.add(slot);
        return slot;
    }

    /** The slot as stored now. */
    Slot slot(SlotId id) {
        return app.slots.find(tenant.id(), id).orElseThrow();
    }

    /** A request to book {@code slot} for Maria Garcia, by phone ({@code MANUAL}), from the desk. */
    BookingRequest aBookingOf(Slot slot) {
        return aBookingOf(slot.id());
    }

    BookingRequest aBookingOf(SlotId slotId) {
        return new BookingRequest(slotId);
    }

    /** A request that names no slot, as a form submitted without choosing one. */
    BookingRequest aBookingWithoutSlot() {
        return new BookingRequest(null);
    }

    /** Books a new slot starting at {@code start} with the default request, and returns the booking. */
    BookingView bookedAt(Instant start) {
        return aBookingOf(openSlotAt(start)).create();
    }

    BookingView complete(BookingView booking) {
        return app.commands.complete(tenant.id(), DESK, booking.id());
    }

    BookingView markNoShow(BookingView booking) {
        return app.commands.markNoShow(tenant.id(), DESK, booking.id());
    }

    BookingView cancel(BookingView booking) {
        return app.commands.cancel(tenant.id(), DESK, booking.id(), Optional.empty());
    }

    /**
     * Puts a customer on the waitlist for the haircut with anyone, for slots within the next two weeks; their
     * email is {@code <first name>@example.org}.
     */
    WaitlistEntryView waiting(String name) {
        return waiting(name, null, clock.instant(), clock.instant().plus(Duration.ofDays(14)));
    }

    WaitlistEntryView waiting(String name, StaffId staffId, Instant from, Instant to) {
        String email = name.split(" ")[0].toLowerCase() + "@example.org";
        return app.waitlistDesk.join(new JoinWaitlistCommand(tenant.id(), DESK, name, "+1 201-555-0199", email,
                service.id(), staffId, from, to));
    }

    /** The waitlist entry as stored now. */
    WaitlistEntry entry(WaitlistEntryId id) {
        return app.waitlist.find(tenant.id(), id).orElseThrow();
    }

    /** The token of the latest offer notice sent to the customer of {@code entry}. */
    String tokenOf(WaitlistEntryView entry) {
        List<OfferNotice> notices = app.notifier.noticesTo(EmailAddress.of(entry.customerEmail().orElseThrow()));
        return notices.get(notices.size() - 1).token().value();
    }

    /** Everything the services have written so far, to prove that a refused command wrote nothing. */
    Written written() {
        return new Written(app.bookings.all(), app.auditTrail.all(), app.calendarJobs.all(), app.events.published());
    }

    /** What the services wrote: stored bookings, audit entries, calendar jobs and published live updates. */
    record Written(List<Booking.Snapshot> bookings, List<AuditEntry> auditEntries, List<CalendarJob> calendarJobs,
            List<BookingChange> events) {
    }

    /** A slot's stored status and version, to prove that a refused command left it alone. */
    record SlotState(SlotStatus status, long version) {

        static SlotState of(Slot slot) {
            return new SlotState(slot.status(), slot.version());
        }
    }

    SlotState slotState(SlotId id) {
        return SlotState.of(slot(id));
    }

    /** A booking request as the desk fills it in; defaults are valid. */
    final class BookingRequest {

        private final SlotId slotId;
        private TenantId tenantId = tenant.id();
        private ActorId actor = DESK;
        private String name = "Maria Garcia";
        private String phone = "+1 201-555-0123";
        private String email = "maria.garcia@example.org";
        private BookingSource source = BookingSource.MANUAL;

        private BookingRequest(SlotId slotId) {
            this.slotId = slotId;
        }

        BookingRequest forTenant(TenantId other) {
            tenantId = other;
            return this;
        }

        BookingRequest by(ActorId who) {
            actor = who;
            return this;
        }

        BookingRequest name(String value) {
            name = value;
            return this;
        }

        BookingRequest phone(String value) {
            phone = value;
            return this;
        }

        BookingRequest email(String value) {
            email = value;
            return this;
        }

        BookingRequest source(BookingSource value) {
            source = value;
            return this;
        }

        CreateManualBookingCommand command() {
            return new CreateManualBookingCommand(tenantId, actor, slotId, name, phone, email, source);
        }

        BookingView create() {
            return app.commands.create(command());
        }
    }
}
