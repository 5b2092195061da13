package io.frontdesk.booking.application.fake;

import io.frontdesk.booking.application.service.BookingCommandService;
import io.frontdesk.booking.application.service.BookingQueryService;
import io.frontdesk.booking.application.service.BookingSideEffects;
import io.frontdesk.booking.application.service.CalendarOutbox;
import io.frontdesk.booking.application.service.CalendarSyncPolicy;
import io.frontdesk.booking.application.service.CalendarSyncService;
import io.frontdesk.booking.application.service.CatalogAdminService;
import io.frontdesk.booking.application.service.CatalogQueryService;
import io.frontdesk.booking.application.service.OfferService;
import io.frontdesk.booking.application.service.SlotAdminService;
import io.frontdesk.booking.application.service.StaffCalendarService;
import io.frontdesk.booking.application.service.TenantService;
import io.frontdesk.booking.application.service.WaitlistOffering;
import io.frontdesk.booking.application.service.WaitlistPolicy;
import io.frontdesk.booking.application.service.WaitlistService;
import java.time.Clock;
import java.time.Duration;

/**
 * The application wired by hand on in-memory out-ports: the services under test plus every fake, so a test can
 * arrange state through the fakes and assert on what the services wrote.
 */
public final class InMemoryFrontdesk {

    public final InMemoryTenants tenants = new InMemoryTenants();
    public final InMemoryServices services = new InMemoryServices();
    public final InMemoryStaffMembers staff = new InMemoryStaffMembers();
    public final InMemorySlots slots = new InMemorySlots();
    public final InMemoryBookings bookings = new InMemoryBookings();
    public final InMemoryWaitlistEntries waitlist = new InMemoryWaitlistEntries();
    public final InMemoryAuditTrail auditTrail = new InMemoryAuditTrail();
    public final InMemoryCalendarJobs calendarJobs = new InMemoryCalendarJobs();
    public final RecordingBookingEvents events = new RecordingBookingEvents();
    public final InMemoryWaitlistOffers offers = new InMemoryWaitlistOffers();
    public final InMemoryOfferTokens tokens = new InMemoryOfferTokens();
    public final RecordingNotifier notifier = new RecordingNotifier();
    public final InMemoryBookingQueries queries = new InMemoryBookingQueries(bookings, slots, services, staff);
    public final InMemoryStaffCalendars staffCalendars = new InMemoryStaffCalendars();
    public final InMemoryCalendarFeeds calendarFeeds = new InMemoryCalendarFeeds();
    public final InMemoryCalendarQueries calendarQueries =
            new InMemoryCalendarQueries(tenants, bookings, services, staff);
    public final InMemoryCalendarGateway calendarGateway = new InMemoryCalendarGateway();
    public final ReversibleCredentialCipher cipher = new ReversibleCredentialCipher("test-key");

    /** The worker's settings in these tests: 4 attempts, backoff from 1 minute up to 10, 5-minute leases. */
    public static final CalendarSyncPolicy SYNC_POLICY = new CalendarSyncPolicy(4, Duration.ofMinutes(1),
            Duration.ofMinutes(10), Duration.ofMinutes(5), 10);

    public final BookingCommandService commands;
    public final BookingQueryService reads;
    public final CatalogQueryService catalog;
    public final CatalogAdminService catalogAdmin;
    public final SlotAdminService slotAdmin;
    public final TenantService tenantSettings;
    public final CalendarSyncService calendarSync;
    public final StaffCalendarService staffCalendarSettings;
    public final WaitlistOffering offering;
    public final WaitlistService waitlistDesk;
    public final OfferService offerAnswers;

    public InMemoryFrontdesk(Clock clock) {
        this(clock, WaitlistPolicy.DEFAULT);
    }

    public InMemoryFrontdesk(Clock clock, WaitlistPolicy policy) {
        offering = new WaitlistOffering(tenants, services, staff, slots, waitlist, offers, tokens,
                notifier, auditTrail, policy);
        BookingSideEffects sideEffects = new BookingSideEffects(slots, auditTrail, calendarJobs, events, offering);
        commands = new BookingCommandService(tenants, bookings, slots, queries, sideEffects, clock);
        reads = new BookingQueryService(tenants, queries, auditTrail, calendarJobs, staffCalendars, offers, clock);
        catalog = new CatalogQueryService(services, staff, slots, clock);
        catalogAdmin = new CatalogAdminService(services, staff);
        slotAdmin = new SlotAdminService(tenants, services, staff, slots, bookings, offers, offering, clock);
        tenantSettings = new TenantService(tenants);
        calendarSync = new CalendarSyncService(
                new CalendarOutbox(calendarJobs, calendarQueries, staffCalendars, cipher), calendarGateway,
                calendarJobs, calendarQueries, staffCalendars, SYNC_POLICY, clock);
        staffCalendarSettings = new StaffCalendarService(tenants, staff, staffCalendars, calendarFeeds,
                calendarQueries, new TextCalendarRenderer(), cipher, clock);
        waitlistDesk = new WaitlistService(tenants, services, staff, waitlist, offers, offering, auditTrail, clock);
        offerAnswers = new OfferService(tenants, services, staff, slots, bookings, waitlist, offers, offering,
                sideEffects, auditTrail, clock);
    }
}
