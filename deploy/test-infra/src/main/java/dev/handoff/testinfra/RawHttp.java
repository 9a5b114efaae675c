package dev.handoff.testinfra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A bare HTTP/1.1 client for hostile requests: any method, request target, header and body, exactly as given (the
 * JDK's client would refuse half of them), one connection per request. A body is written in full even when the
 * server answers early; a server that closes first is fine, its answer is still read.
 */
public final class RawHttp {
    private static final int TIMEOUT_MS = 60_000;
    private static final int MAX_ANSWER_BYTES = 8 << 20;

    /** What the server answered; header names in lower case. */
    public record Response(int status, Map<String, List<String>> headers, byte[] body) {
        /** The first value of header {@code name}, or null. */
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        /** The body as UTF-8 text. */
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private RawHttp() {}

    /**
     * Sends one request to {@code base}'s host and port. {@code headers} are written as given, after {@code Host}
     * (unless they name one) and before {@code Connection: close}; {@code Content-Length} is added for a body unless
     * {@code headers} name it or {@code Transfer-Encoding}.
     */
    public static Response send(URI base, String method, String target, Map<String, String> headers, byte[] body) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), TIMEOUT_MS);
            socket.setSoTimeout(TIMEOUT_MS);
            StringBuilder head =
                    new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
            Map<String, String> lower = new LinkedHashMap<>();
            headers.forEach((name, value) -> lower.put(name.toLowerCase(Locale.ROOT), value));
            if (!lower.containsKey("host")) {
                head.append("Host: ")
                        .append(base.getHost())
                        .append(':')
                        .append(base.getPort())
                        .append("\r\n");
            }
            headers.forEach((name, value) ->
                    head.append(name).append(": ").append(value).append("\r\n"));
            if (body != null && !lower.containsKey("content-length") && !lower.containsKey("transfer-encoding")) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("Connection: close\r\n\r\n");
            write(socket.getOutputStream(), head.toString().getBytes(StandardCharsets.ISO_8859_1), body);
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + cut(target) + " got no answer: " + e, e);
        }
    }

    /** Sends {@code raw} bytes as they are (a request line the codec cannot read, for instance). */
    public static Response sendRaw(URI base, byte[] raw) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), TIMEOUT_MS);
            socket.setSoTimeout(TIMEOUT_MS);
            write(socket.getOutputStream(), raw, null);
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("raw request got no answer: " + e, e);
        }
    }

    private static void write(OutputStream out, byte[] head, byte[] body) {
        try {
            out.write(head);
            if (body != null) {
                out.write(body);
            }
            out.flush();
        } catch (IOException e) {
            // the server answered and closed before taking everything: its answer is what counts
        }
    }

    private static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        try {
            for (int n; (n = in.read(buffer)) >= 0 && all.size() < MAX_ANSWER_BYTES; ) {
                all.write(buffer, 0, n);
            }
        } catch (IOException e) {
            if (all.size() == 0) {
                throw e;
            }
            // a reset after the answer (the server closed with our body unread) loses nothing of it
        }
        return parse(all.toByteArray());
    }

    private static Response parse(byte[] bytes) throws IOException {
        int end = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (end < 0) {
            throw new IOException("no complete answer head in " + bytes.length + " bytes");
        }
        String[] lines = new String(bytes, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(
                            lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).strip());
        }
        byte[] rest = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
        List<String> encoding = headers.get("transfer-encoding");
        return new Response(status, headers, encoding != null && encoding.contains("chunked") ? dechunk(rest) : rest);
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(java.util.Arrays.copyOfRange(chunked, at, chunked.length), new byte[] {'\r', '\n'});
            if (lineEnd < 0) {
                break;
            }
            String size = new String(chunked, at, lineEnd, StandardCharsets.ISO_8859_1).split(";")[0].strip();
            int length = Integer.parseInt(size, 16);
            if (length == 0) {
                break;
            }
            body.write(chunked, at + lineEnd + 2, Math.min(length, chunked.length - at - lineEnd - 2));
            at += lineEnd + 2 + length + 2;
        }
        return body.toByteArray();
    }

    private static int indexOf(byte[] bytes, byte[] wanted) {
        outer:
        for (int i = 0; i + wanted.length <= bytes.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (bytes[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** A request target as it may appear in a report. */
    public static String cut(String target) {
        return target.length() <= 120 ? target : target.substring(0, 100) + "...(" + target.length() + " chars)";
    }
}
