package io.frontdesk.booking.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdesk.booking.application.port.out.Notifier;
import io.frontdesk.booking.application.port.out.OfferNotice;
import io.frontdesk.booking.domain.shared.EmailAddress;
import io.frontdesk.booking.domain.shared.TimeRange;
import io.frontdesk.booking.domain.waitlist.OfferToken;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Notifier} must do with an offer notice: deliver one message per notice to the notice's
 * recipient and nobody else, telling the business, service and staff member, the start on the business's wall
 * clock, and carrying the token for both answers. Delivery may be asynchronous: {@link #messagesTo} waits for the
 * expected count. That nothing leaves before commit is the implementation's own test, where it has transactions.
 */
public abstract class NotifierContract extends PortContract {

    protected abstract Notifier notifier();

    /**
     * The texts of the messages {@code recipient} has received, once at least {@code expected} have arrived (or a
     * deadline has passed).
     */
    protected abstract List<String> messagesTo(EmailAddress recipient, int expected);

    /** 13:30 UTC is 14:30 in Berlin in March. */
    private static final Instant START = Instant.parse("2031-03-04T13:30:00Z");

    @Test
    void aNoticeReachesItsRecipientOnceWithEverythingTheCustomerNeeds() {
        EmailAddress recipient = mailbox();
        OfferNotice notice = notice(recipient, token());

        inTransactionDo(() -> notifier().offerMade(notice));

        List<String> messages = messagesTo(recipient, 1);
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0))
                .contains("Studio Lumen", "Balayage", "Lena Vogel", "14:30")
                .contains(notice.token().value())
                .containsIgnoringCase("accept")
                .containsIgnoringCase("decline");
    }

    @Test
    void twoNoticesAreTwoMessagesEachWithItsOwnToken() {
        EmailAddress recipient = mailbox();
        OfferToken first = token();
        OfferToken second = token();

        inTransactionDo(() -> notifier().offerMade(notice(recipient, first)));
        inTransactionDo(() -> notifier().offerMade(notice(recipient, second)));

        List<String> messages = messagesTo(recipient, 2);
        assertThat(messages).hasSize(2);
        assertThat(messages).filteredOn(m -> m.contains(first.value())).hasSize(1);
        assertThat(messages).filteredOn(m -> m.contains(second.value())).hasSize(1);
    }

    @Test
    void aNoticeGoesToItsRecipientOnly() {
        EmailAddress recipient = mailbox();
        EmailAddress bystander = mailbox();
        OfferNotice notice = notice(recipient, token());
        OfferNotice control = notice(bystander, token());

        inTransactionDo(() -> notifier().offerMade(notice));
        inTransactionDo(() -> notifier().offerMade(control));

        assertThat(messagesTo(bystander, 1)).singleElement().asString().doesNotContain(notice.token().value());
        assertThat(messagesTo(recipient, 1)).singleElement().asString().doesNotContain(control.token().value());
    }

    private static OfferNotice notice(EmailAddress recipient, OfferToken token) {
        return new OfferNotice(recipient, "Maria Garcia", "Studio Lumen", ZoneId.of("Europe/Berlin"), "Balayage",
                "Lena Vogel", TimeRange.of(START, Duration.ofMinutes(90)), START.minus(Duration.ofHours(20)), token);
    }

    private static EmailAddress mailbox() {
        return EmailAddress.of("customer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
    }

    private static OfferToken token() {
        String hex = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
        return new OfferToken(hex.substring(0, 43));
    }
}
