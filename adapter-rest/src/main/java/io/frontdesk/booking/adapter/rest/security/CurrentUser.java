package io.frontdesk.booking.adapter.rest.security;

import io.frontdesk.booking.adapter.rest.error.NoTenantException;
import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.shared.TenantId;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, from their verified access token: the tenant whose data they may see (claim
 * {@code frontdesk.security.tenant-claim}) and the actor written into audit entries (the token's principal name).
 * A caller without a valid tenant UUID is refused with 403; the tenant's row is created on its first request.
 * With a bearer token the claim is read from it; in a browser session from the ID token, else the access token.
 */
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;
    private final ApiConfig config;
    private final KnownTenants knownTenants;
    private TenantId tenantId;

    @Inject
    public CurrentUser(SecurityIdentity identity, ApiConfig config, KnownTenants knownTenants) {
        this.identity = identity;
        this.config = config;
        this.knownTenants = knownTenants;
    }

    public TenantId tenantId() {
        if (tenantId == null) {
            String claim = tenantClaim().orElseThrow(() -> new NoTenantException(
                    "Your account is not assigned to a business. Ask an administrator to set the '"
                            + config.security().tenantClaim() + "' claim."));
            try {
                tenantId = new TenantId(UUID.fromString(claim));
            } catch (IllegalArgumentException e) {
                throw new NoTenantException("Your account's business id is not valid. Ask an administrator.");
            }
            knownTenants.ensureExists(tenantId);
        }
        return tenantId;
    }

    public ActorId actor() {
        return new ActorId(identity.getPrincipal().getName());
    }

    private Optional<String> tenantClaim() {
        String claim = config.security().tenantClaim();
        Optional<String> fromToken = identity.getPrincipal() instanceof JsonWebToken token
                ? Optional.ofNullable(token.getClaim(claim)).map(CurrentUser::text)
                : Optional.empty();
        return fromToken.filter(s -> !s.isBlank())
                .or(() -> Optional.ofNullable(identity.getCredential(AccessTokenCredential.class))
                        .flatMap(access -> VerifiedTokens.claim(access.getToken(), claim)))
                .or(() -> Optional.ofNullable(config.security().devUserTenants().get(
                        identity.getPrincipal().getName())));
    }

    private static String text(Object claim) {
        return claim instanceof JsonString json ? json.getString() : claim.toString();
    }
}
