package io.frontdesk.booking.adapter.rest.booking;

import io.frontdesk.booking.adapter.rest.booking.BookingResponses.BookingList;
import io.frontdesk.booking.adapter.rest.booking.BookingResponses.BookingWithDetails;
import io.frontdesk.booking.adapter.rest.booking.BookingResponses.OneBooking;
import io.frontdesk.booking.adapter.rest.booking.BookingResponses.Stats;
import io.frontdesk.booking.adapter.rest.calendar.CalendarJson.CalendarSyncJson;
import io.frontdesk.booking.adapter.rest.calendar.CalendarJson.Retried;
import io.frontdesk.booking.adapter.rest.error.ErrorResponse;
import io.frontdesk.booking.adapter.rest.security.BookingRateLimiter;
import io.frontdesk.booking.adapter.rest.security.CurrentUser;
import io.frontdesk.booking.adapter.rest.security.Roles;
import io.frontdesk.booking.adapter.rest.support.Params;
import io.frontdesk.booking.application.port.in.BookingSort;
import io.frontdesk.booking.application.port.in.BookingStatsQuery;
import io.frontdesk.booking.application.port.in.BookingStatsUseCase;
import io.frontdesk.booking.application.port.in.BookingView;
import io.frontdesk.booking.application.port.in.CreateManualBookingCommand;
import io.frontdesk.booking.application.port.in.CreateManualBookingUseCase;
import io.frontdesk.booking.application.port.in.GetBookingUseCase;
import io.frontdesk.booking.application.port.in.ListBookingsQuery;
import io.frontdesk.booking.application.port.in.ListBookingsUseCase;
import io.frontdesk.booking.application.port.in.ManageBookingStatusUseCase;
import io.frontdesk.booking.application.port.in.ManageTenantUseCase;
import io.frontdesk.booking.application.port.in.PageRequest;
import io.frontdesk.booking.application.port.in.RetryCalendarSyncUseCase;
import io.frontdesk.booking.application.port.in.UpdateBookingStatusCommand;
import io.frontdesk.booking.domain.booking.BookingId;
import io.frontdesk.booking.domain.booking.BookingSource;
import io.frontdesk.booking.domain.booking.BookingStatus;
import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.Customer;
import io.frontdesk.booking.domain.shared.PhoneRegion;
import io.frontdesk.booking.domain.slot.SlotId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The seed's bookings API: list, create, read with details, change status, and dashboard statistics. */
@Path("/api/bookings")
@Tag(name = "Bookings")
@RolesAllowed(Roles.STAFF)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BookingResource {

    /** The sources a booking made at the desk may have; waitlist bookings come from accepted offers only. */
    private static final BookingSource[] STAFF_SOURCES = Arrays.stream(BookingSource.values())
            .filter(BookingSource::isStaffCreatable).toArray(BookingSource[]::new);

    private final ListBookingsUseCase listBookings;
    private final GetBookingUseCase getBooking;
    private final CreateManualBookingUseCase createBooking;
    private final ManageBookingStatusUseCase manageStatus;
    private final BookingStatsUseCase bookingStats;
    private final ManageTenantUseCase tenants;
    private final RetryCalendarSyncUseCase calendarRetry;
    private final BookingRateLimiter rateLimiter;
    private final CurrentUser user;

    @Inject
    public BookingResource(ListBookingsUseCase listBookings, GetBookingUseCase getBooking,
            CreateManualBookingUseCase createBooking, ManageBookingStatusUseCase manageStatus,
            BookingStatsUseCase bookingStats, ManageTenantUseCase tenants, RetryCalendarSyncUseCase calendarRetry,
            BookingRateLimiter rateLimiter, CurrentUser user) {
        this.listBookings = listBookings;
        this.getBooking = getBooking;
        this.createBooking = createBooking;
        this.manageStatus = manageStatus;
        this.bookingStats = bookingStats;
        this.tenants = tenants;
        this.calendarRetry = calendarRetry;
        this.rateLimiter = rateLimiter;
        this.user = user;
    }

    @GET
    @Operation(summary = "List bookings", description = "Bookings starting on start_date .. end_date (whole days in "
            + "the business's time zone), narrowed by service, staff, status, source and a search over customer "
            + "name, email and phone; paginated.")
    @APIResponse(responseCode = "200", description = "One page of bookings.")
    @APIResponse(responseCode = "400", description = "A malformed or out-of-range parameter, named in details.field.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public BookingList list(
            @Parameter(description = "First day, e.g. 2026-03-29", schema = @Schema(format = "date"))
            @RestQuery("start_date") String startDate,
            @Parameter(description = "Last day (inclusive)", schema = @Schema(format = "date"))
            @RestQuery("end_date") String endDate,
            @Parameter(schema = @Schema(format = "uuid")) @RestQuery("service_id") String serviceId,
            @Parameter(schema = @Schema(format = "uuid")) @RestQuery("staff_id") String staffId,
            @Parameter(schema = @Schema(enumeration = {"confirmed", "completed", "no_show", "canceled"}))
            @RestQuery String status,
            @Parameter(schema = @Schema(enumeration = {"waitlist", "direct", "walk_in", "manual"}))
            @RestQuery String source,
            @Parameter(description = "Part of a customer's name, email or phone (any notation)",
                    schema = @Schema(maxLength = ListBookingsQuery.MAX_SEARCH_LENGTH)) @RestQuery String search,
            @Parameter(schema = @Schema(enumeration = {"start_time", "created_at"}, defaultValue = "start_time"),
                    description = "start_time ascending, or created_at newest first") @RestQuery String sort,
            @Parameter(schema = @Schema(minimum = "1", defaultValue = "1")) @RestQuery String page,
            @Parameter(schema = @Schema(minimum = "1", maximum = "100", defaultValue = "20")) @RestQuery String limit) {
        Params p = new Params();
        Optional<LocalDate> start = p.date("start_date", startDate);
        Optional<LocalDate> end = p.date("end_date", endDate);
        Optional<ServiceId> service = p.uuid("service_id", serviceId).map(ServiceId::new);
        Optional<StaffId> staff = p.uuid("staff_id", staffId).map(StaffId::new);
        Optional<BookingStatus> byStatus = p.oneOf("status", status, BookingStatus.values(), BookingStatus::value);
        Optional<BookingSource> bySource = p.oneOf("source", source, BookingSource.values(), BookingSource::value);
        BookingSort order = p.oneOf("sort", sort, BookingSort.values(), BookingSort::value)
                .orElse(BookingSort.START_TIME);
        int pageNumber = p.integer("page", page).orElse(1);
        int pageSize = p.integer("limit", limit).orElse(PageRequest.DEFAULT_LIMIT);
        PageRequest pageRequest = p.attempt(() -> new PageRequest(pageNumber, pageSize))
                .orElse(new PageRequest(1, PageRequest.DEFAULT_LIMIT));
        Optional<ListBookingsQuery> query = p.attempt(() -> new ListBookingsQuery(user.tenantId(), start, end,
                service, staff, byStatus, bySource, Optional.ofNullable(search), order, pageRequest));
        p.validate();
        return BookingList.of(listBookings.list(query.orElseThrow()));
    }

    @POST
    @Operation(summary = "Create a manual booking",
            description = "Books an open, future slot for a walk-in, phone or direct customer.")
    @APIResponse(responseCode = "201", description = "Booked.",
            content = @Content(schema = @Schema(implementation = OneBooking.class)))
    @APIResponse(responseCode = "400", description = "Invalid input (first field in details.field), or the slot has "
            + "already started.", content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "404", description = "No such slot.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "409", description = "The slot was taken first.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "429", description = "Too many bookings by this user; see Retry-After.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public Response create(BookingRequests.Create body) {
        BookingRequests.Create request = Objects.requireNonNullElse(body, BookingRequests.Create.EMPTY);
        Params p = new Params();
        Optional<SlotId> slot = p.uuid("slot_id", request.slotId()).map(SlotId::new);
        Optional<BookingSource> source = p.oneOf("booking_source", request.bookingSource(), STAFF_SOURCES,
                BookingSource::value);
        if (!p.allWellFormed()) {
            // The use case checks the customer's fields; when it will not be called, check them here too, so
            // that the answer names every invalid field at once.
            PhoneRegion region = tenants.get(user.tenantId()).phoneRegion();
            p.check(v -> Customer.collect(v, request.customerName(), request.customerPhone(),
                    request.customerEmail(), region));
        }
        p.validate();
        rateLimiter.acquire(user.tenantId(), user.actor());
        BookingView booking = createBooking.create(new CreateManualBookingCommand(user.tenantId(), user.actor(),
                slot.orElse(null), request.customerName(), request.customerPhone(), request.customerEmail(),
                source.orElse(null)));
        return Response.status(Response.Status.CREATED)
                .entity(new OneBooking(true, BookingJson.of(booking), "Booking created")).build();
    }

    @GET
    @Path("/stats")
    @Operation(summary = "Dashboard statistics", description = "Counts over bookings starting on start_date .. "
            + "end_date; 'today' and day boundaries in the business's time zone.")
    @APIResponse(responseCode = "200", description = "The statistics.")
    @APIResponse(responseCode = "400", description = "A malformed date or end_date before start_date.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public Stats stats(
            @Parameter(schema = @Schema(format = "date")) @RestQuery("start_date") String startDate,
            @Parameter(schema = @Schema(format = "date")) @RestQuery("end_date") String endDate) {
        Params p = new Params();
        Optional<LocalDate> start = p.date("start_date", startDate);
        Optional<LocalDate> end = p.date("end_date", endDate);
        Optional<BookingStatsQuery> query = p.attempt(() -> new BookingStatsQuery(user.tenantId(), start, end));
        p.validate();
        return new Stats(true, BookingResponses.StatsJson.of(bookingStats.stats(query.orElseThrow())));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One booking with details", description = "The booking with its slot, service and staff "
            + "details, its audit trail, and its calendar state (not_configured, pending, synced or failed, with "
            + "the last error and the attempts).")
    @APIResponse(responseCode = "200", description = "The booking.")
    @APIResponse(responseCode = "400", description = "The id is not a UUID.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "404", description = "No such booking.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public BookingWithDetails get(
            @Parameter(in = ParameterIn.PATH, schema = @Schema(format = "uuid")) @RestPath String id) {
        return new BookingWithDetails(true, BookingDetailsJson.of(getBooking.get(user.tenantId(), Params.pathId(id, BookingId::new))));
    }

    @PATCH
    @Path("/{id}")
    @Operation(summary = "Change a booking's status", description = "confirmed → completed, no_show or canceled; "
            + "canceled and no_show free the slot.")
    @APIResponse(responseCode = "200", description = "Changed.",
            content = @Content(schema = @Schema(implementation = OneBooking.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, named in details.field.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "404", description = "No such booking.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "409", description = "The booking's status does not allow this change, or it was "
            + "changed meanwhile.", content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public OneBooking update(
            @Parameter(in = ParameterIn.PATH, schema = @Schema(format = "uuid")) @RestPath String id,
            BookingRequests.Update body) {
        BookingRequests.Update request = Objects.requireNonNullElse(body, BookingRequests.Update.EMPTY);
        BookingId bookingId = Params.pathId(id, BookingId::new);
        Params p = new Params();
        Optional<BookingStatus> status = p.oneOf("status", request.status(), BookingStatus.values(),
                BookingStatus::value);
        p.require("status", request.status());
        p.validate();
        BookingView booking = manageStatus.updateStatus(new UpdateBookingStatusCommand(user.tenantId(),
                user.actor(), bookingId, status.orElseThrow(), Optional.ofNullable(request.cancellationReason())));
        return new OneBooking(true, BookingJson.of(booking), switch (booking.status()) {
            case COMPLETED -> "Booking marked as completed";
            case NO_SHOW -> "Booking marked as no-show";
            case CANCELED -> "Booking canceled";
            case CONFIRMED -> "Booking confirmed";
        });
    }

    @POST
    @Path("/{id}/calendar/retry")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Retry the calendar sync", description = "Sends the booking's failed (or skipped) calendar "
            + "change again, with a fresh allowance of attempts; the worker delivers it shortly.")
    @APIResponse(responseCode = "200", description = "Queued again.",
            content = @Content(schema = @Schema(implementation = Retried.class)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "404", description = "No such booking.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "409", description = "Nothing to retry: the change is pending or delivered "
            + "(CALENDAR.NOTHING_TO_RETRY).", content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public Retried retryCalendar(
            @Parameter(in = ParameterIn.PATH, schema = @Schema(format = "uuid")) @RestPath String id) {
        BookingId bookingId = Params.pathId(id, BookingId::new);
        return new Retried(true, CalendarSyncJson.of(calendarRetry.retry(user.tenantId(), user.actor(), bookingId)),
                "Calendar sync queued again");
    }
}
