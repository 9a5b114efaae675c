package dev.handoff.agent.application.port.in;

import java.util.List;

/** Reads every tenant's agents online, busy agents and active chats, for operators' gauges. */
public interface ReadWorkloadUseCase {
    List<TenantWorkload> read();
}
