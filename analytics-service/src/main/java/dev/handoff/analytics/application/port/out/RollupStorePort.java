package dev.handoff.analytics.application.port.out;

import dev.handoff.analytics.domain.model.Dimension;
import dev.handoff.analytics.domain.model.Grain;
import dev.handoff.analytics.domain.model.RollupCounts;
import dev.handoff.analytics.domain.model.RollupKey;
import dev.handoff.analytics.domain.model.RollupPiece;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Stores rollup rows and reads the ones a report is made of. */
public interface RollupStorePort {
    /** Replaces every row of {@code grains} starting within {@code [from, to)} by {@code rows}. */
    void replace(TenantId tenant, List<Grain> grains, Instant from, Instant to, Map<RollupKey, RollupCounts> rows);

    /**
     * Adds the stored rows of these pieces for one dimension into the counts {@code into} gives for each row's key,
     * without making counts of every row first (a year in a zone off UTC is thousands of rows).
     *
     * @param value one value of the dimension, or null for all of them
     */
    void addUp(
            TenantId tenant,
            Dimension dimension,
            String value,
            Collection<RollupPiece> pieces,
            Function<RollupKey, RollupCounts> into);

    /** Adds every dimension's rows of {@code grain} starting within {@code [from, to)} into the counts of their keys. */
    void addUpAll(TenantId tenant, Grain grain, Instant from, Instant to, Function<RollupKey, RollupCounts> into);
}
