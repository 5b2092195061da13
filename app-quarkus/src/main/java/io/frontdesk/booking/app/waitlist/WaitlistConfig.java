package io.frontdesk.booking.app.waitlist;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/**
 * The waitlist's settings (see docs/operations.md). The notification adapter reads {@code public-base-url} too, to
 * write the links in its mails; the offer expiry job reads {@code expiry-check-every}.
 */
@ConfigMapping(prefix = "frontdesk.waitlist")
public interface WaitlistConfig {

    /** How long an offered slot is held for its customer, in minutes. */
    long holdMinutes();

    /** How often unanswered offers are expired: a duration such as {@code 30s}, or {@code off}. */
    String expiryCheckEvery();

    /** The app's public address, where customers open their offer links. */
    String publicBaseUrl();

    default Duration hold() {
        return Duration.ofMinutes(holdMinutes());
    }
}
