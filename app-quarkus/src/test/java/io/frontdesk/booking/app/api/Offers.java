package io.frontdesk.booking.app.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.frontdesk.booking.adapter.notification.GreenMailServer;
import io.frontdesk.booking.adapter.notification.GreenMailServer.Received;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A waitlist customer's side: the offer mails that reach GreenMail, the token in their links, and requests to the
 * public offer pages from a client address of the test's own (so the per-client rate limit is the test's own too).
 */
final class Offers {

    /** The accept link, as the test profile's public base URL writes it. */
    static final Pattern ACCEPT_LINK = Pattern.compile("https://book\\.example\\.com/offers/([A-Za-z0-9_-]{43})/accept");

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private Offers() {
    }

    /** The offer mails {@code email} has received, once at least {@code count} have arrived. */
    static List<Received> mailsTo(String email, int count) {
        List<Received> mails = GreenMailServer.messagesTo(email, count);
        assertThat(mails).as("offer mails to %s", email).hasSizeGreaterThanOrEqualTo(count);
        return mails;
    }

    /** The token of the {@code nth} (from 1) offer mail to {@code email}, waiting for it to arrive. */
    static String token(String email, int nth) {
        Received mail = mailsTo(email, nth).get(nth - 1);
        Matcher link = ACCEPT_LINK.matcher(mail.text());
        assertThat(link.find()).as("an accept link in: %s", mail.text()).isTrue();
        assertThat(mail.text()).contains("https://book.example.com/offers/" + link.group(1) + "/decline");
        return link.group(1);
    }

    /** A new client address (documentation ranges, named in X-Forwarded-For only; nothing is sent there). */
    static String newClient() {
        int n = CLIENTS.incrementAndGet();
        return (n < 250 ? "203.0.113." : "198.51.100.") + (n % 250 + 1);
    }

    /** A customer's browser at {@code client}: no token, no JSON. */
    static RequestSpecification browser(String client) {
        return given().header("X-Forwarded-For", client).redirects().follow(false);
    }
}
