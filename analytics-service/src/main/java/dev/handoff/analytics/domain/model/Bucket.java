package dev.handoff.analytics.domain.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A span of a report, {@code [start, end)}, made of whole rollup spans. */
public record Bucket(Instant start, Instant end) {

    /**
     * The fewest rollup spans that exactly cover the bucket: whole UTC months where they fit, days and hours around
     * them, quarters at the edges of zones whose offset is not a whole hour.
     */
    public List<RollupPiece> pieces() {
        List<RollupPiece> pieces = new ArrayList<>();
        Instant at = start;
        while (at.isBefore(end)) {
            Grain grain = Grain.QUARTER;
            for (Grain candidate : new Grain[] {Grain.MONTH, Grain.DAY, Grain.HOUR}) {
                if (candidate.startsAt(at) && !candidate.next(at).isAfter(end)) {
                    grain = candidate;
                    break;
                }
            }
            pieces.add(new RollupPiece(grain, at));
            at = grain.next(at);
        }
        return pieces;
    }

    /**
     * The pieces to add and take away that make the bucket with the fewest rows: an edge that is most of a UTC day
     * is that day's row less the hours and quarters outside the bucket. A day in New York (UTC-5) is then its UTC
     * day, less 5 hours, plus the next day's first 5 hours: 11 rows instead of 24, and the 5-hour pieces are shared
     * with the next bucket, so a year by day reads 2,190 rows instead of 8,760. Rows add up exactly (counts and
     * sketch bins alike), so the difference is exact.
     */
    public List<SignedPiece> signedPieces() {
        Instant firstWhole = Grain.DAY.startsAt(start) ? start : Grain.DAY.next(Grain.DAY.floor(start));
        Instant lastWhole = Grain.DAY.floor(end);
        List<SignedPiece> pieces = new ArrayList<>();
        if (firstWhole.isAfter(lastWhole)) {
            new Bucket(start, end).pieces().forEach(p -> pieces.add(new SignedPiece(p, 1)));
            return pieces;
        }
        edge(pieces, start, firstWhole, Grain.DAY.floor(start), true);
        new Bucket(firstWhole, lastWhole).pieces().forEach(p -> pieces.add(new SignedPiece(p, 1)));
        edge(pieces, lastWhole, end, lastWhole, false);
        return pieces;
    }

    /** The part {@code [from, to)} of the UTC day at {@code day}: its own pieces, or the day less the rest. */
    private static void edge(List<SignedPiece> into, Instant from, Instant to, Instant day, boolean endOfDay) {
        if (!from.isBefore(to)) {
            return;
        }
        List<RollupPiece> direct = new Bucket(from, to).pieces();
        List<RollupPiece> rest = endOfDay ? new Bucket(day, from).pieces()
                : new Bucket(to, Grain.DAY.next(day)).pieces();
        if (direct.size() <= rest.size() + 1) {
            direct.forEach(p -> into.add(new SignedPiece(p, 1)));
        } else {
            into.add(new SignedPiece(new RollupPiece(Grain.DAY, day), 1));
            rest.forEach(p -> into.add(new SignedPiece(p, -1)));
        }
    }
}
