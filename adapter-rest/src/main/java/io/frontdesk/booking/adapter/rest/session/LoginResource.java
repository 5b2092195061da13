package io.frontdesk.booking.adapter.rest.session;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Where the admin app sends a browser to sign in. The path is guarded by an "authenticated" HTTP permission, so
 * a browser without a session goes through the provider's login first and comes back here; this then sends it
 * on to the page it came from ({@code then}), which must be a path of this site.
 */
@Path("/login")
@Authenticated
public class LoginResource {

    @GET
    @Operation(hidden = true)
    public Response login(@RestQuery String then) {
        return Response.seeOther(URI.create(sameSite(then))).build();
    }

    /** {@code then} if it is a path on this site; the start page otherwise (never another site: no open redirect). */
    public static String sameSite(String then) {
        if (then == null || !then.startsWith("/") || then.startsWith("//") || then.startsWith("/\\")
                || then.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return then;
    }
}
