package io.frontdesk.booking.adapter.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server for the tests, in the test JVM on a free port: GreenMail. Points the Quarkus mailer at it and
 * lets tests read what arrived, waiting with a deadline (never sleeping a fixed time) for mail sent after commit.
 */
public class GreenMailServer implements QuarkusTestResourceLifecycleManager {

    /** How long a test waits for a mail that should arrive. */
    public static final Duration DEADLINE = Duration.ofSeconds(20);

    private static volatile GreenMail server;

    @Override
    public Map<String, String> start() {
        GreenMail started = new GreenMail(ServerSetup.SMTP.dynamicPort());
        started.start();
        server = started;
        return Map.of(
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(started.getSmtp().getPort()),
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.tls", "false");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** A received mail, as a customer would read it. */
    public record Received(String to, String subject, String text) {
    }

    /**
     * The mails received for {@code address}, once at least {@code expected} have arrived or {@link #DEADLINE} has
     * passed (then fewer: the caller's assertion tells what is missing).
     */
    public static List<Received> messagesTo(String address, int expected) {
        Instant deadline = Instant.now().plus(DEADLINE);
        List<Received> received = current(address);
        while (received.size() < expected && Instant.now().isBefore(deadline)) {
            server.waitForIncomingEmail(200, Integer.MAX_VALUE);
            received = current(address);
        }
        return received;
    }

    private static List<Received> current(String address) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> isFor(m, address))
                .map(m -> new Received(address, subject(m), text(m)))
                .toList();
    }

    private static boolean isFor(MimeMessage message, String address) {
        try {
            return message.getRecipients(Message.RecipientType.TO) != null
                    && Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                            .anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            String text = content instanceof String plain ? plain : GreenMailUtil.getBody(message);
            return text.replace("\r\n", "\n");
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
