package dev.handoff.agent.domain.model;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A canned answer an agent sends with one click, found by its shortcut.
 *
 * @param ownerId the owner of a personal reply; null for a shared one
 */
public record QuickReply(
        UUID id,
        TenantId tenantId,
        QuickReplyScope scope,
        AgentId ownerId,
        String shortcut,
        String text,
        Instant createdAt,
        Instant updatedAt) {
    public static final int MAX_SHORTCUT = 32;
    public static final int MAX_TEXT = 2000;

    public QuickReply {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if ((scope == QuickReplyScope.PERSONAL) != (ownerId != null)) {
            throw new IllegalArgumentException("a personal reply has an owner, a shared one none");
        }
        shortcut = shortcut(shortcut);
        text = text(text);
    }

    /** A new reply of {@code author}: personal ones are theirs, shared ones nobody's. */
    public static QuickReply create(Actor author, QuickReplyScope scope, String shortcut, String text, Instant now) {
        return new QuickReply(
                UUID.randomUUID(),
                author.tenantId(),
                scope,
                scope == QuickReplyScope.PERSONAL ? author.agentId() : null,
                shortcut,
                text,
                now,
                now);
    }

    public static String shortcut(String raw) {
        return Texts.required(raw, MAX_SHORTCUT, "shortcut");
    }

    public static String text(String raw) {
        return Texts.required(raw, MAX_TEXT, "text");
    }

    public QuickReply edited(String newShortcut, String newText, Instant now) {
        return new QuickReply(id, tenantId, scope, ownerId, newShortcut, newText, createdAt, now);
    }

    /** Shared replies of the actor's tenant and the actor's own personal ones; nobody else's. */
    public boolean visibleTo(Actor actor) {
        return tenantId.equals(actor.tenantId())
                && (scope == QuickReplyScope.SHARED || actor.agentId().equals(ownerId));
    }

    /** Whether {@code actor} may create, change or delete a reply of {@code scope}. */
    public static boolean mayManage(Actor actor, QuickReplyScope scope) {
        return scope == QuickReplyScope.PERSONAL || actor.supervisor();
    }
}
