package io.frontdesk.booking.adapter.notification;

import io.frontdesk.booking.application.port.out.OfferNotice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes the offer email: plain text, times on the business's wall clock with its zone named, and the two answer
 * links. Each link opens a page that asks for a click before anything changes, so that mail scanners fetching the
 * links answer nothing.
 */
@ApplicationScoped
public class OfferMailComposer {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final String baseUrl;

    @Inject
    public OfferMailComposer(@ConfigProperty(name = "frontdesk.waitlist.public-base-url") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The page of the offer behind {@code token}; {@code /accept} and {@code /decline} below it ask to confirm. */
    public String offerUrl(String token) {
        return baseUrl + "/offers/" + token;
    }

    public OfferMail compose(OfferNotice n) {
        ZonedDateTime start = n.localStart();
        ZonedDateTime end = n.time().end().atZone(n.zone());
        ZonedDateTime expiry = n.localExpiry();
        String subject = n.businessName() + ": a place for " + n.serviceName() + " on " + start.format(SHORT_DAY)
                + ", " + start.format(TIME);
        String link = offerUrl(n.token().value());
        String text = """
                Hello %s,

                a place you were waiting for has opened up at %s:

                    %s with %s
                    %s, %s to %s (%s time)

                We are holding it for you until %s on %s.

                Accept:  %s/accept
                Decline: %s/decline

                Each link opens a page where you confirm your answer; it can be used once. If you do nothing, the
                place goes to the next person waiting, and you leave the waitlist.

                %s
                """.formatted(n.customerName(), n.businessName(), n.serviceName(), n.staffName(), start.format(DAY),
                start.format(TIME), end.format(TIME), n.zone().getId(), expiry.format(TIME), expiry.format(DAY),
                link, link, n.businessName());
        return new OfferMail(n.recipient().value(), subject, text);
    }
}
