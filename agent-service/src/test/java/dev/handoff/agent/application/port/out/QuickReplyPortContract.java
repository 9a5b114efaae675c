package dev.handoff.agent.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.agent.domain.model.Actor;
import dev.handoff.agent.domain.model.QuickReply;
import dev.handoff.agent.domain.model.QuickReplyScope;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link QuickReplyPort} must do, run against the in-memory fake and the PostgreSQL adapter. */
public abstract class QuickReplyPortContract extends PortContract<QuickReplyPort> {
    private static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");
    private final TenantId tenant = TenantId.of("t-" + UUID.randomUUID());
    private final Actor alice = new Actor(tenant, AgentId.of("alice"), "Alice", false);
    private final Actor bob = new Actor(tenant, AgentId.of("bob"), "Bob", false);
    private final Actor sue = new Actor(tenant, AgentId.of("sue"), "Sue", true);

    private QuickReply saved(Actor author, QuickReplyScope scope, String shortcut) {
        QuickReply reply = QuickReply.create(author, scope, shortcut, "Text of " + shortcut, NINE);
        run(port -> {
            port.lockTenant(tenant);
            port.save(reply);
        });
        return reply;
    }

    private List<QuickReply> visibleTo(TenantId in, Actor agent) {
        return inTransaction(port -> port.visibleTo(in, agent.agentId()));
    }

    private Optional<QuickReply> found(UUID id) {
        return inTransaction(port -> port.find(id));
    }

    @Test
    void eachAgentSeesTheSharedRepliesAndTheirOwnByShortcut() {
        QuickReply thanks = saved(sue, QuickReplyScope.SHARED, "thanks");
        QuickReply alicesHello = saved(alice, QuickReplyScope.PERSONAL, "hello");
        QuickReply bobsBye = saved(bob, QuickReplyScope.PERSONAL, "bye");
        QuickReply greeting = saved(sue, QuickReplyScope.SHARED, "greeting");
        Actor stranger = new Actor(TenantId.of("t-" + UUID.randomUUID()), alice.agentId(), "Alice", false);

        assertThat(visibleTo(tenant, alice)).containsExactly(greeting, alicesHello, thanks);
        assertThat(visibleTo(tenant, bob)).containsExactly(bobsBye, greeting, thanks);
        assertThat(visibleTo(stranger.tenantId(), stranger)).isEmpty();
    }

    @Test
    void aReplyIsFoundByIdChangedInPlaceAndDeleted() {
        QuickReply reply = saved(alice, QuickReplyScope.PERSONAL, "hello");
        assertThat(found(reply.id())).contains(reply);

        QuickReply edited = reply.edited("hi", "Hi there!", NINE.plusSeconds(60));
        run(port -> port.save(edited));
        assertThat(found(reply.id())).contains(edited);
        assertThat(visibleTo(tenant, alice)).containsExactly(edited);

        run(port -> port.delete(reply.id()));
        assertThat(found(reply.id())).isEmpty();
        run(port -> port.delete(reply.id()));
        assertThat(found(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aShortcutIsTakenPerScopeAndOwnerExceptByTheReplyBeingChanged() {
        QuickReply shared = saved(sue, QuickReplyScope.SHARED, "thanks");
        QuickReply personal = saved(alice, QuickReplyScope.PERSONAL, "thanks");

        assertThat(taken(QuickReplyScope.SHARED, null, "thanks", null)).isTrue();
        assertThat(taken(QuickReplyScope.SHARED, null, "thanks", shared.id())).isFalse();
        assertThat(taken(QuickReplyScope.PERSONAL, alice.agentId(), "thanks", null))
                .isTrue();
        assertThat(taken(QuickReplyScope.PERSONAL, alice.agentId(), "thanks", personal.id()))
                .isFalse();
        assertThat(taken(QuickReplyScope.PERSONAL, bob.agentId(), "thanks", null))
                .as("another agent's personal shortcut is free")
                .isFalse();
        assertThat(taken(QuickReplyScope.SHARED, null, "bye", null)).isFalse();
        boolean elsewhere = inTransaction(port -> port.shortcutTaken(
                TenantId.of("t-" + UUID.randomUUID()), QuickReplyScope.SHARED, null, "thanks", null));
        assertThat(elsewhere).isFalse();
    }

    private boolean taken(QuickReplyScope scope, AgentId owner, String shortcut, UUID exceptId) {
        return inTransaction(port -> port.shortcutTaken(tenant, scope, owner, shortcut, exceptId));
    }
}
