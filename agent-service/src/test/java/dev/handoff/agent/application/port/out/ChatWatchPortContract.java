package dev.handoff.agent.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link ChatWatchPort} must do, run against the in-memory fake and the PostgreSQL adapter. */
public abstract class ChatWatchPortContract extends PortContract<ChatWatchPort> {
    private static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");
    private final TenantId tenant = TenantId.of("t-" + UUID.randomUUID());
    private final String staff = "s-" + UUID.randomUUID();
    private final AgentId sue = AgentId.of(staff + "-sue");
    private final AgentId ann = AgentId.of(staff + "-ann");

    /** The conversation is known, as it always is before a supervisor may watch it. */
    protected abstract void conversationExists(ConversationId id, TenantId tenant);

    private ConversationId chat() {
        ConversationId id = ConversationId.of("c-" + UUID.randomUUID());
        conversationExists(id, tenant);
        return id;
    }

    private List<AgentId> watchersOf(ConversationId chat) {
        return inTransaction(port -> port.watchersOf(chat));
    }

    private boolean stopped(AgentId supervisor) {
        return inTransaction(port -> port.stop(supervisor));
    }

    @Test
    void aChatsWatchersAreListedById() {
        ConversationId chat = chat();
        assertThat(watchersOf(chat)).isEmpty();
        run(port -> port.watch(sue, tenant, chat, NINE));
        run(port -> port.watch(ann, tenant, chat, NINE.plusSeconds(1)));

        assertThat(watchersOf(chat)).containsExactly(ann, sue);
    }

    @Test
    void aSupervisorWatchesOneChatAtATime() {
        ConversationId first = chat();
        ConversationId second = chat();
        run(port -> port.watch(sue, tenant, first, NINE));
        run(port -> port.watch(sue, tenant, second, NINE.plusSeconds(60)));

        assertThat(watchersOf(first)).isEmpty();
        assertThat(watchersOf(second)).containsExactly(sue);
    }

    @Test
    void stoppingSaysWhetherTheSupervisorWatchedAnything() {
        ConversationId chat = chat();
        run(port -> port.watch(sue, tenant, chat, NINE));

        assertThat(stopped(sue)).isTrue();
        assertThat(stopped(sue)).isFalse();
        assertThat(watchersOf(chat)).isEmpty();
    }
}
