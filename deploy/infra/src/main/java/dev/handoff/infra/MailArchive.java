package dev.handoff.infra;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local stack's received mail as files, {@code 000001.eml}, {@code 000002.eml}, ..., numbered in arrival order
 * across restarts, so {@code ./handoff mail} can list and print them from another process. Only the newest
 * {@code keep} files are kept.
 */
public final class MailArchive {
    private static final Pattern FILE = Pattern.compile("(\\d{6,})\\.eml");

    private final Path dir;
    private final int keep;
    private long last;

    private MailArchive(Path dir, int keep, long last) {
        this.dir = dir;
        this.keep = keep;
        this.last = last;
    }

    /** Opens (and creates) the archive in {@code dir}; numbering goes on after the files already there. */
    public static MailArchive open(Path dir, int keep) throws IOException {
        Files.createDirectories(dir);
        List<Long> numbers = numbers(dir);
        return new MailArchive(dir, keep, numbers.isEmpty() ? 0 : numbers.get(numbers.size() - 1));
    }

    /** Writes the mail as the next file and drops the oldest beyond {@code keep}; returns its number. */
    public synchronized long add(MimeMessage mail) throws IOException, MessagingException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        mail.writeTo(raw);
        long number = ++last;
        Path file = dir.resolve(name(number));
        Path partial = dir.resolve(name(number) + ".part");
        // Written whole, then renamed: a reader never sees half a mail.
        Files.write(partial, raw.toByteArray());
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        List<Long> numbers = numbers(dir);
        for (int i = 0; i < numbers.size() - keep; i++) {
            Files.deleteIfExists(dir.resolve(name(numbers.get(i))));
        }
        return number;
    }

    /** The archived mail numbers, oldest first. */
    public static List<Long> numbers(Path dir) throws IOException {
        List<Long> numbers = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return numbers;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.eml")) {
            for (Path file : files) {
                Matcher m = FILE.matcher(file.getFileName().toString());
                if (m.matches()) {
                    numbers.add(Long.parseLong(m.group(1)));
                }
            }
        }
        numbers.sort(null);
        return numbers;
    }

    /** The file of mail {@code number}. */
    public static String name(long number) {
        return String.format(Locale.ROOT, "%06d.eml", number);
    }
}
