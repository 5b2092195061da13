package io.frontdesk.booking.adapter.notification;

import io.frontdesk.booking.application.port.out.Notifier;
import io.frontdesk.booking.application.port.out.OfferNotice;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Offer notices by email. The mail is composed at once but handed to the SMTP server only after the caller's
 * transaction has committed (a transactional observer, {@code AFTER_SUCCESS}): an offer rolled back never mails,
 * and sending happens off the request, so a slow or failing server never delays or undoes an offer. A failure is
 * logged; the offer runs its course (it expires and passes on). Without a transaction the mail is sent at once.
 */
@ApplicationScoped
public class EmailNotifier implements Notifier {

    private static final Logger LOG = Logger.getLogger(EmailNotifier.class);

    private final OfferMailComposer composer;
    private final Event<OfferMail> composed;
    private final ReactiveMailer mailer;

    @Inject
    public EmailNotifier(OfferMailComposer composer, Event<OfferMail> composed, ReactiveMailer mailer) {
        this.composer = composer;
        this.composed = composed;
        this.mailer = mailer;
    }

    @Override
    public void offerMade(OfferNotice notice) {
        composed.fire(composer.compose(notice));
    }

    void sendAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OfferMail mail) {
        try {
            mailer.send(Mail.withText(mail.to(), mail.subject(), mail.text())).subscribe().with(
                    sent -> LOG.debugf("Offer mail sent to %s", mail.to()),
                    failure -> LOG.errorf(failure, "Offer mail to %s could not be sent", mail.to()));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Offer mail to %s could not be sent", mail.to());
        }
    }
}
