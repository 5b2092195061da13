package io.frontdesk.booking.adapter.notification;

import io.frontdesk.booking.application.port.out.Notifier;
import io.frontdesk.booking.application.port.out.contract.NotifierContract;
import io.frontdesk.booking.domain.shared.EmailAddress;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Supplier;

/** The {@link Notifier} contract on real SMTP (GreenMail), each notice given in a transaction that commits. */
@QuarkusTest
@QuarkusTestResource(GreenMailServer.class)
class EmailNotifierTest extends NotifierContract {

    @Inject
    Notifier notifier;

    @Override
    protected Notifier notifier() {
        return notifier;
    }

    @Override
    protected List<String> messagesTo(EmailAddress recipient, int expected) {
        return GreenMailServer.messagesTo(recipient.value(), expected).stream()
                .map(m -> m.subject() + "\n" + m.text()).toList();
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
