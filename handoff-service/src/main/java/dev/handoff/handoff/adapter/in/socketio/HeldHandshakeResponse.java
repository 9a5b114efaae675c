package dev.handoff.handoff.adapter.in.socketio;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Holds the body of a long-polling handshake until the new session is in the shared directory: the client's next
 * request may reach another replica, which must already find it. Headers and status pass straight through; the
 * container sends the response only when the servlet returns, even though the engine completes it asynchronously.
 */
final class HeldHandshakeResponse extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream body = new ByteArrayOutputStream(256);
    private PrintWriter writer;
    private ServletOutputStream stream;

    HeldHandshakeResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new IllegalStateException("a held handshake is written synchronously");
                }

                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    body.write(b, off, len);
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8));
        }
        return writer;
    }

    @Override
    public void flushBuffer() {
        // held until release()
    }

    /** Sends what the engine wrote. */
    void release() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        if (body.size() > 0) {
            getResponse().getOutputStream().write(body.toByteArray());
        }
        getResponse().flushBuffer();
    }
}
