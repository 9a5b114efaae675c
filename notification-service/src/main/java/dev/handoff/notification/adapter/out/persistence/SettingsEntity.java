package dev.handoff.notification.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of notification_settings: one tenant's thresholds, in seconds. */
@Entity
@Table(name = "notification_settings")
public class SettingsEntity extends PanacheEntityBase {
    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "mail_agents", nullable = false)
    public boolean mailAgents;

    @Column(name = "waiting_after_seconds", nullable = false)
    public int waitingAfterSeconds;

    @Column(name = "escalate_after_seconds")
    public Integer escalateAfterSeconds;

    @Column(name = "batch_window_seconds", nullable = false)
    public int batchWindowSeconds;

    @Column(name = "idle_after_seconds", nullable = false)
    public int idleAfterSeconds;

    @Column(nullable = false)
    public String language;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
