package dev.handoff.handoff.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** Row of bot_settings; business hours and origins are stored as JSON text. */
@Entity
@Table(name = "bot_settings")
@IdClass(BotSettingsEntity.Key.class)
public class BotSettingsEntity extends PanacheEntityBase {
    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    @Id
    @Column(name = "bot_id")
    public String botId;

    public boolean enabled;

    @Column(name = "business_hours", columnDefinition = "text")
    public String businessHoursJson;

    @Column(name = "offline_message")
    public String offlineMessage;

    @Column(name = "inactivity_timeout_seconds")
    public long inactivityTimeoutSeconds;

    @Column(name = "end_message")
    public String endMessage;

    @Column(name = "end_button_label")
    public String endButtonLabel;

    @Column(name = "webhook_url")
    public String webhookUrl;

    @Column(name = "webhook_secret")
    public String webhookSecret;

    @Column(name = "allowed_origins", columnDefinition = "text")
    public String allowedOriginsJson;

    @Column(name = "socket_io_enabled")
    public boolean socketIoEnabled;

    @Column(name = "relay_agent_messages", nullable = false)
    public boolean relayAgentMessages;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "avatar_url")
    public String avatarUrl;

    @Column(name = "default_team")
    public String defaultTeam;

    /** Composite key: bot ids are unique within a tenant. */
    public record Key(String tenantId, String botId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
