package dev.handoff.analytics.domain.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A span of a report, {@code [start, end)}, made of whole rollup spans. */
public record Bucket(Instant start, Instant end) {

    /** The grains a bucket is cut into, coarsest first; quarters fill what none of them fits. */
    private static final Grain[] WHOLE = {Grain.MONTH, Grain.DAY, Grain.SIX_HOURS, Grain.HOUR};
    /** The grains whose span may enclose an edge of a bucket, to be read less what lies outside the edge. */
    private static final Grain[] ENCLOSING = {Grain.DAY, Grain.SIX_HOURS, Grain.HOUR};

    /**
     * The fewest rollup spans that exactly cover the bucket: whole UTC months where they fit, days, six-hour blocks
     * and hours around them, quarters at the edges of zones whose offset is not a whole hour.
     */
    public List<RollupPiece> pieces() {
        List<RollupPiece> pieces = new ArrayList<>();
        Instant at = start;
        while (at.isBefore(end)) {
            Grain grain = Grain.QUARTER;
            for (Grain candidate : WHOLE) {
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
     * The pieces to add and take away that make the bucket with the fewest rows: an edge that is part of a UTC day
     * may be read as a coarser span less what lies outside it, and that remainder again the same way. A day in
     * Kolkata (UTC+5:30) is its UTC day less the 18:00 block plus two quarters, and the previous day's 18:00 block
     * less two quarters: 7 rows instead of 27. The end edge is read as its day less the rest even at one row more,
     * because the rest is the next bucket's start edge: a year by day in Kolkata reads 4 rows a day, about 1,500.
     * Rows add up exactly (counts and sketch bins alike), so the difference is exact.
     */
    public List<SignedPiece> signedPieces() {
        Instant firstWhole = Grain.DAY.startsAt(start) ? start : Grain.DAY.next(Grain.DAY.floor(start));
        Instant lastWhole = Grain.DAY.floor(end);
        List<SignedPiece> pieces = new ArrayList<>();
        if (firstWhole.isAfter(lastWhole)) {
            pieces.addAll(cover(start, end, Grain.MONTH, 1, 0));
            return pieces;
        }
        pieces.addAll(cover(start, firstWhole, Grain.MONTH, 1, 0));
        new Bucket(firstWhole, lastWhole).pieces().forEach(p -> pieces.add(new SignedPiece(p, 1)));
        pieces.addAll(cover(lastWhole, end, Grain.MONTH, 1, 1));
        return pieces;
    }

    /**
     * The fewest signed pieces making {@code [from, to)} with {@code sign}: its own pieces, or a span of a grain finer
     * than {@code below} that encloses it, less the covers of what lies before and after it within that span; the
     * enclosing form wins at up to {@code slack} rows more.
     */
    private static List<SignedPiece> cover(Instant from, Instant to, Grain below, int sign, int slack) {
        List<SignedPiece> best = new ArrayList<>();
        if (!from.isBefore(to)) {
            return best;
        }
        new Bucket(from, to).pieces().forEach(p -> best.add(new SignedPiece(p, sign)));
        for (Grain grain : ENCLOSING) {
            if (grain.compareTo(below) >= 0 || best.size() == 1) {
                continue;
            }
            Instant spanStart = grain.floor(from);
            Instant spanEnd = grain.next(spanStart);
            if (to.isAfter(spanEnd)) {
                continue;
            }
            List<SignedPiece> enclosed = new ArrayList<>();
            enclosed.add(new SignedPiece(new RollupPiece(grain, spanStart), sign));
            enclosed.addAll(cover(spanStart, from, grain, -sign, 0));
            enclosed.addAll(cover(to, spanEnd, grain, -sign, 0));
            // Without slack a tie keeps the plain pieces: a piece taken away is read into counts of its own first.
            if (enclosed.size() < best.size() + slack) {
                best.clear();
                best.addAll(enclosed);
            }
        }
        return best;
    }
}
