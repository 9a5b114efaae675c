package dev.handoff.analytics.application.service;

import dev.handoff.analytics.application.port.in.MetricsQuery;
import dev.handoff.analytics.application.port.in.ReadMetricsUseCase;
import dev.handoff.analytics.application.port.out.AgentNamesPort;
import dev.handoff.analytics.application.port.out.RollupStorePort;
import dev.handoff.analytics.domain.model.BreakdownReport;
import dev.handoff.analytics.domain.model.Bucket;
import dev.handoff.analytics.domain.model.Dimension;
import dev.handoff.analytics.domain.model.Metrics;
import dev.handoff.analytics.domain.model.MetricsReport;
import dev.handoff.analytics.domain.model.ReportPeriod;
import dev.handoff.analytics.domain.model.RollupCounts;
import dev.handoff.analytics.domain.model.RollupPiece;
import dev.handoff.analytics.domain.model.SignedPiece;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Adds up the rollup rows each bucket is made of: one read per report, whatever the period. */
@ApplicationScoped
public class ReadMetricsService implements ReadMetricsUseCase {
    /** Agents' time is kept per agent and team (and for the tenant); bots, channels and languages have none. */
    private static final Set<Dimension> WITH_OCCUPANCY = Set.of(Dimension.ALL, Dimension.AGENT, Dimension.TEAM);

    private final RollupStorePort store;
    private final AgentNamesPort agentNames;

    ReadMetricsService(RollupStorePort store, AgentNamesPort agentNames) {
        this.store = store;
        this.agentNames = agentNames;
    }

    @Override
    @Transactional
    public MetricsReport metrics(MetricsQuery query) {
        List<Bucket> buckets = query.period().buckets();
        // Which buckets each piece adds into or is taken from; a piece shared by buckets or taken away is read into
        // counts of its own first, the others straight into their bucket's.
        Map<RollupPiece, List<int[]>> uses = new HashMap<>();
        for (int i = 0; i < buckets.size(); i++) {
            for (SignedPiece signed : buckets.get(i).signedPieces()) {
                uses.computeIfAbsent(signed.piece(), p -> new ArrayList<>()).add(new int[] {i, signed.sign()});
            }
        }
        List<RollupCounts> sums = new ArrayList<>();
        buckets.forEach(b -> sums.add(new RollupCounts()));
        Map<RollupPiece, RollupCounts> shared = new HashMap<>();
        store.addUp(query.tenantId(), query.dimension(), query.value(), uses.keySet(), key -> {
            RollupPiece piece = new RollupPiece(key.grain(), key.start());
            List<int[]> of = uses.get(piece);
            return of.size() == 1 && of.get(0)[1] == 1
                    ? sums.get(of.get(0)[0])
                    : shared.computeIfAbsent(piece, p -> new RollupCounts());
        });
        shared.forEach((piece, counts) -> {
            for (int[] use : uses.get(piece)) {
                if (use[1] > 0) {
                    sums.get(use[0]).merge(counts);
                } else {
                    sums.get(use[0]).subtract(counts);
                }
            }
        });
        RollupCounts total = new RollupCounts();
        sums.forEach(total::merge);
        boolean occupancy = WITH_OCCUPANCY.contains(query.dimension());
        List<MetricsReport.BucketMetrics> series = new ArrayList<>();
        for (int i = 0; i < buckets.size(); i++) {
            series.add(new MetricsReport.BucketMetrics(buckets.get(i), Metrics.of(sums.get(i), occupancy)));
        }
        return new MetricsReport(
                query.period(), query.dimension(), query.value(), Metrics.of(total, occupancy), series);
    }

    @Override
    @Transactional
    public BreakdownReport breakdown(TenantId tenant, ReportPeriod period, Dimension by) {
        if (by == Dimension.ALL) {
            throw new IllegalArgumentException("a breakdown is by bot, team, agent, channel or language");
        }
        List<RollupPiece> pieces = period.whole().pieces();
        Map<String, RollupCounts> byValue = new LinkedHashMap<>();
        store.addUp(tenant, by, null, pieces, key -> byValue.computeIfAbsent(key.value(), v -> new RollupCounts()));
        RollupCounts total = new RollupCounts();
        store.addUp(tenant, Dimension.ALL, Dimension.NONE, pieces, key -> total);
        boolean occupancy = WITH_OCCUPANCY.contains(by);
        Map<String, String> labels = by == Dimension.AGENT ? agentNames.namesOf(tenant, byValue.keySet()) : Map.of();
        List<BreakdownReport.Row> rows = byValue.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, RollupCounts> e) -> e.getValue().requests)
                        .reversed()
                        .thenComparing(Map.Entry::getKey))
                .map(e -> new BreakdownReport.Row(
                        e.getKey(), labels.getOrDefault(e.getKey(), e.getKey()), Metrics.of(e.getValue(), occupancy)))
                .toList();
        return new BreakdownReport(period, by, Metrics.of(total, occupancy), rows);
    }
}
