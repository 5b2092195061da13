package io.frontdesk.booking.adapter.rest.offer;

import io.frontdesk.booking.application.port.in.OfferView;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The small, plain HTML pages a waitlist customer sees behind their links: the offer with its buttons, the answer,
 * and the refusals. Every value is escaped; forms post to relative addresses, so the pages work under any base
 * path; nothing is loaded from elsewhere.
 */
final class OfferPages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    /** Which buttons an offer page shows. */
    enum Buttons { BOTH, ACCEPT, DECLINE }

    private OfferPages() {
    }

    /**
     * The open offer with its buttons: both on the offer's page ({@code /offers/{token}}), one on the page of each
     * answer link ({@code /offers/{token}/accept}, {@code .../decline}), which posts to its own address.
     */
    static String offer(OfferView o, Buttons buttons, String token) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>A place has opened up for you</h1>\n")
                .append("<p>Hello ").append(esc(o.customerName())).append(",</p>\n")
                .append("<p>").append(esc(o.businessName())).append(" is holding this place for you:</p>\n")
                .append(details(o))
                .append("<p>Held until <strong>").append(time(o.expiresAt().atZone(o.zone()))).append("</strong>.</p>\n");
        String toAnswers = buttons == Buttons.BOTH ? token + "/" : "";
        if (buttons != Buttons.DECLINE) {
            body.append(form(toAnswers + "accept", "Accept and book this time"));
        }
        if (buttons != Buttons.ACCEPT) {
            body.append(form(toAnswers + "decline", "Decline, keep me on the waitlist"));
        }
        if (buttons != Buttons.BOTH) {
            body.append("<p><a href=\"../").append(esc(token)).append("\">See both choices</a></p>\n");
        }
        return page("Your offer from " + o.businessName(), body.toString());
    }

    static String accepted(OfferView o) {
        return page("Booked", "<h1>You are booked</h1>\n<p>Thank you, " + esc(o.customerName()) + ". "
                + esc(o.businessName()) + " expects you:</p>\n" + details(o)
                + "<p>This link has now been used and cannot be used again.</p>\n");
    }

    static String declined(OfferView o) {
        return page("Declined", "<h1>You declined this place</h1>\n<p>Thank you for letting "
                + esc(o.businessName()) + " know. You stay on the waitlist and will hear from us when another "
                + "place opens up.</p>\n");
    }

    static String closed(OfferView o) {
        String why = switch (o.status()) {
            case ACCEPTED -> "It was accepted, and the booking is made.";
            case DECLINED -> "It was declined.";
            case EXPIRED -> "Its time ran out, and the place has gone to the next person waiting.";
            case WITHDRAWN -> "It was withdrawn by " + esc(o.businessName()) + ".";
            case OPEN -> "";
        };
        return page("Offer no longer open", "<h1>This offer is no longer open</h1>\n<p>" + why + "</p>\n<p>If you "
                + "have questions, please contact " + esc(o.businessName()) + ".</p>\n");
    }

    static String refused(String title, String sentence) {
        return page(title, "<h1>" + esc(title) + "</h1>\n<p>" + esc(sentence) + "</p>\n");
    }

    private static String details(OfferView o) {
        ZonedDateTime start = o.time().start().atZone(o.zone());
        ZonedDateTime end = o.time().end().atZone(o.zone());
        return "<dl>\n<dt>What</dt><dd>" + esc(o.serviceName()) + "</dd>\n<dt>With</dt><dd>" + esc(o.staffName())
                + "</dd>\n<dt>When</dt><dd>" + esc(start.format(DAY)) + ", " + esc(start.format(TIME)) + " to "
                + esc(end.format(TIME)) + " (" + esc(o.zone().getId()) + " time)</dd>\n<dt>Where</dt><dd>"
                + esc(o.businessName()) + "</dd>\n</dl>\n";
    }

    private static String time(ZonedDateTime at) {
        return esc(at.format(TIME) + " on " + at.format(DAY));
    }

    private static String form(String action, String label) {
        return "<form method=\"post\" action=\"" + esc(action) + "\"><button type=\"submit\">" + esc(label)
                + "</button></form>\n";
    }

    private static String page(String title, String body) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex, nofollow">
                <title>%s</title>
                <style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;\
                line-height:1.5}dt{font-weight:bold}form{display:inline-block;margin:0 .5rem .5rem 0}\
                button{font-size:1rem;padding:.5rem 1rem}</style>
                </head>
                <body>
                <main>
                %s</main>
                </body>
                </html>
                """.formatted(esc(title), body);
    }

    /** HTML-escapes text for element content and double-quoted attributes. */
    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
