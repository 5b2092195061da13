package io.frontdesk.booking.adapter.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontdesk.booking.adapter.notification.GreenMailServer.Received;
import io.frontdesk.booking.application.port.out.Notifier;
import io.frontdesk.booking.application.port.out.OfferNotice;
import io.frontdesk.booking.domain.shared.EmailAddress;
import io.frontdesk.booking.domain.shared.TimeRange;
import io.frontdesk.booking.domain.waitlist.OfferToken;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The offer email on a real SMTP server: what it says, and when it leaves — only after the transaction that made
 * the offer has committed, never when it rolled back.
 */
@QuarkusTest
@QuarkusTestResource(GreenMailServer.class)
class OfferMailTest {

    /** 18:00 UTC is 13:00 in New York in March (daylight saving time). */
    private static final Instant START = Instant.parse("2031-03-20T17:00:00Z");

    @Inject
    Notifier notifier;

    @Test
    void theMailNamesTheOfferInTheBusinesssZoneWithBothAnswerLinks() {
        String to = mailbox();
        OfferToken token = token();

        QuarkusTransaction.requiringNew().run(() -> notifier.offerMade(notice(to, token)));

        Received mail = GreenMailServer.messagesTo(to, 1).get(0);
        assertThat(mail.subject()).isEqualTo("Riverside Physio: a place for Massage on Thu 20 Mar, 13:00");
        assertThat(mail.text())
                .contains("Hello Dana Whitfield,")
                .contains("Massage with Omar Haddad")
                .contains("Thursday, 20 March 2031, 13:00 to 13:45 (America/New_York time)")
                .contains("until 10:00 on Thursday, 20 March 2031")
                .contains("Accept:  https://book.example.com/offers/" + token.value() + "/accept")
                .contains("Decline: https://book.example.com/offers/" + token.value() + "/decline");
    }

    @Test
    void anOfferRolledBackNeverMails() {
        String to = mailbox();
        OfferToken rolledBack = token();
        OfferToken committed = token();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            notifier.offerMade(notice(to, rolledBack));
            throw new IllegalStateException("the use case failed after making the offer");
        })).isInstanceOf(IllegalStateException.class);
        QuarkusTransaction.requiringNew().run(() -> notifier.offerMade(notice(to, committed)));

        List<Received> mails = GreenMailServer.messagesTo(to, 1);
        assertThat(mails).singleElement().satisfies(m -> {
            assertThat(m.text()).contains(committed.value());
            assertThat(m.text()).doesNotContain(rolledBack.value());
        });
    }

    @Test
    void nothingIsSentBeforeCommit() {
        String to = mailbox();
        OfferToken token = token();

        QuarkusTransaction.requiringNew().run(() -> {
            notifier.offerMade(notice(to, token));
            assertThat(GreenMailServer.messagesTo(to, 0)).isEmpty();
        });

        assertThat(GreenMailServer.messagesTo(to, 1)).hasSize(1);
    }

    private static OfferNotice notice(String to, OfferToken token) {
        return new OfferNotice(EmailAddress.of(to), "Dana Whitfield", "Riverside Physio",
                ZoneId.of("America/New_York"), "Massage", "Omar Haddad", TimeRange.of(START, Duration.ofMinutes(45)),
                START.minus(Duration.ofHours(3)), token);
    }

    private static String mailbox() {
        return "dana-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static OfferToken token() {
        String hex = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
        return new OfferToken(hex.substring(0, 43));
    }
}
