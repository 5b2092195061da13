package io.frontdesk.booking.adapter.rest.support;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The API's OpenAPI identity and its one security scheme: an OIDC bearer token. */
@OpenAPIDefinition(
        info = @Info(title = "Frontdesk API", version = "1",
                description = "Bookings, catalog, slots and settings of one business (the tenant named by the "
                        + "caller's token). Query parameters and request bodies are snake_case, responses camelCase; "
                        + "every response carries 'success'. Errors share one envelope with a stable 'code'."),
        security = @SecurityRequirement(name = ApiDefinition.BEARER))
@SecurityScheme(securitySchemeName = ApiDefinition.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "An access token of the configured OpenID Connect provider, carrying the "
        + "tenant claim and the staff or admin role.")
public class ApiDefinition extends Application {

    public static final String BEARER = "oidc";
}
