package dev.handoff.handoff.adapter.in.socketio;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The answer to a long-poll, which the engine writes once and closes, maybe much later and on another thread: closing
 * it tells {@link EngineSessions} that the session may poll again.
 */
final class PollEndingResponse extends HttpServletResponseWrapper {
    private final Runnable ended;
    private final AtomicBoolean done = new AtomicBoolean();

    PollEndingResponse(HttpServletResponse response, Runnable ended) {
        super(response);
        this.ended = ended;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        ServletOutputStream out = super.getOutputStream();
        return new ServletOutputStream() {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void flush() throws IOException {
                out.flush();
            }

            @Override
            public void close() throws IOException {
                try {
                    out.close();
                } finally {
                    end();
                }
            }

            @Override
            public boolean isReady() {
                return out.isReady();
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                out.setWriteListener(listener);
            }
        };
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        return new PrintWriter(super.getWriter()) {
            @Override
            public void close() {
                try {
                    super.close();
                } finally {
                    end();
                }
            }
        };
    }

    private void end() {
        if (done.compareAndSet(false, true)) {
            ended.run();
        }
    }
}
