package dev.handoff.routing.application.port.in;

import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.routing.domain.model.QueuePlace;
import dev.handoff.shared.id.TenantId;
import java.util.List;

/** Routing itself gives (AUTO) or offers (AUTO_WITH_OFFER) the waiting conversations of a queue to agents. */
public interface AutoAssignUseCase {
    /** Places the first waiting conversation of the queue served after {@code after} (null: the head); one transaction. */
    Placement placeNext(QueueKey queue, QueuePlace after);

    /** The queues of the tenant (null: of every tenant) with conversations waiting and a strategy other than MANUAL. */
    List<QueueKey> queuesToServe(TenantId tenant);
}
