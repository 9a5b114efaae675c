package dev.handoff.infra;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SmtpServerTest {

    @Test
    void receivesAMailSentWithPlainJakartaMail() throws Exception {
        try (SmtpServer smtp = SmtpServer.start(0)) {
            assertThat(smtp.port()).isPositive();
            Properties props = new Properties();
            props.put("mail.smtp.host", smtp.host());
            props.put("mail.smtp.port", Integer.toString(smtp.port()));
            MimeMessage mail = new MimeMessage(Session.getInstance(props));
            mail.setFrom(new InternetAddress("noreply@handoff.test"));
            mail.setRecipient(Message.RecipientType.TO, new InternetAddress("agent@handoff.test"));
            mail.setSubject("A visitor is waiting");
            mail.setText("Conversation 42 needs an agent.");
            Transport.send(mail);

            assertThat(smtp.greenMail().waitForIncomingEmail(5_000, 1)).isTrue();
            MimeMessage received = smtp.greenMail().getReceivedMessages()[0];
            assertThat(received.getSubject()).isEqualTo("A visitor is waiting");
            assertThat(received.getAllRecipients()).extracting(Object::toString).containsExactly("agent@handoff.test");
        }
    }

    /**
     * Mails racing to an address GreenMail has not seen yet all arrive: left to itself it may create the new mailbox
     * twice, and the second creation fails the delivery or drops the first mailbox with its mail.
     */
    @Test
    void mailsRacingToANewAddressAllArrive() throws Exception {
        int senders = 8;
        int rounds = 20;
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try (SmtpServer smtp = SmtpServer.start(0)) {
            for (int round = 0; round < rounds; round++) {
                String to = "new-" + round + "@handoff.test";
                CountDownLatch go = new CountDownLatch(1);
                List<Future<?>> sends = new ArrayList<>();
                for (int s = 0; s < senders; s++) {
                    sends.add(pool.submit(() -> {
                        go.await();
                        Transport.send(mail(smtp, to));
                        return null;
                    }));
                }
                go.countDown();
                for (Future<?> send : sends) {
                    send.get(30, TimeUnit.SECONDS); // a delivery GreenMail refused fails here
                }
            }
            assertThat(smtp.greenMail().waitForIncomingEmail(10_000, senders * rounds))
                    .isTrue();
            for (int round = 0; round < rounds; round++) {
                String to = "new-" + round + "@handoff.test";
                assertThat(smtp.greenMail().getReceivedMessagesForDomain(to))
                        .as(to)
                        .hasSize(senders);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static MimeMessage mail(SmtpServer smtp, String to) throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", smtp.host());
        props.put("mail.smtp.port", Integer.toString(smtp.port()));
        MimeMessage mail = new MimeMessage(Session.getInstance(props));
        mail.setFrom(new InternetAddress("noreply@handoff.test"));
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        mail.setSubject("Still waiting");
        mail.setText("A visitor still waits.");
        return mail;
    }
}
