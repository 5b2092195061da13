package io.frontdesk.booking.app.api;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.Set;
import java.util.UUID;

/**
 * Access tokens as an OIDC provider would issue them, signed with the key the test OIDC server publishes, so the
 * application verifies them exactly as it verifies real ones.
 */
final class Tokens {

    static final String ISSUER = "https://server.example.com";

    private Tokens() {
    }

    /** A token of {@code user} with {@code roles}, working for {@code tenant} (no tenant claim when null). */
    static String of(String user, UUID tenant, String... roles) {
        JwtClaimsBuilder claims = Jwt.preferredUserName(user).subject("sub-" + user).issuer(ISSUER)
                .groups(Set.of(roles));
        if (tenant != null) {
            claims.claim("tenant_id", tenant.toString());
        }
        return claims.jws().keyId("1").sign("privateKey.jwk");
    }

    /** A token with a raw tenant claim, e.g. one that is not a UUID. */
    static String withTenantClaim(String user, String tenantClaim, String... roles) {
        return Jwt.preferredUserName(user).issuer(ISSUER).groups(Set.of(roles)).claim("tenant_id", tenantClaim)
                .jws().keyId("1").sign("privateKey.jwk");
    }

    /** A well-formed token signed by a key the provider never published. */
    static String forged(String user, UUID tenant, String... roles) {
        return Jwt.preferredUserName(user).issuer(ISSUER).groups(Set.of(roles)).claim("tenant_id", tenant.toString())
                .jws().keyId("1").sign(strangerKey());
    }

    private static PrivateKey strangerKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
