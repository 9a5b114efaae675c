package dev.handoff.analytics.domain.model;

import java.time.Instant;
import java.util.List;

/**
 * Everything one tenant's rollups of a window are made from.
 *
 * @param chats the chats that started in the window
 * @param refusals the refusals in the window
 * @param spans agents' sign-in spans overlapping the window
 * @param holds agents' chat holds overlapping the window
 */
public record RollupSource(
        Instant from,
        Instant to,
        List<FactState> chats,
        List<Refusal> refusals,
        List<AgentSpan> spans,
        List<ChatHold> holds) {
    public RollupSource {
        chats = List.copyOf(chats);
        refusals = List.copyOf(refusals);
        spans = List.copyOf(spans);
        holds = List.copyOf(holds);
    }
}
