package dev.handoff.infra;

import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** An in-process SMTP server (GreenMail) that keeps the mail it receives, for tests and {@code ./handoff mail} to read. */
public final class SmtpServer implements AutoCloseable {

    private static final String HOST = "127.0.0.1";
    /** Mails kept in memory at most when an archive keeps them (the local stack). */
    private static final int IN_MEMORY_WITH_ARCHIVE = 500;

    private static final System.Logger LOG = System.getLogger(SmtpServer.class.getName());

    private final GreenMail greenMail;

    private SmtpServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /**
     * Starts SMTP on 127.0.0.1, without TLS or authentication.
     *
     * @param port the port, 0 for a free one
     * @return the running server
     * @throws IOException when the port is taken
     */
    public static SmtpServer start(int port) throws IOException {
        return start(port, null);
    }

    /**
     * As {@link #start(int)}, also keeping every received mail in {@code archive} (once per mail, whatever the
     * number of recipients) for {@code ./handoff mail}.
     *
     * @param archive where to keep the mail, or null for memory only
     */
    public static SmtpServer start(int port, MailArchive archive) throws IOException {
        return start(port, archive, IN_MEMORY_WITH_ARCHIVE);
    }

    /** As {@link #start(int, MailArchive)}, emptying the in-memory mailboxes every {@code inMemory} deliveries. */
    static SmtpServer start(int port, MailArchive archive, int inMemory) throws IOException {
        // GreenMail reports a taken port only in its own server thread's log: check first, clearly.
        if (port != 0 && !Ports.isFree(port)) {
            throw new IOException("SMTP port " + port + " is already in use");
        }
        ServerSetup setup = new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP);
        GreenMail greenMail = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
        greenMail.start();
        createRecipientsOneAtATime(greenMail);
        if (archive != null) {
            archiveDeliveries(greenMail, archive, inMemory);
        }
        return new SmtpServer(greenMail);
    }

    /**
     * GreenMail creates a recipient's mailbox on its first mail, and its get-or-create is not atomic: two mails to a
     * new address arriving at once both create it, and the second creation deletes the first mailbox, mail and all.
     * Finding or creating the recipient one delivery at a time closes that window; storing the mail stays parallel.
     */
    private static void createRecipientsOneAtATime(GreenMail greenMail) {
        UserManager users = greenMail.getUserManager();
        MessageDeliveryHandler findOrCreate = users.getMessageDeliveryHandler();
        Object lock = new Object();
        users.setMessageDeliveryHandler((message, address) -> {
            synchronized (lock) {
                return findOrCreate.handle(message, address);
            }
        });
    }

    /**
     * Delivery happens once per recipient; the archive keeps each mail once, before its first delivery. With an
     * archive nothing reads GreenMail's mailboxes (they are reachable only in this process), yet they would keep every
     * mail: thousands of "still waiting" mails filled the infra JVM's heap until its collector took a whole core and
     * SMTP dropped connections. So they are emptied every {@code inMemory} deliveries; the archive has the mail.
     */
    private static void archiveDeliveries(GreenMail greenMail, MailArchive archive, int inMemory) {
        UserManager users = greenMail.getUserManager();
        MessageDeliveryHandler deliver = users.getMessageDeliveryHandler();
        Set<MovingMessage> archived = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
        AtomicLong deliveries = new AtomicLong();
        users.setMessageDeliveryHandler((message, address) -> {
            if (deliveries.incrementAndGet() % inMemory == 0) {
                emptyMailboxes(greenMail);
            }
            if (archived.add(message)) {
                try {
                    archive.add(message.getMessage());
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.WARNING, "could not archive a received mail", e);
                }
            }
            return deliver.handle(message, address);
        });
    }

    private static void emptyMailboxes(GreenMail greenMail) {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            LOG.log(System.Logger.Level.WARNING, "could not empty the in-memory mailboxes", e);
        }
    }

    /** @return the address to connect to */
    public String host() {
        return HOST;
    }

    /** @return the port SMTP listens on */
    public int port() {
        return greenMail.getSmtp().getPort();
    }

    /** @return the GreenMail instance, to read and reset received mail */
    public GreenMail greenMail() {
        return greenMail;
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
