package io.frontdesk.booking.application.fake;

import io.frontdesk.booking.application.port.out.Notifier;
import io.frontdesk.booking.application.port.out.OfferNotice;
import io.frontdesk.booking.domain.shared.EmailAddress;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Remembers every notice, in order, as delivered at once (there is no transaction to wait for in memory). Its
 * "message" is a plain listing of what a notice must tell, so the notifier contract can read it like a mail.
 */
public final class RecordingNotifier implements Notifier {

    private final List<OfferNotice> notices = new ArrayList<>();

    @Override
    public synchronized void offerMade(OfferNotice notice) {
        notices.add(notice);
    }

    public synchronized List<OfferNotice> notices() {
        return List.copyOf(notices);
    }

    /** The notices to one address, oldest first. */
    public synchronized List<OfferNotice> noticesTo(EmailAddress recipient) {
        return notices.stream().filter(n -> n.recipient().equals(recipient)).toList();
    }

    /** The notices to one address as text: business, service, staff, local start, and the answer links' token. */
    public synchronized List<String> messagesTo(EmailAddress recipient) {
        return noticesTo(recipient).stream().map(n -> String.join("\n", n.businessName(), n.serviceName(),
                n.staffName(), n.localStart().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                "accept: " + n.token().value(), "decline: " + n.token().value())).toList();
    }
}
