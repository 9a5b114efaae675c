package dev.handoff.infra;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Reads the local stack's mail ({@link MailArchive}) for {@code ./handoff mail}:
 * {@code --mail-dir DIR [list [N] | show [NUMBER|last] | html [NUMBER|last]]}. {@code list} prints the newest N (20)
 * mails, newest last; {@code show} prints one with its headers and plain-text part; {@code html} prints its HTML part
 * (redirect it to a file to open it in a browser). Exit code 2 for a wrong command line or an unknown number.
 */
public final class MailMain {
    private static final Session SESSION = Session.getInstance(new Properties());
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneId.systemDefault());

    private MailMain() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command; returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2 || !"--mail-dir".equals(args[0])) {
            err.println("usage: --mail-dir DIR [list [N] | show [NUMBER|last] | html [NUMBER|last]]");
            return 2;
        }
        Path dir = Path.of(args[1]);
        String command = args.length > 2 ? args[2] : "list";
        String argument = args.length > 3 ? args[3] : null;
        try {
            List<Long> numbers = MailArchive.numbers(dir);
            return switch (command) {
                case "list" -> list(dir, numbers, argument == null ? 20 : Integer.parseInt(argument), out);
                case "show", "html" -> show(dir, numbers, argument, "html".equals(command), out, err);
                default -> {
                    err.println("unknown mail command '" + command + "': list, show or html");
                    yield 2;
                }
            };
        } catch (NumberFormatException e) {
            err.println("not a number: " + argument);
            return 2;
        } catch (IOException | MessagingException e) {
            err.println("could not read the mail in " + dir + ": " + e.getMessage());
            return 1;
        }
    }

    private static int list(Path dir, List<Long> numbers, int count, PrintStream out)
            throws IOException, MessagingException {
        if (numbers.isEmpty()) {
            out.println("No mail yet. Mail the local stack sends (SMTP on port 2525) shows up here.");
            return 0;
        }
        out.printf(Locale.ROOT, "%-6s %-19s %-40s %s%n", "NO", "RECEIVED", "TO", "SUBJECT");
        for (long number : numbers.subList(Math.max(0, numbers.size() - count), numbers.size())) {
            MimeMessage mail = read(dir, number);
            out.printf(
                    Locale.ROOT,
                    "%-6d %-19s %-40s %s%n",
                    number,
                    mail.getSentDate() == null
                            ? ""
                            : TIME.format(mail.getSentDate().toInstant()),
                    cut(addresses(mail.getAllRecipients()), 40),
                    mail.getSubject());
        }
        out.println("Print one: ./handoff mail NUMBER (or last); its HTML: ./handoff mail NUMBER --html > mail.html");
        return 0;
    }

    private static int show(Path dir, List<Long> numbers, String which, boolean html, PrintStream out, PrintStream err)
            throws IOException, MessagingException {
        if (numbers.isEmpty()) {
            err.println("No mail yet.");
            return 2;
        }
        long number = which == null || "last".equals(which) ? numbers.get(numbers.size() - 1) : Long.parseLong(which);
        if (!numbers.contains(number)) {
            err.println(
                    "No mail " + number + "; there are " + numbers.get(0) + " to " + numbers.get(numbers.size() - 1));
            return 2;
        }
        MimeMessage mail = read(dir, number);
        String body = MimeParts.firstOfType(mail, html ? "text/html" : "text/plain");
        if (html) {
            out.println(body == null ? "" : body);
            return 0;
        }
        out.println("Mail " + number);
        out.println("Date:    "
                + (mail.getSentDate() == null
                        ? ""
                        : TIME.format(mail.getSentDate().toInstant())));
        out.println("From:    " + addresses(mail.getFrom()));
        out.println("To:      " + addresses(mail.getAllRecipients()));
        out.println("Subject: " + mail.getSubject());
        out.println();
        out.println(body == null ? "(no plain-text part; try --html)" : body.strip());
        return 0;
    }

    private static MimeMessage read(Path dir, long number) throws IOException, MessagingException {
        try (InputStream in = Files.newInputStream(dir.resolve(MailArchive.name(number)))) {
            return new MimeMessage(SESSION, in);
        }
    }

    private static String addresses(Address[] addresses) {
        return addresses == null
                ? ""
                : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
