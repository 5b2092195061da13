package io.frontdesk.booking.application.service;

import io.frontdesk.booking.application.port.in.BookingDetails;
import io.frontdesk.booking.application.port.in.BookingView;
import io.frontdesk.booking.application.port.in.CreateManualBookingCommand;
import io.frontdesk.booking.application.port.in.CreateManualBookingUseCase;
import io.frontdesk.booking.application.port.in.ManageBookingStatusUseCase;
import io.frontdesk.booking.application.port.in.UpdateBookingStatusCommand;
import io.frontdesk.booking.application.port.out.BookingQueries;
import io.frontdesk.booking.application.port.out.Bookings;
import io.frontdesk.booking.application.port.out.Slots;
import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.domain.booking.Booking;
import io.frontdesk.booking.domain.booking.BookingId;
import io.frontdesk.booking.domain.shared.Customer;
import io.frontdesk.booking.domain.shared.ErrorCode;
import io.frontdesk.booking.domain.shared.NotFoundException;
import io.frontdesk.booking.domain.shared.Tenant;
import io.frontdesk.booking.domain.shared.Violations;
import io.frontdesk.booking.domain.slot.Slot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Creates bookings and moves them through their life cycle. Each method is one transaction: the booking, the
 * slot, the audit entries and the calendar jobs are written together or not at all.
 */
@ApplicationScoped
public class BookingCommandService implements CreateManualBookingUseCase, ManageBookingStatusUseCase {

    private final Tenants tenants;
    private final Bookings bookings;
    private final Slots slots;
    private final BookingQueries queries;
    private final BookingSideEffects sideEffects;
    private final Clock clock;

    @Inject
    public BookingCommandService(Tenants tenants, Bookings bookings, Slots slots, BookingQueries queries,
            BookingSideEffects sideEffects, Clock clock) {
        this.tenants = tenants;
        this.bookings = bookings;
        this.slots = slots;
        this.queries = queries;
        this.sideEffects = sideEffects;
        this.clock = clock;
    }

    @Override
    @Transactional
    public BookingView create(CreateManualBookingCommand command) {
        Tenant tenant = Require.tenant(tenants, command.tenantId());
        Violations violations = new Violations();
        if (command.slotId() == null) {
            violations.add("slot_id", "is required");
        }
        Customer customer = Customer.collect(violations, command.customerName(), command.customerPhone(),
                command.customerEmail(), tenant.phoneRegion());
        if (command.source() == null) {
            violations.add("booking_source", "is required");
        } else if (!command.source().isStaffCreatable()) {
            violations.add("booking_source", "must be one of direct, walk_in, manual");
        }
        violations.throwIfAny();

        Instant now = clock.instant();
        Slot slot = slots.tryBook(tenant.id(), command.slotId(), now);
        Booking booking = Booking.confirm(new BookingId(UUID.randomUUID()), slot, customer, command.source(),
                command.actor(), now);
        bookings.add(booking);
        sideEffects.apply(booking, command.actor());
        return view(booking);
    }

    @Override
    @Transactional
    public BookingView updateStatus(UpdateBookingStatusCommand command) {
        Booking booking = bookings.find(command.tenantId(), command.bookingId())
                .orElseThrow(() -> new NotFoundException(ErrorCode.BOOKING_NOT_FOUND, "Booking",
                        command.bookingId()));
        booking.transitionTo(command.status(), command.cancellationReason().orElse(null), clock.instant());
        bookings.update(booking);
        sideEffects.apply(booking, command.actor());
        return view(booking);
    }

    /** The booking as it now stands, with its service and staff names: one read, as the list shows it. */
    private BookingView view(Booking booking) {
        return queries.details(booking.tenantId(), booking.id()).map(BookingDetails::booking)
                .orElseThrow(() -> new IllegalStateException("Booking " + booking.id() + " was just stored"));
    }
}
