package dev.handoff.agent.application.port.out;

import dev.handoff.agent.application.port.in.TenantWorkload;
import java.util.List;

/** Counts over the presence snapshot and the assigned chats, per tenant with any of either. */
public interface WorkloadPort {
    List<TenantWorkload> perTenant();
}
