package io.frontdesk.booking.adapter.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdesk.booking.application.port.out.Notifier;
import io.frontdesk.booking.application.port.out.OfferNotice;
import io.frontdesk.booking.domain.shared.EmailAddress;
import io.frontdesk.booking.domain.shared.TimeRange;
import io.frontdesk.booking.domain.waitlist.OfferToken;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A mail server that cannot be reached never fails, nor undoes, the transaction that made the offer. */
@QuarkusTest
@TestProfile(UndeliverableMailTest.NoMailServer.class)
class UndeliverableMailTest {

    /** The mailer points at a local port nobody listens on. */
    public static class NoMailServer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(closedPort()));
        }
    }

    @Inject
    Notifier notifier;

    @Test
    void theTransactionCommitsAndTheCallerSeesNoError() {
        Instant start = Instant.parse("2031-03-20T17:00:00Z");
        OfferNotice notice = new OfferNotice(EmailAddress.of("nobody@example.org"), "Dana Whitfield", "Riverside",
                ZoneId.of("UTC"), "Massage", "Omar Haddad", TimeRange.of(start, Duration.ofMinutes(45)),
                start.minusSeconds(900), new OfferToken("B".repeat(43)));

        String outcome = QuarkusTransaction.requiringNew().call(() -> {
            notifier.offerMade(notice);
            return "committed";
        });

        assertThat(outcome).isEqualTo("committed");
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
