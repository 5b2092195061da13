package io.frontdesk.booking.app.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** GET /api/events: a desk's open views hear of every booking change in their business, and of no other. */
@QuarkusTest
class LiveUpdatesApiTest {

    @TestHTTPResource("/api/events")
    URI events;

    @Test
    void aDeskHearsOfBookingsMadeAndChangedInItsBusinessOnly() throws Exception {
        Business mine = Business.open();
        Business other = Business.open();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(events).header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + Tokens.of("desk", mine.tenantId, "staff")).build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(),
                    StandardCharsets.UTF_8))) {
                in.lines().forEach(lines::add);
            } catch (Exception e) {
                lines.add("closed: " + e);
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            String othersBooking = other.booking();
            String booking = mine.booking();
            List<String> received = awaitLineContaining(lines, booking);
            assertThat(received).anySatisfy(line -> assertThat(line).matches("event: ?booking"));
            assertThat(String.join("\n", received)).contains("\"type\":\"created\"").doesNotContain(othersBooking);

            mine.desk().body(Map.of("status", "completed")).patch("/api/bookings/" + booking).then().statusCode(200);
            List<String> later = awaitLineContaining(lines, "\"status\":\"completed\"");
            assertThat(String.join("\n", later)).contains("\"type\":\"updated\"", booking)
                    .doesNotContain(othersBooking);
        } finally {
            response.body().close();
            reader.interrupt();
        }
    }

    @Test
    void theStreamNeedsAToken() {
        given().get("/api/events").then().statusCode(401);
    }

    /** The lines received until one contains {@code text}; fails after two seconds, the live views' promise. */
    private static List<String> awaitLineContaining(BlockingQueue<String> lines, String text) throws Exception {
        List<String> seen = new ArrayList<>();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(2));
        while (Instant.now().isBefore(deadline)) {
            String line = lines.poll(Duration.between(Instant.now(), deadline).toMillis(), TimeUnit.MILLISECONDS);
            if (line == null) {
                break;
            }
            seen.add(line);
            if (line.contains(text)) {
                return seen;
            }
        }
        throw new AssertionError("no event containing " + text + " within 2 s; received " + seen);
    }
}
