package io.frontdesk.booking.application.service;

import io.frontdesk.booking.application.port.out.CalendarAccount;
import io.frontdesk.booking.application.port.out.CalendarCredentials;
import io.frontdesk.booking.application.port.out.CalendarDeliveryException;
import io.frontdesk.booking.application.port.out.CalendarEvent;
import io.frontdesk.booking.application.port.out.CalendarJob;
import io.frontdesk.booking.application.port.out.CalendarJobs;
import io.frontdesk.booking.application.port.out.CalendarQueries;
import io.frontdesk.booking.application.port.out.CredentialCipher;
import io.frontdesk.booking.application.port.out.StaffCalendars;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The calendar worker's steps that touch storage, each a short transaction of its own, so that no transaction
 * (and no database connection) is held while a calendar server is being called: claim due jobs, prepare one for
 * delivery, record how it went.
 */
@ApplicationScoped
public class CalendarOutbox {

    private final CalendarJobs jobs;
    private final CalendarQueries queries;
    private final StaffCalendars staffCalendars;
    private final CredentialCipher cipher;

    @Inject
    public CalendarOutbox(CalendarJobs jobs, CalendarQueries queries, StaffCalendars staffCalendars,
            CredentialCipher cipher) {
        this.jobs = jobs;
        this.queries = queries;
        this.staffCalendars = staffCalendars;
        this.cipher = cipher;
    }

    /** A job ready to go out: where to, and for a creation, the event. */
    public record Delivery(CalendarJob job, CalendarCredentials calendar, Optional<CalendarEvent> event) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<CalendarJob> claim(Instant now, Instant leaseUntil, int limit) {
        return jobs.claimDue(now, leaseUntil, limit);
    }

    /**
     * What delivering {@code job} takes; empty when the job needs no delivery, which is then recorded here: the
     * staff member has no calendar (skipped), or a creation comes after the booking was canceled or marked a
     * no-show (done: the event must not exist).
     *
     * @throws CalendarDeliveryException when the stored password cannot be opened
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Delivery> prepare(CalendarJob job) {
        Optional<CalendarEvent> event = queries.event(job.tenantId(), job.bookingId());
        if (event.isEmpty()) {
            jobs.update(job.skipped("The booking no longer exists"));
            return Optional.empty();
        }
        Optional<CalendarAccount> account = staffCalendars.find(job.tenantId(), event.get().staffId());
        if (account.isEmpty()) {
            jobs.update(job.skipped("No calendar is set up for " + event.get().staffName()));
            return Optional.empty();
        }
        if (job.action() == CalendarJob.Action.CREATE_EVENT && !event.get().occupiesTime()) {
            jobs.update(job.unnecessary());
            return Optional.empty();
        }
        String password;
        try {
            password = cipher.open(account.get().sealedPassword());
        } catch (CredentialCipher.UnreadableSecretException e) {
            throw new CalendarDeliveryException("The stored calendar password cannot be decrypted (was the "
                    + "credentials key changed?); set the staff member's calendar credentials again", e);
        }
        CalendarCredentials calendar = new CalendarCredentials(account.get().collectionUrl(),
                account.get().username(), password);
        return Optional.of(new Delivery(job, calendar,
                job.action() == CalendarJob.Action.CREATE_EVENT ? event : Optional.empty()));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(CalendarJob job) {
        jobs.update(job);
    }
}
