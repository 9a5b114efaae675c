package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.in.NoticePage;
import dev.handoff.agent.application.port.in.ReadNoticesUseCase;
import dev.handoff.agent.application.port.out.AgentNoticePort;
import dev.handoff.agent.domain.model.SequencedNotice;
import dev.handoff.shared.id.AgentId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Reads an agent's notices for replay and live delivery. */
@ApplicationScoped
public class ReadNoticesService implements ReadNoticesUseCase {
    private final AgentNoticePort notices;

    public ReadNoticesService(AgentNoticePort notices) {
        this.notices = notices;
    }

    @Override
    @Transactional
    public NoticePage after(AgentId agentId, long afterSeq) {
        // The newest seq first: everything up to it is committed, so the page has no holes but pruned ones.
        long last = notices.lastSeq(agentId);
        if (afterSeq >= last) {
            return new NoticePage(List.of(), last, true);
        }
        List<SequencedNotice> page = notices.between(agentId, Math.max(0, afterSeq), last);
        return new NoticePage(page, last, page.size() == last - Math.max(0, afterSeq));
    }

    @Override
    @Transactional
    public Map<AgentId, Long> lastSeqs(Collection<AgentId> agentIds) {
        return agentIds.isEmpty() ? Map.of() : notices.lastSeqs(agentIds);
    }
}
