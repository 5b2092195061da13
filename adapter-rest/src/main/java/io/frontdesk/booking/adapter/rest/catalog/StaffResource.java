package io.frontdesk.booking.adapter.rest.catalog;

import io.frontdesk.booking.adapter.rest.catalog.CatalogJson.OneStaff;
import io.frontdesk.booking.adapter.rest.catalog.CatalogJson.SaveStaff;
import io.frontdesk.booking.adapter.rest.catalog.CatalogJson.StaffJson;
import io.frontdesk.booking.adapter.rest.catalog.CatalogJson.StaffList;
import io.frontdesk.booking.adapter.rest.calendar.CalendarJson.ConnectCalendar;
import io.frontdesk.booking.adapter.rest.calendar.CalendarJson.Feed;
import io.frontdesk.booking.adapter.rest.calendar.CalendarJson.OneStaffCalendar;
import io.frontdesk.booking.adapter.rest.calendar.CalendarJson.StaffCalendarJson;
import io.frontdesk.booking.adapter.rest.error.ErrorResponse;
import io.frontdesk.booking.adapter.rest.security.ApiConfig;
import io.frontdesk.booking.adapter.rest.security.CurrentUser;
import io.frontdesk.booking.adapter.rest.security.Roles;
import io.frontdesk.booking.adapter.rest.support.Params;
import io.frontdesk.booking.application.port.in.BrowseCatalogUseCase;
import io.frontdesk.booking.application.port.in.ConfigureStaffCalendarCommand;
import io.frontdesk.booking.application.port.in.ManageCatalogUseCase;
import io.frontdesk.booking.application.port.in.ManageStaffCalendarUseCase;
import io.frontdesk.booking.application.port.in.ManageStaffCalendarUseCase.FeedToken;
import io.frontdesk.booking.application.port.in.SaveStaffCommand;
import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.StaffId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
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

/**
 * Who performs the services: read by the desk ("who can do this?"), maintained by admins — including each staff
 * member's calendars: the CalDAV calendar bookings are written to, and the secret subscription feed.
 */
@Path("/api/staff")
@Tag(name = "Catalog")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffResource {

    private final BrowseCatalogUseCase catalog;
    private final ManageCatalogUseCase manageCatalog;
    private final ManageStaffCalendarUseCase calendars;
    private final ApiConfig config;
    private final CurrentUser user;

    @Inject
    public StaffResource(BrowseCatalogUseCase catalog, ManageCatalogUseCase manageCatalog,
            ManageStaffCalendarUseCase calendars, ApiConfig config, CurrentUser user) {
        this.catalog = catalog;
        this.manageCatalog = manageCatalog;
        this.calendars = calendars;
        this.config = config;
        this.user = user;
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "List staff", description = "Active staff by name, only those performing service_id when "
            + "given; inactive ones too when asked.")
    @APIResponse(responseCode = "200", description = "The staff members.")
    @APIResponse(responseCode = "400", description = "A malformed parameter, named in details.field.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "404", description = "No such service.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public StaffList list(
            @Parameter(schema = @Schema(format = "uuid")) @RestQuery("service_id") String serviceId,
            @Parameter(schema = @Schema(defaultValue = "false")) @RestQuery("include_inactive")
            String includeInactive) {
        Params p = new Params();
        Optional<ServiceId> service = p.uuid("service_id", serviceId).map(ServiceId::new);
        boolean inactiveToo = p.bool("include_inactive", includeInactive).orElse(false);
        p.validate();
        return new StaffList(true, catalog.staff(user.tenantId(), service, inactiveToo).stream()
                .map(StaffJson::of).toList());
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a staff member")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = OneStaff.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, named in details.field.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public Response create(SaveStaff body) {
        StaffJson created = StaffJson.of(manageCatalog.createStaff(command(body)));
        return Response.status(Response.Status.CREATED).entity(new OneStaff(true, created)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change a staff member", description = "Replaces name, role, email, active flag and the "
            + "services performed.")
    @APIResponse(responseCode = "200", description = "Changed.")
    @APIResponse(responseCode = "400", description = "Invalid input, named in details.field.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "404", description = "No such staff member.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public OneStaff update(@Parameter(in = ParameterIn.PATH, schema = @Schema(format = "uuid")) @RestPath String id,
            SaveStaff body) {
        StaffId staffId = Params.pathId(id, StaffId::new);
        return new OneStaff(true, StaffJson.of(manageCatalog.updateStaff(staffId, command(body))));
    }

    @GET
    @Path("/{id}/calendar")
    @RolesAllowed(Roles.ADMIN)
    @Tag(name = "Calendar")
    @Operation(summary = "A staff member's calendar settings", description = "The connected CalDAV calendar's URL "
            + "and whether a feed exists; credentials are never shown.")
    @APIResponse(responseCode = "200", description = "The settings.")
    @APIResponse(responseCode = "400", description = "The id is not a UUID.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "404", description = "No such staff member.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public OneStaffCalendar calendar(
            @Parameter(in = ParameterIn.PATH, schema = @Schema(format = "uuid")) @RestPath String id) {
        StaffId staffId = Params.pathId(id, StaffId::new);
        return new OneStaffCalendar(true, StaffCalendarJson.of(calendars.get(user.tenantId(), staffId)));
    }

    @PUT
    @Path("/{id}/calendar")
    @RolesAllowed(Roles.ADMIN)
    @Tag(name = "Calendar")
    @Operation(summary = "Connect a CalDAV calendar", description = "Bookings of this staff member are written to "
            + "the calendar from now on (created, and removed when canceled or marked no-show). Replaces an earlier "
            + "calendar; the password is stored encrypted and never shown again.")
    @APIResponse(responseCode = "200", description = "Connected.")
    @APIResponse(responseCode = "400", description = "Invalid input, named in details.field.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "404", description = "No such staff member.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public OneStaffCalendar connectCalendar(
            @Parameter(in = ParameterIn.PATH, schema = @Schema(format = "uuid")) @RestPath String id,
            ConnectCalendar body) {
        StaffId staffId = Params.pathId(id, StaffId::new);
        ConnectCalendar request = Objects.requireNonNullElse(body, ConnectCalendar.EMPTY);
        return new OneStaffCalendar(true, StaffCalendarJson.of(calendars.configure(new ConfigureStaffCalendarCommand(
                user.tenantId(), user.actor(), staffId, request.caldavUrl(), request.username(),
                request.password()))));
    }

    @DELETE
    @Path("/{id}/calendar")
    @RolesAllowed(Roles.ADMIN)
    @Tag(name = "Calendar")
    @Operation(summary = "Disconnect the CalDAV calendar", description = "Stops writing this staff member's "
            + "bookings to a calendar and forgets its credentials; events already written stay there.")
    @APIResponse(responseCode = "200", description = "Disconnected (also when nothing was connected).")
    @APIResponse(responseCode = "400", description = "The id is not a UUID.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "404", description = "No such staff member.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public OneStaffCalendar disconnectCalendar(
            @Parameter(in = ParameterIn.PATH, schema = @Schema(format = "uuid")) @RestPath String id) {
        StaffId staffId = Params.pathId(id, StaffId::new);
        return new OneStaffCalendar(true, StaffCalendarJson.of(calendars.disconnect(user.tenantId(), user.actor(),
                staffId)));
    }

    @POST
    @Path("/{id}/feed")
    @RolesAllowed(Roles.ADMIN)
    @Tag(name = "Calendar")
    @Operation(summary = "Issue a new feed URL", description = "A new secret URL of the staff member's calendar "
            + "feed (their upcoming bookings, for any calendar app to subscribe to); the earlier URL stops working. "
            + "The URL is shown only in this answer.")
    @APIResponse(responseCode = "200", description = "The new URL.",
            content = @Content(schema = @Schema(implementation = Feed.class)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "404", description = "No such staff member.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public Feed rotateFeed(@Parameter(in = ParameterIn.PATH, schema = @Schema(format = "uuid")) @RestPath String id,
            @Context UriInfo uri) {
        StaffId staffId = Params.pathId(id, StaffId::new);
        FeedToken token = calendars.rotateFeedToken(user.tenantId(), user.actor(), staffId);
        String base = config.calendar().feedBaseUrl().filter(b -> !b.isBlank())
                .orElse(uri.getBaseUri().toString());
        return new Feed(true, URI.create((base.endsWith("/") ? base : base + "/") + "feeds/" + token.value() + ".ics"),
                "New feed URL issued; the previous one no longer works");
    }

    private SaveStaffCommand command(SaveStaff body) {
        SaveStaff request = Objects.requireNonNullElse(body, SaveStaff.EMPTY);
        List<String> raw = Objects.requireNonNullElse(request.serviceIds(), List.of());
        Params p = new Params();
        List<ServiceId> serviceIds = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String field = "service_ids[" + i + "]";
            p.require(field, raw.get(i));
            p.uuid(field, raw.get(i)).map(ServiceId::new).ifPresent(serviceIds::add);
        }
        p.validate();
        return new SaveStaffCommand(user.tenantId(), user.actor(), request.name(), request.role(), request.email(),
                request.active(), serviceIds);
    }
}
