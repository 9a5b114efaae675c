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
}
