package dev.handoff.notification.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** Row of notification_recipient: one address of one tenant, at its place in the list. */
@Entity
@Table(name = "notification_recipient")
@IdClass(RecipientEntity.Key.class)
public class RecipientEntity extends PanacheEntityBase {
    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    @Id
    public String email;

    @Column(nullable = false)
    public int position;

    /** Composite key: an address appears once per tenant. */
    public record Key(String tenantId, String email) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
