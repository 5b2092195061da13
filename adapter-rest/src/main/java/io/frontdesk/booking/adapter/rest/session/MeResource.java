package io.frontdesk.booking.adapter.rest.session;

import io.frontdesk.booking.adapter.rest.security.CurrentUser;
import io.frontdesk.booking.adapter.rest.security.Roles;
import io.frontdesk.booking.adapter.rest.tenant.TenantResource.TenantJson;
import io.frontdesk.booking.application.port.in.ManageTenantUseCase;
import io.frontdesk.booking.domain.shared.Tenant;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who is signed in, with which roles, for which business: what the admin app shows in its header. */
@Path("/api/me")
@Tag(name = "Tenant")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private final CurrentUser user;
    private final SecurityIdentity identity;
    private final ManageTenantUseCase tenants;

    @Inject
    public MeResource(CurrentUser user, SecurityIdentity identity, ManageTenantUseCase tenants) {
        this.user = user;
        this.identity = identity;
        this.tenants = tenants;
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "The signed-in user and their business")
    @APIResponse(responseCode = "200", description = "The user.")
    public Me me() {
        Tenant tenant = tenants.get(user.tenantId());
        List<String> roles = List.of(Roles.STAFF, Roles.ADMIN).stream().filter(identity::hasRole).toList();
        return new Me(true, new User(user.actor().value(), roles), TenantJson.of(tenant));
    }

    @Schema(name = "MeResponse")
    public record Me(boolean success, User user, TenantJson tenant) {
    }

    @Schema(name = "User")
    public record User(String name, List<String> roles) {
    }
}
