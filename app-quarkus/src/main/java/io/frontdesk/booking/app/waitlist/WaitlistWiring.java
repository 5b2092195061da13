package io.frontdesk.booking.app.waitlist;

import io.frontdesk.booking.application.service.WaitlistPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The waitlist's policy from configuration ({@code frontdesk.waitlist.hold-minutes}, see docs/operations.md). */
@ApplicationScoped
public class WaitlistWiring {

    @Produces
    @Singleton
    WaitlistPolicy policy(WaitlistConfig config) {
        return new WaitlistPolicy(config.hold());
    }
}
