package dev.handoff.analytics.domain.model;

import dev.handoff.shared.id.AgentId;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Makes a window's rollup rows from its chats, refusals and agents' time: one row per span of each grain asked for
 * and per value of each dimension. Rebuilding a window from what is stored, rather than adding each event to a row,
 * is what makes a late or replayed event count exactly once.
 */
public final class RollupBuilder {
    private RollupBuilder() {}

    /** The rows of every span of {@code grains} within the source's window; empty rows are left out. */
    public static Map<RollupKey, RollupCounts> build(RollupSource source, List<Grain> grains, Instant now) {
        Map<RollupKey, RollupCounts> rows = new LinkedHashMap<>();
        for (Grain grain : grains) {
            for (Instant start = source.from(); start.isBefore(source.to()); start = grain.next(start)) {
                addSpan(rows, source, grain, start, now);
            }
        }
        rows.values().removeIf(RollupCounts::isEmpty);
        return rows;
    }

    /**
     * The rows of every span of {@code grains} that the finer rows fall in (a day's six-hour blocks and the day from
     * its hours, a month from its days), each finer row added into the span of each grain holding its start: the same
     * chats, refusals and agents' time, counted once each as in the finer rows. Empty rows are left out.
     */
    public static Map<RollupKey, RollupCounts> sumByGrain(Map<RollupKey, RollupCounts> finer, List<Grain> grains) {
        Map<RollupKey, RollupCounts> rows = new LinkedHashMap<>();
        for (Grain grain : grains) {
            finer.forEach((key, counts) -> row(rows, grain, grain.floor(key.start()), key.dimension(), key.value())
                    .merge(counts));
        }
        rows.values().removeIf(RollupCounts::isEmpty);
        return rows;
    }

    /** For a finer row's key, the counts of the row of {@code grain} at {@code start} (in {@code rows}) it adds into. */
    public static Function<RollupKey, RollupCounts> coarser(
            Map<RollupKey, RollupCounts> rows, Grain grain, Instant start) {
        return finer -> row(rows, grain, start, finer.dimension(), finer.value());
    }

    private static void addSpan(
            Map<RollupKey, RollupCounts> rows, RollupSource source, Grain grain, Instant start, Instant now) {
        Instant end = grain.next(start);
        for (FactState chat : source.chats()) {
            if (within(chat.startedAt(), start, end)) {
                for (Dimension dimension : Dimension.values()) {
                    row(rows, grain, start, dimension, chat.valueOf(dimension)).add(chat);
                }
            }
        }
        for (Refusal refusal : source.refusals()) {
            if (refusal.outsideHours() && within(refusal.at(), start, end)) {
                for (Dimension dimension : Dimension.values()) {
                    row(rows, grain, start, dimension, refusal.valueOf(dimension))
                            .addRefusalOutsideHours();
                }
            }
        }
        addAgentTime(rows, source, grain, start, end, now);
    }

    private static void addAgentTime(
            Map<RollupKey, RollupCounts> rows,
            RollupSource source,
            Grain grain,
            Instant start,
            Instant end,
            Instant now) {
        Map<AgentId, List<AgentSpan>> spans =
                source.spans().stream().collect(Collectors.groupingBy(AgentSpan::agentId));
        Map<AgentId, List<ChatHold>> holds =
                new HashMap<>(source.holds().stream().collect(Collectors.groupingBy(ChatHold::agentId)));
        spans.forEach((agent, agentSpans) -> {
            AgentTime time = AgentTime.within(
                    agent,
                    start.toEpochMilli(),
                    end.toEpochMilli(),
                    now.toEpochMilli(),
                    agentSpans,
                    holds.getOrDefault(agent, List.of()));
            if (time.onlineMillis() == 0) {
                return;
            }
            row(rows, grain, start, Dimension.ALL, Dimension.NONE)
                    .addAgentTime(time.onlineMillis(), time.occupiedMillis());
            row(rows, grain, start, Dimension.AGENT, agent.value())
                    .addAgentTime(time.onlineMillis(), time.occupiedMillis());
            // The teams of the agent's latest span in the window (a quarter or an hour: coarser rows add up hours):
            // a team change mid-span is rare and short.
            List<String> teams = agentSpans.get(agentSpans.size() - 1).teams();
            for (String team : teams.isEmpty() ? List.of(Dimension.NONE) : teams) {
                row(rows, grain, start, Dimension.TEAM, team).addAgentTime(time.onlineMillis(), time.occupiedMillis());
            }
        });
    }

    private static RollupCounts row(
            Map<RollupKey, RollupCounts> rows, Grain grain, Instant start, Dimension dimension, String value) {
        return rows.computeIfAbsent(new RollupKey(grain, start, dimension, value), k -> new RollupCounts());
    }

    private static boolean within(Instant at, Instant start, Instant end) {
        return at != null && !at.isBefore(start) && at.isBefore(end);
    }
}
