package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.in.ReadWorkloadUseCase;
import dev.handoff.agent.application.port.in.TenantWorkload;
import dev.handoff.agent.application.port.out.WorkloadPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** One read-only transaction, so the three counts agree with each other. */
@ApplicationScoped
public class ReadWorkloadService implements ReadWorkloadUseCase {
    private final WorkloadPort workload;

    ReadWorkloadService(WorkloadPort workload) {
        this.workload = workload;
    }

    @Override
    @Transactional
    public List<TenantWorkload> read() {
        return workload.perTenant();
    }
}
