package io.frontdesk.booking.application.fake;

import io.frontdesk.booking.application.service.BookingCommandService;
import io.frontdesk.booking.application.service.BookingQueryService;
import io.frontdesk.booking.application.service.BookingSideEffects;
import io.frontdesk.booking.application.service.CatalogAdminService;
import io.frontdesk.booking.application.service.CatalogQueryService;
import io.frontdesk.booking.application.service.SlotAdminService;
import io.frontdesk.booking.application.service.TenantService;
import java.time.Clock;

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
    public final InMemoryBookingQueries queries = new InMemoryBookingQueries(bookings, slots, services, staff);

    public final BookingCommandService commands;
    public final BookingQueryService reads;
    public final CatalogQueryService catalog;
    public final CatalogAdminService catalogAdmin;
    public final SlotAdminService slotAdmin;
    public final TenantService tenantSettings;

    public InMemoryFrontdesk(Clock clock) {
        BookingSideEffects sideEffects = new BookingSideEffects(slots, auditTrail, calendarJobs, events);
        commands = new BookingCommandService(tenants, bookings, slots, services, staff, sideEffects, clock);
        reads = new BookingQueryService(tenants, queries, auditTrail, clock);
        catalog = new CatalogQueryService(services, staff, slots, clock);
        catalogAdmin = new CatalogAdminService(services, staff);
        slotAdmin = new SlotAdminService(tenants, services, staff, slots, bookings, clock);
        tenantSettings = new TenantService(tenants);
    }
}
