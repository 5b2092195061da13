package io.frontdesk.booking.app.calendar;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of calendar synchronization, all overridable from the environment (see docs/operations.md). */
@ConfigMapping(prefix = "frontdesk.calendar")
public interface CalendarConfig {

    /** Where the credentials key is configured, for messages. */
    String KEY_SETTING = "frontdesk.calendar.credentials-key (FRONTDESK_CALENDAR_KEY)";

    /** Base64 of the 256-bit key that seals calendar passwords; required to store or use them. */
    Optional<String> credentialsKey();

    /** The public base URL of feed links (e.g. https://desk.example.com); by default the request's own. */
    Optional<String> feedBaseUrl();

    Sync sync();

    Http http();

    interface Sync {

        /** How often the worker looks for due jobs ({@code 30s}, {@code 1m}), or {@code off}. */
        @WithDefault("30s")
        String interval();

        @WithDefault("8")
        int maxAttempts();

        @WithDefault("30s")
        Duration initialBackoff();

        @WithDefault("1h")
        Duration maxBackoff();

        /** How long a worker holds the jobs it claimed; must outlast a delivery. */
        @WithDefault("5m")
        Duration lease();

        @WithDefault("20")
        int batchSize();
    }

    interface Http {

        @WithDefault("5s")
        Duration connectTimeout();

        @WithDefault("20s")
        Duration requestTimeout();
    }
}
