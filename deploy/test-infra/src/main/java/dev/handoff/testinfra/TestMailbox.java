package dev.handoff.testinfra;

import static org.awaitility.Awaitility.await;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/** The mail received by the test JVM's SMTP server, as {@link MimeMessage}s of the caller's class loader. */
public final class TestMailbox {

    private static final Session SESSION = Session.getInstance(new Properties());

    TestMailbox() {}

    /** @return every mail received so far, oldest first */
    public List<MimeMessage> messages() {
        return InfrastructureBridge.receivedMails().stream()
                .map(TestMailbox::parse)
                .toList();
    }

    /**
     * Waits until enough matching mail arrived.
     *
     * @param filter  which mails count, e.g. {@code m -> recipient(m).equals("agent@example.org")}
     * @param count   how many are expected at least
     * @param timeout how long to wait
     * @return the matching mails (at least {@code count})
     */
    public List<MimeMessage> awaitMessages(Predicate<MimeMessage> filter, int count, Duration timeout) {
        return await().atMost(timeout)
                .until(() -> messages().stream().filter(filter).toList(), mails -> mails.size() >= count);
    }

    /**
     * Waits until enough mail to one address arrived.
     *
     * @param recipient the To/Cc address, e.g. {@code agent@example.org}
     * @param count     how many are expected at least
     * @param timeout   how long to wait
     * @return the mails to that address (at least {@code count})
     */
    public List<MimeMessage> awaitMessagesTo(String recipient, int count, Duration timeout) {
        return awaitMessages(mail -> recipients(mail).contains(recipient), count, timeout);
    }

    /**
     * @param mail a received mail
     * @return its To and Cc addresses, without display names
     */
    public static List<String> recipients(MimeMessage mail) {
        try {
            Address[] all = mail.getAllRecipients();
            return all == null
                    ? List.of()
                    : Arrays.stream(all)
                            .map(a -> a instanceof InternetAddress internet ? internet.getAddress() : a.toString())
                            .toList();
        } catch (MessagingException e) {
            throw new IllegalStateException("unreadable recipients", e);
        }
    }

    /** Forgets all received mail, e.g. in {@code @BeforeEach}: the SMTP server is shared by all tests. */
    public void clear() {
        InfrastructureBridge.clearMails();
    }

    private static MimeMessage parse(byte[] raw) {
        try {
            return new MimeMessage(SESSION, new ByteArrayInputStream(raw));
        } catch (MessagingException e) {
            throw new IllegalStateException("unparsable mail", e);
        }
    }
}
