package dev.handoff.notification.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of agent_preference. */
@Entity
@Table(name = "agent_preference")
@IdClass(AgentRow.Key.class)
public class AgentPreferenceEntity extends AgentRow {
    @Column(name = "email_new_request")
    public boolean emailNewRequest;

    @Column(name = "email_still_waiting")
    public boolean emailStillWaiting;

    @Column(name = "email_visitor_message")
    public boolean emailVisitorMessage;

    @Column(name = "desktop_new_request")
    public boolean desktopNewRequest;

    @Column(name = "desktop_visitor_message")
    public boolean desktopVisitorMessage;

    public boolean sound;

    @Column(name = "mail_language")
    public String mailLanguage;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
