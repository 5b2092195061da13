package io.frontdesk.booking.adapter.calendar;

import io.frontdesk.booking.application.port.out.CalendarCredentials;
import io.frontdesk.booking.application.port.out.CalendarDeliveryException;
import io.frontdesk.booking.application.port.out.CalendarEvent;
import io.frontdesk.booking.application.port.out.CalendarGateway;
import io.frontdesk.booking.domain.booking.BookingId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * Writes bookings to CalDAV calendars (RFC 4791): each booking is one calendar object resource,
 * {@code <collection>/<uid>.ics}, holding one VEVENT. Creation is {@code PUT} with {@code If-None-Match: *}, so a
 * repeated creation never overwrites or duplicates (412 means "already there", which counts as done); deletion is
 * {@code DELETE}, where 404 and 410 mean "already gone". Basic authentication; connect and request timeouts; a
 * request that fails on a connection the server closed is sent once more (both are idempotent).
 */
@ApplicationScoped
public class CalDavCalendarGateway implements CalendarGateway {

    private static final List<Integer> CREATED = List.of(200, 201, 204, 412);
    private static final List<Integer> DELETED = List.of(200, 204, 404, 410);

    private final HttpClient http;
    private final Duration requestTimeout;

    /** How long to wait for a connection, and for a whole answer. */
    public record Timeouts(Duration connect, Duration request) {
    }

    @Inject
    public CalDavCalendarGateway(Timeouts timeouts) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeouts.connect())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.requestTimeout = timeouts.request();
    }

    @Override
    public void createEvent(CalendarCredentials calendar, CalendarEvent event) {
        HttpRequest request = request(calendar, event.uid())
                .header("If-None-Match", "*")
                .header("Content-Type", "text/calendar; charset=utf-8")
                .PUT(HttpRequest.BodyPublishers.ofString(IcsDocuments.calendar(null, List.of(event)),
                        StandardCharsets.UTF_8))
                .build();
        expect(send(request, calendar), CREATED, "write the event");
    }

    @Override
    public void deleteEvent(CalendarCredentials calendar, BookingId bookingId) {
        HttpRequest request = request(calendar, CalendarEvent.uidOf(bookingId)).DELETE().build();
        expect(send(request, calendar), DELETED, "delete the event");
    }

    /** The URL of a booking's event resource in the collection. */
    static URI resource(URI collection, String uid) {
        String base = collection.toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + uid + ".ics");
    }

    private HttpRequest.Builder request(CalendarCredentials calendar, String uid) {
        String basic = Base64.getEncoder().encodeToString((calendar.username() + ":" + calendar.password())
                .getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(resource(calendar.collectionUrl(), uid))
                .timeout(requestTimeout)
                .header("Authorization", "Basic " + basic)
                .header("User-Agent", "Frontdesk");
    }

    private HttpResponse<String> send(HttpRequest request, CalendarCredentials calendar) {
        String server = calendar.collectionUrl().getHost()
                + (calendar.collectionUrl().getPort() > 0 ? ":" + calendar.collectionUrl().getPort() : "");
        try {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (e instanceof ConnectException || e instanceof HttpTimeoutException) {
                    throw e;
                }
                // A kept-alive connection the server had closed meanwhile: both requests are idempotent, so
                // sending once more on a fresh connection is safe.
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            }
        } catch (HttpConnectTimeoutException e) {
            throw new CalendarDeliveryException("Could not reach the calendar server " + server
                    + ": no connection within the timeout", e);
        } catch (HttpTimeoutException e) {
            throw new CalendarDeliveryException("The calendar server " + server + " did not answer in time", e);
        } catch (ConnectException e) {
            throw new CalendarDeliveryException("Could not reach the calendar server " + server
                    + ": connection refused", e);
        } catch (IOException e) {
            throw new CalendarDeliveryException("Could not reach the calendar server " + server + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CalendarDeliveryException("Interrupted while calling the calendar server " + server, e);
        }
    }

    private static void expect(HttpResponse<String> response, List<Integer> success, String what) {
        int status = response.statusCode();
        if (success.contains(status)) {
            return;
        }
        String reason = switch (status) {
            case 401 -> "the calendar server refused the username or password";
            case 403 -> "the account may not write to this calendar";
            case 404, 409 -> "the calendar server has no calendar at this URL";
            case 415 -> "the calendar server does not accept events at this URL (is it a calendar?)";
            case 507 -> "the calendar is full";
            default -> status >= 500 ? "the calendar server failed" : "the calendar server refused the request";
        };
        throw new CalendarDeliveryException("Could not " + what + ": " + reason + " (HTTP " + status + ")");
    }
}
