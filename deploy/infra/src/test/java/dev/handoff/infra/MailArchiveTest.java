package dev.handoff.infra;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local stack's mail kept as files, and {@code ./handoff mail} reading them back from another process. */
class MailArchiveTest {
    @TempDir
    Path dir;

    private static void send(SmtpServer smtp, String subject, String text, String html, String... to) throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", smtp.host());
        props.put("mail.smtp.port", Integer.toString(smtp.port()));
        MimeMessage mail = new MimeMessage(Session.getInstance(props));
        mail.setFrom(new InternetAddress("notifications@handoff.local"));
        for (String address : to) {
            mail.addRecipient(Message.RecipientType.TO, new InternetAddress(address));
        }
        mail.setSubject(subject, "UTF-8");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, "UTF-8");
        MimeBodyPart rich = new MimeBodyPart();
        rich.setContent(html, "text/html; charset=UTF-8");
        mail.setContent(new MimeMultipart("alternative", plain, rich));
        Transport.send(mail);
    }

    private String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = MailMain.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return code + "\n" + out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyReceivedMailIsKeptOnceAndListedAndPrintedDecoded() throws Exception {
        Path mailDir = dir.resolve("mail");
        try (SmtpServer smtp = SmtpServer.start(0, MailArchive.open(mailDir, 10))) {
            send(
                    smtp,
                    "New live chat request: Thandi",
                    "Visitor: Thandi – “Grüße”\nOpen: http://x/#pending/1",
                    "<p>Visitor: <b>Thandi</b></p>",
                    "carol@demo.example",
                    "alice@demo.example");
            send(
                    smtp,
                    "Still waiting for an agent: Thandi (5 min)",
                    "waited 5 min",
                    "<p>5 min</p>",
                    "carol@demo.example");
            assertThat(smtp.greenMail().waitForIncomingEmail(5_000, 3)).isTrue();
        }

        assertThat(MailArchive.numbers(mailDir)).containsExactly(1L, 2L);
        String list = run("--mail-dir", mailDir.toString());
        assertThat(list)
                .startsWith("0\n")
                .contains(
                        "NO",
                        "SUBJECT",
                        "New live chat request: Thandi",
                        "Still waiting for an agent: Thandi (5 min)",
                        "carol@demo.example, alice@demo.example");
        assertThat(list.indexOf("New live chat")).isLessThan(list.indexOf("Still waiting"));

        assertThat(run("--mail-dir", mailDir.toString(), "show", "1"))
                .startsWith("0\n")
                .contains("Subject: New live chat request: Thandi", "Visitor: Thandi – “Grüße”", "#pending/1");
        assertThat(run("--mail-dir", mailDir.toString(), "show", "last")).contains("waited 5 min");
        assertThat(run("--mail-dir", mailDir.toString(), "html", "1")).contains("<p>Visitor: <b>Thandi</b></p>");
    }

    @Test
    void numbersGoOnAfterARestartAndOnlyTheNewestAreKept() throws Exception {
        Path mailDir = dir.resolve("mail");
        for (int round = 0; round < 2; round++) {
            try (SmtpServer smtp = SmtpServer.start(0, MailArchive.open(mailDir, 3))) {
                for (int i = 0; i < 2; i++) {
                    send(smtp, "mail " + round + "." + i, "text", "<p>html</p>", "a@example.com");
                }
                assertThat(smtp.greenMail().waitForIncomingEmail(5_000, 2)).isTrue();
            }
        }

        assertThat(MailArchive.numbers(mailDir)).containsExactly(2L, 3L, 4L);
        assertThat(Files.list(mailDir)).noneMatch(p -> p.toString().endsWith(".part"));
        assertThat(run("--mail-dir", mailDir.toString(), "show", "4")).contains("Subject: mail 1.1");
    }

    /** The local stack's SMTP server must not hold every mail of a long run in its heap: the archive has them. */
    @Test
    void withAnArchiveOnlyTheNewestMailsStayInMemory() throws Exception {
        Path mailDir = dir.resolve("mail");
        try (SmtpServer smtp = SmtpServer.start(0, MailArchive.open(mailDir, 100), 5)) {
            for (int i = 1; i <= 12; i++) {
                send(smtp, "mail " + i, "text", "<p>html</p>", "a@example.com");
            }
            // each send returns once the server has taken the mail: deliveries 5 and 10 emptied the mailboxes
            assertThat(MailArchive.numbers(mailDir)).hasSize(12);
            assertThat(smtp.greenMail().getReceivedMessages())
                    .extracting(MimeMessage::getSubject)
                    .containsExactly("mail 10", "mail 11", "mail 12");
        }
    }

    @Test
    void wrongCommandsAndUnknownNumbersSaySoWithExitCodeTwo() {
        assertThat(run("--mail-dir", dir.toString())).startsWith("0\n").contains("No mail yet");
        assertThat(run("--mail-dir", dir.toString(), "show", "7")).startsWith("2\n");
        assertThat(run("--mail-dir", dir.toString(), "bogus")).startsWith("2\n").contains("unknown mail command");
        assertThat(run()).startsWith("2\n").contains("usage");
        assertThat(run("--mail-dir", dir.toString(), "list", "many"))
                .startsWith("2\n")
                .contains("not a number");
    }
}
