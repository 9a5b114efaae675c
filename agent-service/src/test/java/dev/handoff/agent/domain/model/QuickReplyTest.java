package dev.handoff.agent.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class QuickReplyTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final Actor ALICE = new Actor(TenantId.of("acme"), AgentId.of("alice"), "Alice", false);
    private static final Actor BOB = new Actor(TenantId.of("acme"), AgentId.of("bob"), "Bob", false);
    private static final Actor SUE = new Actor(TenantId.of("acme"), AgentId.of("sue"), "Sue", true);
    private static final Actor OTHER = new Actor(TenantId.of("other"), AgentId.of("olga"), "Olga", true);

    @Test
    void personalRepliesAreTheirOwnersOnlyAndSharedOnesTheWholeTenants() {
        QuickReply mine = QuickReply.create(ALICE, QuickReplyScope.PERSONAL, "/hi", "Hello!", T0);
        QuickReply shared = QuickReply.create(SUE, QuickReplyScope.SHARED, "/bye", "Goodbye!", T0);

        assertThat(mine.ownerId()).isEqualTo(ALICE.agentId());
        assertThat(shared.ownerId()).isNull();
        assertThat(mine.visibleTo(ALICE)).isTrue();
        assertThat(mine.visibleTo(BOB)).isFalse();
        assertThat(mine.visibleTo(SUE)).isFalse();
        assertThat(shared.visibleTo(BOB)).isTrue();
        assertThat(shared.visibleTo(OTHER)).isFalse();
    }

    @Test
    void onlySupervisorsManageSharedReplies() {
        assertThat(QuickReply.mayManage(ALICE, QuickReplyScope.PERSONAL)).isTrue();
        assertThat(QuickReply.mayManage(ALICE, QuickReplyScope.SHARED)).isFalse();
        assertThat(QuickReply.mayManage(SUE, QuickReplyScope.SHARED)).isTrue();
    }

    @Test
    void shortcutsHave1To32AndTexts1To2000CharactersAfterTrimming() {
        QuickReply r = QuickReply.create(ALICE, QuickReplyScope.PERSONAL, "  /hi ", " Hello! ", T0);
        assertThat(r.shortcut()).isEqualTo("/hi");
        assertThat(r.text()).isEqualTo("Hello!");
        assertThat(QuickReply.shortcut("s".repeat(32))).hasSize(32);
        assertThatThrownBy(() -> QuickReply.shortcut("s".repeat(33))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuickReply.shortcut(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(QuickReply.text("t".repeat(2000))).hasSize(2000);
        assertThatThrownBy(() -> QuickReply.text("t".repeat(2001))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEditKeepsIdScopeOwnerAndCreationTime() {
        QuickReply r = QuickReply.create(ALICE, QuickReplyScope.PERSONAL, "/hi", "Hello!", T0);
        QuickReply edited = r.edited("/hello", "Hello there!", T0.plusSeconds(60));
        assertThat(edited.id()).isEqualTo(r.id());
        assertThat(edited.ownerId()).isEqualTo(r.ownerId());
        assertThat(edited.createdAt()).isEqualTo(T0);
        assertThat(edited.updatedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(edited.shortcut()).isEqualTo("/hello");
    }
}
