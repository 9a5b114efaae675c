package dev.handoff.routing.adapter.out.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A native query's rows, each read by column name ({@link Tuple}) rather than by position, so that adding or
 * reordering a column in a select cannot shift what another member reads.
 */
final class Rows {
    private Rows() {}

    /** A native query whose rows are {@link Tuple}s, keyed by the select's column names or aliases. */
    static Query query(EntityManager entityManager, String sql) {
        return entityManager.createNativeQuery(sql, Tuple.class);
    }

    @SuppressWarnings("unchecked")
    static List<Tuple> all(Query query) {
        return (List<Tuple>) query.getResultList();
    }

    static Optional<Tuple> first(Query query) {
        return all(query).stream().findFirst();
    }

    static String text(Tuple row, String column) {
        return (String) row.get(column);
    }

    static int integer(Tuple row, String column) {
        return ((Number) row.get(column)).intValue();
    }

    /** A nullable integer column. */
    static Integer integerOrNull(Tuple row, String column) {
        Object value = row.get(column);
        return value == null ? null : ((Number) value).intValue();
    }

    static long whole(Tuple row, String column) {
        return ((Number) row.get(column)).longValue();
    }

    static boolean flag(Tuple row, String column) {
        return Boolean.TRUE.equals(row.get(column));
    }

    /** A nullable timestamp column, whichever JDBC type the driver reads it as. */
    static Instant instant(Tuple row, String column) {
        return instant(row.get(column));
    }

    static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        return value instanceof OffsetDateTime o ? o.toInstant() : (Instant) value;
    }

    /** A nullable id column. */
    static <T> T id(Tuple row, String column, Function<String, T> of) {
        String value = text(row, column);
        return value == null ? null : of.apply(value);
    }
}
