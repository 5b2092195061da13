package io.frontdesk.booking.adapter.rest.catalog;

import io.frontdesk.booking.adapter.rest.catalog.CatalogJson.OneService;
import io.frontdesk.booking.adapter.rest.catalog.CatalogJson.SaveService;
import io.frontdesk.booking.adapter.rest.catalog.CatalogJson.ServiceJson;
import io.frontdesk.booking.adapter.rest.catalog.CatalogJson.Services;
import io.frontdesk.booking.adapter.rest.error.ErrorResponse;
import io.frontdesk.booking.adapter.rest.security.CurrentUser;
import io.frontdesk.booking.adapter.rest.security.Roles;
import io.frontdesk.booking.adapter.rest.support.Params;
import io.frontdesk.booking.application.port.in.BrowseCatalogUseCase;
import io.frontdesk.booking.application.port.in.ManageCatalogUseCase;
import io.frontdesk.booking.application.port.in.SaveServiceCommand;
import io.frontdesk.booking.domain.catalog.ServiceId;
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
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** What the business offers: read by the desk when booking, maintained by admins. */
@Path("/api/services")
@Tag(name = "Catalog")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServiceResource {

    private final BrowseCatalogUseCase catalog;
    private final ManageCatalogUseCase manageCatalog;
    private final CurrentUser user;

    @Inject
    public ServiceResource(BrowseCatalogUseCase catalog, ManageCatalogUseCase manageCatalog, CurrentUser user) {
        this.catalog = catalog;
        this.manageCatalog = manageCatalog;
        this.user = user;
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "List services", description = "Active services by name; inactive ones too when asked.")
    @APIResponse(responseCode = "200", description = "The services.")
    @APIResponse(responseCode = "400", description = "include_inactive is not true or false.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public Services list(@Parameter(schema = @Schema(defaultValue = "false")) @RestQuery("include_inactive")
            String includeInactive) {
        Params p = new Params();
        boolean inactiveToo = p.bool("include_inactive", includeInactive).orElse(false);
        p.validate();
        return new Services(true, catalog.services(user.tenantId(), inactiveToo).stream()
                .map(ServiceJson::of).toList());
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a service")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = OneService.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, named in details.field.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public Response create(SaveService body) {
        ServiceJson created = ServiceJson.of(manageCatalog.createService(command(body)));
        return Response.status(Response.Status.CREATED).entity(new OneService(true, created)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change a service", description = "Replaces name, duration, price and active flag; a "
            + "deactivated service keeps its bookings but offers no new slots.")
    @APIResponse(responseCode = "200", description = "Changed.")
    @APIResponse(responseCode = "400", description = "Invalid input, named in details.field.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "404", description = "No such service.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public OneService update(@Parameter(in = ParameterIn.PATH, schema = @Schema(format = "uuid")) @RestPath String id,
            SaveService body) {
        ServiceId serviceId = Params.pathId(id, ServiceId::new);
        return new OneService(true, ServiceJson.of(manageCatalog.updateService(serviceId, command(body))));
    }

    private SaveServiceCommand command(SaveService body) {
        SaveService request = Objects.requireNonNullElse(body, SaveService.EMPTY);
        return new SaveServiceCommand(user.tenantId(), user.actor(), request.name(), request.durationMinutes(),
                request.priceMinor(), request.currency(), request.active());
    }
}
