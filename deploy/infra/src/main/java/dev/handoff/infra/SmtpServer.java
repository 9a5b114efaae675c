package dev.handoff.infra;

import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

/** An in-process SMTP server (GreenMail) that keeps every mail it receives, for tests to read. */
public final class SmtpServer implements AutoCloseable {

    private static final String HOST = "127.0.0.1";
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
        // GreenMail reports a taken port only in its own server thread's log: check first, clearly.
        if (port != 0 && !Ports.isFree(port)) {
            throw new IOException("SMTP port " + port + " is already in use");
        }
        ServerSetup setup = new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP);
        GreenMail greenMail = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
        greenMail.start();
        createRecipientsOneAtATime(greenMail);
        if (archive != null) {
            archiveDeliveries(greenMail, archive);
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

    /** Delivery happens once per recipient; the archive keeps each mail once, before its first delivery. */
    private static void archiveDeliveries(GreenMail greenMail, MailArchive archive) {
        UserManager users = greenMail.getUserManager();
        MessageDeliveryHandler deliver = users.getMessageDeliveryHandler();
        Set<MovingMessage> archived = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
        users.setMessageDeliveryHandler((message, address) -> {
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
