package io.frontdesk.booking.application.fake;

import io.frontdesk.booking.application.port.out.Notifier;
import io.frontdesk.booking.application.port.out.contract.NotifierContract;
import io.frontdesk.booking.domain.shared.EmailAddress;
import java.util.List;

class RecordingNotifierTest extends NotifierContract {

    private final RecordingNotifier notifier = new RecordingNotifier();

    @Override
    protected Notifier notifier() {
        return notifier;
    }

    @Override
    protected List<String> messagesTo(EmailAddress recipient, int expected) {
        return notifier.messagesTo(recipient);
    }
}
