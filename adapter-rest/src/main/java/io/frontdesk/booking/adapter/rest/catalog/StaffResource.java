package io.frontdesk.booking.adapter.rest.catalog;

import io.frontdesk.booking.adapter.rest.catalog.CatalogJson.OneStaff;
import io.frontdesk.booking.adapter.rest.catalog.CatalogJson.SaveStaff;
import io.frontdesk.booking.adapter.rest.catalog.CatalogJson.StaffJson;
import io.frontdesk.booking.adapter.rest.catalog.CatalogJson.StaffList;
import io.frontdesk.booking.adapter.rest.error.ErrorResponse;
import io.frontdesk.booking.adapter.rest.security.CurrentUser;
import io.frontdesk.booking.adapter.rest.security.Roles;
import io.frontdesk.booking.adapter.rest.support.Params;
import io.frontdesk.booking.application.port.in.BrowseCatalogUseCase;
import io.frontdesk.booking.application.port.in.ManageCatalogUseCase;
import io.frontdesk.booking.application.port.in.SaveStaffCommand;
import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.catalog.StaffId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

/** Who performs the services: read by the desk ("who can do this?"), maintained by admins. */
@Path("/api/staff")
@Tag(name = "Catalog")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffResource {

    private final BrowseCatalogUseCase catalog;
    private final ManageCatalogUseCase manageCatalog;
    private final CurrentUser user;

    @Inject
    public StaffResource(BrowseCatalogUseCase catalog, ManageCatalogUseCase manageCatalog, CurrentUser user) {
        this.catalog = catalog;
        this.manageCatalog = manageCatalog;
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
