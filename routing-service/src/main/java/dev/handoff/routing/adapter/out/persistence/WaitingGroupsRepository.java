package dev.handoff.routing.adapter.out.persistence;

import dev.handoff.routing.application.port.out.WaitingGroupsPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/** A group-by over the waiting and offered entries only (they are few: the rest are assigned or gone). */
@ApplicationScoped
public class WaitingGroupsRepository implements WaitingGroupsPort {
    private static final String GROUPS =
            "select tenant_id, bot_id, team, count(*) as waiting, min(enqueued_at) as oldest from queue_entry"
                    + " where status in ('WAITING', 'OFFERED') group by tenant_id, bot_id, team";
    private final EntityManager entityManager;

    public WaitingGroupsRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<Row> waitingGroups() {
        return Rows.all(Rows.query(entityManager, GROUPS)).stream()
                .map(r -> new Row(
                        Rows.text(r, "tenant_id"),
                        Rows.text(r, "bot_id"),
                        Rows.text(r, "team"),
                        Rows.whole(r, "waiting"),
                        Rows.instant(r, "oldest")))
                .toList();
    }
}
