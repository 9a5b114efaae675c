package dev.handoff.notification.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** Row of notification_bot_setting: a bot's own waiting threshold. */
@Entity
@Table(name = "notification_bot_setting")
@IdClass(BotSettingEntity.Key.class)
public class BotSettingEntity extends PanacheEntityBase {
    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    @Id
    @Column(name = "bot_id")
    public String botId;

    @Column(name = "waiting_after_seconds", nullable = false)
    public int waitingAfterSeconds;

    /** Composite key: a bot id is unique within its tenant. */
    public record Key(String tenantId, String botId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
