package io.frontdesk.booking.app.calendar;

import io.frontdesk.booking.adapter.calendar.AesGcmCredentialCipher;
import io.frontdesk.booking.adapter.calendar.CalDavCalendarGateway;
import io.frontdesk.booking.application.port.out.CredentialCipher;
import io.frontdesk.booking.application.service.CalendarSyncPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** Gives the calendar adapter and the worker their settings from {@link CalendarConfig}. */
@ApplicationScoped
public class CalendarWiring {

    private static final Logger LOG = Logger.getLogger(CalendarWiring.class);

    @Produces
    @Singleton
    CalDavCalendarGateway.Timeouts calDavTimeouts(CalendarConfig config) {
        return new CalDavCalendarGateway.Timeouts(config.http().connectTimeout(), config.http().requestTimeout());
    }

    @Produces
    @ApplicationScoped
    CredentialCipher credentialCipher(CalendarConfig config) {
        return config.credentialsKey().filter(key -> !key.isBlank())
                .map(key -> AesGcmCredentialCipher.withKey(key, CalendarConfig.KEY_SETTING))
                .orElseGet(() -> {
                    LOG.warnf("No key for calendar credentials: CalDAV calendars cannot be set up until %s is set",
                            CalendarConfig.KEY_SETTING);
                    return AesGcmCredentialCipher.withoutKey(CalendarConfig.KEY_SETTING);
                });
    }

    @Produces
    @Singleton
    CalendarSyncPolicy calendarSyncPolicy(CalendarConfig config) {
        CalendarConfig.Sync sync = config.sync();
        return new CalendarSyncPolicy(sync.maxAttempts(), sync.initialBackoff(), sync.maxBackoff(), sync.lease(),
                sync.batchSize());
    }
}
