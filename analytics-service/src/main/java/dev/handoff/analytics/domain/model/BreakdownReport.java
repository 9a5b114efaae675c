package dev.handoff.analytics.domain.model;

import java.util.List;

/**
 * A period's figures per value of one dimension (per bot, team, agent, channel or language), busiest first, and
 * for the whole tenant. The value {@link Dimension#NONE} collects chats without one (no team, never accepted...).
 */
public record BreakdownReport(ReportPeriod period, Dimension dimension, Metrics totals, List<Row> rows) {

    /**
     * One value's figures.
     *
     * @param label what to show for the value: an agent's name, else the value itself
     */
    public record Row(String value, String label, Metrics metrics) {}
}
