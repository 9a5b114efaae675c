package dev.handoff.analytics.adapter.in.rest;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 CSV, safe to open in a spreadsheet. */
final class Csv {
    public static final String MEDIA_TYPE = "text/csv";

    private Csv() {}

    /** One line (CRLF-terminated) of fields; null is an empty field. */
    static String line(List<?> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        // A cell starting with = + - @ is a formula to a spreadsheet: text written by visitors must stay text.
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    /** An attachment the browser saves as {@code fileName}. */
    static Response download(CharSequence csv, String fileName) {
        return Response.ok(csv.toString(), MEDIA_TYPE + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}
