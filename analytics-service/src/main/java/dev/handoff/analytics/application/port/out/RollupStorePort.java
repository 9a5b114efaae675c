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

/** Stores rollup rows and reads the ones a report is made of. */
public interface RollupStorePort {
    /** Replaces every row of {@code grains} starting within {@code [from, to)} by {@code rows}. */
    void replace(TenantId tenant, List<Grain> grains, Instant from, Instant to, Map<RollupKey, RollupCounts> rows);

    /**
     * The stored rows of these pieces for one dimension.
     *
     * @param value one value of the dimension, or null for all of them
     */
    Map<RollupKey, RollupCounts> read(TenantId tenant, Dimension dimension, String value,
            Collection<RollupPiece> pieces);

    /** Every dimension's rows of {@code grain} starting within {@code [from, to)}, to add them up into coarser rows. */
    Map<RollupKey, RollupCounts> readAll(TenantId tenant, Grain grain, Instant from, Instant to);
}
