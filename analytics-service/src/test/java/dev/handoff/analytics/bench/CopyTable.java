package dev.handoff.analytics.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/** Rows streamed into one table with COPY, on a connection of its own: the fastest way PostgreSQL loads data. */
final class CopyTable implements AutoCloseable {
    private static final int FLUSH_AT = 1 << 20;
    private final Connection connection;
    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
    private long rows;

    CopyTable(String jdbcUrl, String user, String password, String table, String columns) throws SQLException {
        connection = DriverManager.getConnection(jdbcUrl, user, password);
        copy = connection
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("copy analytics." + table + " (" + columns + ") from stdin");
    }

    /** One row; null is SQL NULL; text is escaped for COPY's text format. */
    void row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append('\t');
            }
            Object value = values[i];
            if (value == null) {
                buffer.append("\\N");
            } else {
                String text = value.toString();
                for (int c = 0; c < text.length(); c++) {
                    char ch = text.charAt(c);
                    switch (ch) {
                        case '\\' -> buffer.append("\\\\");
                        case '\t' -> buffer.append("\\t");
                        case '\n' -> buffer.append("\\n");
                        case '\r' -> buffer.append("\\r");
                        default -> buffer.append(ch);
                    }
                }
            }
        }
        buffer.append('\n');
        rows++;
        if (buffer.length() >= FLUSH_AT) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    private void flush() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
            copy.endCopy();
        } finally {
            connection.close();
        }
    }
}
