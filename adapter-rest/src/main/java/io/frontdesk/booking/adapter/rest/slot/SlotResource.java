package io.frontdesk.booking.adapter.rest.slot;

import io.frontdesk.booking.adapter.rest.error.ErrorResponse;
import io.frontdesk.booking.adapter.rest.security.CurrentUser;
import io.frontdesk.booking.adapter.rest.security.Roles;
import io.frontdesk.booking.adapter.rest.slot.SlotJson.CreateSlot;
import io.frontdesk.booking.adapter.rest.slot.SlotJson.OneSlot;
import io.frontdesk.booking.adapter.rest.slot.SlotJson.SlotBody;
import io.frontdesk.booking.adapter.rest.slot.SlotJson.Slots;
import io.frontdesk.booking.adapter.rest.slot.SlotJson.Weekly;
import io.frontdesk.booking.adapter.rest.slot.SlotJson.WeeklyResult;
import io.frontdesk.booking.adapter.rest.support.Params;
import io.frontdesk.booking.application.port.in.CreateSlotCommand;
import io.frontdesk.booking.application.port.in.FindSlotsUseCase;
import io.frontdesk.booking.application.port.in.ManageSlotsUseCase;
import io.frontdesk.booking.application.port.in.ManageTenantUseCase;
import io.frontdesk.booking.application.port.in.SlotsQuery;
import io.frontdesk.booking.application.port.in.WeeklySlotsCommand;
import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.slot.SlotId;
import io.frontdesk.booking.domain.slot.SlotStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Bookable time: the desk finds open slots; admins open slots one by one or by weekly pattern and remove them. */
@Path("/api/slots")
@Tag(name = "Slots")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SlotResource {

    /** How far ahead a slot search looks when the client gives no end. */
    static final Duration DEFAULT_RANGE = Duration.ofDays(14);

    private final FindSlotsUseCase findSlots;
    private final ManageSlotsUseCase manageSlots;
    private final ManageTenantUseCase tenants;
    private final CurrentUser user;
    private final Clock clock;

    @Inject
    public SlotResource(FindSlotsUseCase findSlots, ManageSlotsUseCase manageSlots, ManageTenantUseCase tenants,
            CurrentUser user, Clock clock) {
        this.findSlots = findSlots;
        this.manageSlots = manageSlots;
        this.tenants = tenants;
        this.user = user;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Find slots", description = "Slots starting from 'from' (default now) until 'to' (default "
            + "14 days later, at most 62), earliest first. status=open answers with the slots bookable now. A bare "
            + "date means that whole day in the business's time zone.")
    @APIResponse(responseCode = "200", description = "The slots.")
    @APIResponse(responseCode = "400", description = "A malformed parameter or range, named in details.field.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "404", description = "No such service or staff member.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public Slots list(
            @Parameter(schema = @Schema(format = "uuid")) @RestQuery("service_id") String serviceId,
            @Parameter(schema = @Schema(format = "uuid")) @RestQuery("staff_id") String staffId,
            @Parameter(description = "Date-time with offset, or a date") @RestQuery String from,
            @Parameter(description = "Date-time with offset (exclusive), or a date (inclusive)") @RestQuery String to,
            @Parameter(schema = @Schema(enumeration = {"open", "held", "booked"})) @RestQuery String status) {
        Params p = new Params();
        Optional<ServiceId> service = p.uuid("service_id", serviceId).map(ServiceId::new);
        Optional<StaffId> staff = p.uuid("staff_id", staffId).map(StaffId::new);
        Optional<SlotStatus> byStatus = p.oneOf("status", status, SlotStatus.values(), SlotStatus::value);
        ZoneId zone = tenants.get(user.tenantId()).timeZone();
        Optional<Instant> start = isDate(from)
                ? p.date("from", from).map(d -> d.atStartOfDay(zone).toInstant()) : p.instant("from", from);
        Optional<Instant> end = isDate(to)
                ? p.date("to", to).map(d -> d.plusDays(1).atStartOfDay(zone).toInstant()) : p.instant("to", to);
        p.validate();
        Instant effectiveStart = start.orElseGet(clock::instant);
        return new Slots(true, findSlots.slots(new SlotsQuery(user.tenantId(), service, staff, byStatus,
                effectiveStart, end.orElse(effectiveStart.plus(DEFAULT_RANGE)))).stream().map(SlotBody::of).toList());
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Open one slot")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = OneSlot.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, a start in the past, a staff member who does "
            + "not perform the service, or an overlap; named in details.field.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "404", description = "No such service or staff member.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public Response create(CreateSlot body) {
        CreateSlot request = Objects.requireNonNullElse(body, CreateSlot.EMPTY);
        Params p = new Params();
        Optional<ServiceId> service = p.uuid("service_id", request.serviceId()).map(ServiceId::new);
        Optional<StaffId> staff = p.uuid("staff_id", request.staffId()).map(StaffId::new);
        Optional<Instant> start = p.instant("start_time", request.startTime());
        Optional<Instant> end = p.instant("end_time", request.endTime());
        p.validate();
        SlotBody slot = SlotBody.of(manageSlots.createSlot(new CreateSlotCommand(user.tenantId(), user.actor(),
                service.orElse(null), staff.orElse(null), start.orElse(null), end)));
        return Response.status(Response.Status.CREATED).entity(new OneSlot(true, slot)).build();
    }

    @POST
    @Path("/weekly")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Open slots by weekly pattern", description = "Slots in the past or overlapping existing "
            + "ones are skipped and counted, not refused.")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = WeeklyResult.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, named in details.field.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "404", description = "No such service or staff member.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public Response weekly(Weekly body) {
        Weekly request = Objects.requireNonNullElse(body, Weekly.EMPTY);
        Params p = new Params();
        Optional<ServiceId> service = p.uuid("service_id", request.serviceId()).map(ServiceId::new);
        Optional<StaffId> staff = p.uuid("staff_id", request.staffId()).map(StaffId::new);
        Optional<LocalDate> fromDate = p.date("from_date", request.fromDate());
        Optional<LocalDate> toDate = p.date("to_date", request.toDate());
        List<String> rawDays = Objects.requireNonNullElse(request.days(), List.of());
        Set<DayOfWeek> days = new HashSet<>();
        for (int i = 0; i < rawDays.size(); i++) {
            p.require("days[" + i + "]", rawDays.get(i));
            p.day("days[" + i + "]", rawDays.get(i)).ifPresent(days::add);
        }
        var dayStart = p.time("day_start", request.dayStart());
        var dayEnd = p.time("day_end", request.dayEnd());
        p.validate();
        WeeklyResult result = WeeklyResult.of(manageSlots.createWeekly(new WeeklySlotsCommand(user.tenantId(),
                user.actor(), service.orElse(null), staff.orElse(null), fromDate.orElse(null),
                toDate.orElse(null), days, dayStart.orElse(null), dayEnd.orElse(null))));
        return Response.status(Response.Status.CREATED).entity(result).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Remove an open slot", description = "Only a slot that is open and was never booked.")
    @APIResponse(responseCode = "204", description = "Removed.")
    @APIResponse(responseCode = "400", description = "The id is not a UUID.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "404", description = "No such slot.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "409", description = "The slot is held or booked, or has bookings in its history.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public void delete(@Parameter(in = ParameterIn.PATH, schema = @Schema(format = "uuid")) @RestPath String id) {
        manageSlots.deleteSlot(user.tenantId(), user.actor(), Params.pathId(id, SlotId::new));
    }

    private static boolean isDate(String value) {
        return value != null && !value.isBlank() && !value.contains("T");
    }
}
