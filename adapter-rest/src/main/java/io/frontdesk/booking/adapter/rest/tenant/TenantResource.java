package io.frontdesk.booking.adapter.rest.tenant;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.frontdesk.booking.adapter.rest.error.ErrorResponse;
import io.frontdesk.booking.adapter.rest.security.CurrentUser;
import io.frontdesk.booking.adapter.rest.security.Roles;
import io.frontdesk.booking.application.port.in.ManageTenantUseCase;
import io.frontdesk.booking.application.port.in.UpdateTenantCommand;
import io.frontdesk.booking.domain.shared.Tenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own business: its name, time zone (for day boundaries) and phone region (for phone numbers). */
@Path("/api/tenant")
@Tag(name = "Tenant")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TenantResource {

    private final ManageTenantUseCase tenants;
    private final CurrentUser user;

    @Inject
    public TenantResource(ManageTenantUseCase tenants, CurrentUser user) {
        this.tenants = tenants;
        this.user = user;
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "The caller's business settings")
    @APIResponse(responseCode = "200", description = "The settings.")
    public OneTenant get() {
        return OneTenant.of(tenants.get(user.tenantId()));
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change the business settings")
    @APIResponse(responseCode = "200", description = "Changed.")
    @APIResponse(responseCode = "400", description = "Invalid input, named in details.field.",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public OneTenant update(UpdateTenant body) {
        UpdateTenant request = Objects.requireNonNullElse(body, new UpdateTenant(null, null, null));
        return OneTenant.of(tenants.update(new UpdateTenantCommand(user.tenantId(), user.actor(), request.name(),
                request.timeZone(), request.phoneRegion())));
    }

    @Schema(name = "UpdateTenantRequest")
    public record UpdateTenant(
            @Schema(required = true, maxLength = 200) String name,
            @Schema(required = true, example = "Europe/Berlin") @JsonProperty("time_zone") String timeZone,
            @Schema(required = true, example = "DE", description = "ISO 3166 alpha-2")
            @JsonProperty("phone_region") String phoneRegion) {
    }

    @Schema(name = "Tenant")
    public record TenantJson(UUID id, String name, String timeZone, String phoneRegion) {

        public static TenantJson of(Tenant t) {
            return new TenantJson(t.id().value(), t.name(), t.timeZone().getId(), t.phoneRegion().code());
        }
    }

    @Schema(name = "TenantResponse")
    public record OneTenant(boolean success, TenantJson tenant) {

        static OneTenant of(Tenant t) {
            return new OneTenant(true, TenantJson.of(t));
        }
    }
}
