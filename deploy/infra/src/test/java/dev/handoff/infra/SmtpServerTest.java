package dev.handoff.infra;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
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
}
