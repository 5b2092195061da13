package io.frontdesk.booking.app.demo;

import io.frontdesk.booking.app.demo.DemoBusiness.DemoService;
import io.frontdesk.booking.app.demo.DemoBusiness.DemoStaff;
import io.frontdesk.booking.application.port.in.BookingView;
import io.frontdesk.booking.application.port.in.CreateManualBookingCommand;
import io.frontdesk.booking.application.port.in.SaveServiceCommand;
import io.frontdesk.booking.application.port.in.SaveStaffCommand;
import io.frontdesk.booking.application.port.in.SlotView;
import io.frontdesk.booking.application.port.in.UpdateTenantCommand;
import io.frontdesk.booking.application.port.in.WeeklySlotsCommand;
import io.frontdesk.booking.application.port.out.BookingQueries;
import io.frontdesk.booking.application.port.out.Bookings;
import io.frontdesk.booking.application.port.out.OfferTokens;
import io.frontdesk.booking.application.port.out.Services;
import io.frontdesk.booking.application.port.out.Slots;
import io.frontdesk.booking.application.port.out.StaffMembers;
import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.application.port.out.WaitlistEntries;
import io.frontdesk.booking.application.port.out.WaitlistOffers;
import io.frontdesk.booking.application.service.BookingCommandService;
import io.frontdesk.booking.application.service.BookingSideEffects;
import io.frontdesk.booking.application.service.CatalogAdminService;
import io.frontdesk.booking.application.service.SlotAdminService;
import io.frontdesk.booking.application.service.TenantService;
import io.frontdesk.booking.application.service.WaitlistOffering;
import io.frontdesk.booking.domain.booking.Booking;
import io.frontdesk.booking.domain.booking.BookingId;
import io.frontdesk.booking.domain.booking.BookingSource;
import io.frontdesk.booking.domain.catalog.Service;
import io.frontdesk.booking.domain.catalog.Staff;
import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.shared.Customer;
import io.frontdesk.booking.domain.shared.PhoneRegion;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.shared.TimeRange;
import io.frontdesk.booking.domain.slot.Slot;
import io.frontdesk.booking.domain.waitlist.Offer;
import io.frontdesk.booking.domain.waitlist.OfferId;
import io.frontdesk.booking.domain.waitlist.WaitlistEntry;
import io.frontdesk.booking.domain.waitlist.WaitlistEntryId;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Dev mode only: fills an empty database with two demo businesses — services, staff, slots from a week ago to two
 * weeks ahead, and a few hundred bookings in every status and from every source — made through the real use cases,
 * so the demo data obeys every rule. To book past slots it runs those use cases on a clock it sets by hand.
 */
@ApplicationScoped
@IfBuildProfile("dev")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final ActorId DESK = new ActorId("demo-front-desk");
    private static final String[] FIRST = {"Anna", "Ben", "Clara", "David", "Emma", "Felix", "Greta", "Hugo",
        "Ida", "Jan", "Katja", "Leon", "Maya", "Noah", "Olivia", "Paul", "Rosa", "Samir", "Tara", "Victor"};
    private static final String[] LAST = {"Meyer", "Schmidt", "Novak", "Garcia", "Kim", "Rossi", "Jensen",
        "Okafor", "Dubois", "Silva", "Nguyen", "Kowalski", "Brown", "Haddad", "Larsen", "Moreau"};

    private final Tenants tenants;
    private final Services services;
    private final StaffMembers staffMembers;
    private final Slots slots;
    private final Bookings bookings;
    private final BookingQueries bookingQueries;
    private final WaitlistEntries waitlist;
    private final BookingSideEffects sideEffects;
    private final WaitlistOffers waitlistOffers;
    private final WaitlistOffering waitlistOffering;
    private final OfferTokens offerTokens;
    private final Clock realClock;
    private final boolean enabled;

    @Inject
    public DemoData(Tenants tenants, Services services, StaffMembers staffMembers, Slots slots, Bookings bookings,
            BookingQueries bookingQueries, WaitlistEntries waitlist, BookingSideEffects sideEffects, WaitlistOffers waitlistOffers,
            WaitlistOffering waitlistOffering, OfferTokens offerTokens, Clock realClock,
            DemoConfig config) {
        this.tenants = tenants;
        this.services = services;
        this.staffMembers = staffMembers;
        this.slots = slots;
        this.bookings = bookings;
        this.bookingQueries = bookingQueries;
        this.waitlist = waitlist;
        this.sideEffects = sideEffects;
        this.waitlistOffers = waitlistOffers;
        this.waitlistOffering = waitlistOffering;
        this.offerTokens = offerTokens;
        this.realClock = realClock;
        this.enabled = config.enabled();
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        for (DemoBusiness business : List.of(DemoBusiness.SALON, DemoBusiness.CLINIC)) {
            if (tenants.find(new TenantId(business.tenantId())).isEmpty()) {
                int made = QuarkusTransaction.requiringNew().call(() -> seed(business));
                LOG.infof("Demo data: %s with %d bookings", business.name(), made);
            }
        }
    }

    private int seed(DemoBusiness business) {
        TenantId tenantId = new TenantId(business.tenantId());
        Instant now = realClock.instant();
        ZoneId zone = ZoneId.of(business.timeZone());
        LocalDate today = LocalDate.ofInstant(now, zone);
        TravelClock clock = new TravelClock(today.minusDays(8).atStartOfDay(zone).toInstant());
        Random random = new Random(business.tenantId().getLeastSignificantBits());

        TenantService tenantService = new TenantService(tenants);
        tenantService.ensureExists(tenantId, PhoneRegion.of(business.phoneRegion()));
        tenantService.update(new UpdateTenantCommand(tenantId, DESK, business.name(), business.timeZone(),
                business.phoneRegion()));

        CatalogAdminService catalog = new CatalogAdminService(services, staffMembers);
        List<Service> offered = business.services().stream()
                .map((DemoService s) -> catalog.createService(new SaveServiceCommand(tenantId, DESK, s.name(),
                        s.minutes(), s.priceMinor(), business.currency(), true)))
                .toList();
        SlotAdminService slotAdmin = new SlotAdminService(tenants, services, staffMembers, slots, bookings,
                waitlistOffers, waitlistOffering, clock);
        List<SlotView> opened = new ArrayList<>();
        for (DemoStaff member : business.staff()) {
            Staff staff = catalog.createStaff(new SaveStaffCommand(tenantId, DESK, member.name(), member.role(),
                    null, true, member.performs().stream().map(i -> offered.get(i).id()).toList()));
            opened.addAll(slotAdmin.createWeekly(new WeeklySlotsCommand(tenantId, DESK,
                    offered.get(member.slotService()).id(), staff.id(), today.minusDays(7), today.plusDays(14),
                    EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), LocalTime.of(9, 0), LocalTime.of(17, 0)))
                    .created());
        }
        opened.sort(Comparator.comparing(SlotView::startTime));

        BookingCommandService desk = new BookingCommandService(tenants, bookings, slots, bookingQueries, sideEffects,
                clock);
        int made = 0;
        for (SlotView slot : opened) {
            boolean past = slot.endTime().isBefore(now);
            if (random.nextDouble() > (past ? 0.45 : 0.3)) {
                continue;
            }
            Instant bookedAt = past
                    ? slot.startTime().minus(Duration.ofMinutes(30 + random.nextInt(60 * 72)))
                    : earlier(now, slot.startTime().minus(Duration.ofMinutes(1)))
                            .minus(Duration.ofMinutes(random.nextInt(60 * 48)));
            clock.set(bookedAt);
            String name = name(random);
            String email = random.nextDouble() < 0.6
                    ? name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.com"
                    : null;
            BookingId bookingId = random.nextDouble() < 0.08
                    ? fromWaitlist(business, tenantId, slot, clock, name, random)
                    : desk.create(new CreateManualBookingCommand(tenantId, DESK, slot.id(), name,
                            phone(business, random), email, source(random))).id();
            made++;
            double outcome = random.nextDouble();
            if (past) {
                clock.set(slot.endTime().plus(Duration.ofMinutes(5)));
                if (outcome < 0.72) {
                    desk.complete(tenantId, DESK, bookingId);
                } else if (outcome < 0.84) {
                    desk.markNoShow(tenantId, DESK, bookingId);
                } else {
                    clock.set(bookedAt.plus(Duration.between(bookedAt, slot.startTime()).dividedBy(2)));
                    desk.cancel(tenantId, DESK, bookingId, Optional.of("Customer called to cancel"));
                }
            } else if (outcome < 0.12) {
                clock.set(now);
                desk.cancel(tenantId, DESK, bookingId, Optional.empty());
            }
        }
        return made;
    }

    /** A booking the way the waitlist makes one: an entry that was offered the slot and accepted it. */
    private BookingId fromWaitlist(DemoBusiness business, TenantId tenantId, SlotView view, TravelClock clock,
            String name, Random random) {
        Instant now = clock.instant();
        Customer customer = Customer.of(name, phone(business, random), null,
                PhoneRegion.of(business.phoneRegion()));
        WaitlistEntry entry = WaitlistEntry.join(new WaitlistEntryId(UUID.randomUUID()), tenantId, customer,
                view.serviceId(), Optional.empty(), new TimeRange(view.startTime().minus(Duration.ofDays(3)),
                        view.endTime().plus(Duration.ofDays(3))), now.minus(Duration.ofDays(2)));
        Slot slot = slots.tryBook(tenantId, view.id(), now);
        entry.offer(slot, now.plus(Duration.ofMinutes(15)), now.minus(Duration.ofMinutes(5)));
        Offer offer = Offer.sent(new OfferId(UUID.randomUUID()), entry, slot, offerTokens.next().hash());
        entry.accept(now);
        offer.accept(now);
        waitlist.add(entry);
        waitlistOffers.add(offer);
        Booking booking = Booking.confirmFromWaitlist(new BookingId(UUID.randomUUID()), slot, entry.id(),
                customer, ActorId.SYSTEM, now);
        bookings.add(booking);
        sideEffects.apply(booking, ActorId.SYSTEM);
        return booking.id();
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static BookingSource source(Random random) {
        double pick = random.nextDouble();
        return pick < 0.45 ? BookingSource.MANUAL : pick < 0.8 ? BookingSource.WALK_IN : BookingSource.DIRECT;
    }

    private static String name(Random random) {
        return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    }

    private static String phone(DemoBusiness business, Random random) {
        String prefix = business.areaPrefixes().get(random.nextInt(business.areaPrefixes().size()));
        if (prefix.startsWith("+1")) {
            return prefix + String.format("%02d", random.nextInt(100));
        }
        return prefix + (prefix.contains("151") ? String.format("%08d", random.nextInt(100_000_000))
                : String.valueOf(1_000_000 + random.nextInt(9_000_000)));
    }
}
