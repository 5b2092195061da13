package io.frontdesk.booking.app;

import io.frontdesk.booking.adapter.notification.GreenMailServer;
import io.frontdesk.booking.adapter.persistence.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The real parts every application test runs against, started once for the whole test run: PostgreSQL (a test
 * database, cleaned and migrated at start), an OIDC provider that publishes the keys test tokens are signed
 * with ({@code quarkus.oidc.auth-server-url} points at it in the test profile), a CalDAV server (Radicale), and
 * an SMTP server (GreenMail) that receives the offer mails.
 */
@QuarkusTestResource(PostgresTestDatabase.class)
@QuarkusTestResource(GreenMailServer.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(RadicaleTestServer.class)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
