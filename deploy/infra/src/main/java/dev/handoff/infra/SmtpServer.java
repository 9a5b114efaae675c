package dev.handoff.infra;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;

/** An in-process SMTP server (GreenMail) that keeps every mail it receives, for tests to read. */
public final class SmtpServer implements AutoCloseable {

    private static final String HOST = "127.0.0.1";

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
        // GreenMail reports a taken port only in its own server thread's log: check first, clearly.
        if (port != 0 && !Ports.isFree(port)) {
            throw new IOException("SMTP port " + port + " is already in use");
        }
        ServerSetup setup = new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP);
        GreenMail greenMail = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
        greenMail.start();
        return new SmtpServer(greenMail);
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
