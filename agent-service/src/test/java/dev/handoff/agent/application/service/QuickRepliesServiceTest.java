package dev.handoff.agent.application.service;

import static dev.handoff.agent.application.service.ChatFixture.ALICE;
import static dev.handoff.agent.application.service.ChatFixture.BOB;
import static dev.handoff.agent.application.service.ChatFixture.OLGA;
import static dev.handoff.agent.application.service.ChatFixture.SUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoff.agent.application.port.in.InvalidCommandException;
import dev.handoff.agent.application.port.in.QuickReplyRefusedException;
import dev.handoff.agent.application.port.in.QuickReplyRefusedException.Reason;
import dev.handoff.agent.application.port.in.SaveQuickReplyCommand;
import dev.handoff.agent.domain.model.Actor;
import dev.handoff.agent.domain.model.QuickReply;
import dev.handoff.agent.domain.model.QuickReplyScope;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class QuickRepliesServiceTest {
    private final ChatFixture f = new ChatFixture();

    private QuickReply create(Actor actor, QuickReplyScope scope, String shortcut) {
        return f.quickReplies.create(new SaveQuickReplyCommand(actor, scope, shortcut, "text of " + shortcut));
    }

    private static void assertRefused(ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        QuickReplyRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void everyAgentSeesTheTenantsSharedRepliesAndOnlyTheirOwnPersonalOnes() {
        create(SUE, QuickReplyScope.SHARED, "/hi");
        create(ALICE, QuickReplyScope.PERSONAL, "/mine");
        create(BOB, QuickReplyScope.PERSONAL, "/bobs");
        create(OLGA, QuickReplyScope.SHARED, "/theirs");

        assertThat(f.quickReplies.list(ALICE)).extracting(QuickReply::shortcut).containsExactly("/hi", "/mine");
        assertThat(f.quickReplies.list(SUE)).extracting(QuickReply::shortcut).containsExactly("/hi");
    }

    @Test
    void sharedRepliesAreCreatedChangedAndDeletedBySupervisorsOnly() {
        assertRefused(() -> create(ALICE, QuickReplyScope.SHARED, "/hi"), Reason.SUPERVISORS_ONLY);
        QuickReply shared = create(SUE, QuickReplyScope.SHARED, "/hi");
        assertRefused(
                () -> f.quickReplies.update(shared.id(), new SaveQuickReplyCommand(ALICE, null, "/hey", "Hey")),
                Reason.SUPERVISORS_ONLY);
        assertRefused(() -> f.quickReplies.delete(ALICE, shared.id()), Reason.SUPERVISORS_ONLY);

        f.clock.advance(Duration.ofMinutes(1));
        QuickReply edited = f.quickReplies.update(shared.id(), new SaveQuickReplyCommand(SUE, null, "/hey", "Hey"));
        assertThat(edited.updatedAt()).isAfter(edited.createdAt());
        f.quickReplies.delete(SUE, shared.id());
        assertThat(f.quickReplies.list(SUE)).isEmpty();
    }

    @Test
    void anotherAgentsPersonalReplyAndAnotherTenantsReplyAreNotFound() {
        QuickReply alices = create(ALICE, QuickReplyScope.PERSONAL, "/mine");
        QuickReply foreign = create(OLGA, QuickReplyScope.SHARED, "/theirs");
        SaveQuickReplyCommand change = new SaveQuickReplyCommand(SUE, null, "/x", "x");

        assertRefused(() -> f.quickReplies.update(alices.id(), change), Reason.NOT_FOUND);
        assertRefused(() -> f.quickReplies.delete(BOB, alices.id()), Reason.NOT_FOUND);
        assertRefused(() -> f.quickReplies.update(foreign.id(), change), Reason.NOT_FOUND);
        assertRefused(() -> f.quickReplies.delete(SUE, foreign.id()), Reason.NOT_FOUND);
    }

    @Test
    void aShortcutIsUniquePerScopeSharedInTheTenantPersonalPerOwner() {
        create(SUE, QuickReplyScope.SHARED, "/hi");
        assertRefused(() -> create(SUE, QuickReplyScope.SHARED, "/hi"), Reason.SHORTCUT_TAKEN);
        create(ALICE, QuickReplyScope.PERSONAL, "/hi");
        create(BOB, QuickReplyScope.PERSONAL, "/hi");
        assertRefused(() -> create(ALICE, QuickReplyScope.PERSONAL, "/hi"), Reason.SHORTCUT_TAKEN);

        QuickReply other = create(ALICE, QuickReplyScope.PERSONAL, "/other");
        assertRefused(
                () -> f.quickReplies.update(other.id(), new SaveQuickReplyCommand(ALICE, null, "/hi", "x")),
                Reason.SHORTCUT_TAKEN);
        // Keeping its own shortcut is no clash.
        f.quickReplies.update(other.id(), new SaveQuickReplyCommand(ALICE, null, "/other", "new text"));
    }

    @Test
    void aScopeIsRequiredToCreateAndCannotChangeAfterwards() {
        assertThatThrownBy(() -> create(ALICE, null, "/hi"))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.field()).isEqualTo("scope"));
        QuickReply mine = create(SUE, QuickReplyScope.PERSONAL, "/mine");
        assertThatThrownBy(() -> f.quickReplies.update(
                        mine.id(), new SaveQuickReplyCommand(SUE, QuickReplyScope.SHARED, "/mine", "x")))
                .isInstanceOf(InvalidCommandException.class);
        assertThatThrownBy(() -> new SaveQuickReplyCommand(ALICE, QuickReplyScope.PERSONAL, "s".repeat(33), "x"))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.field()).isEqualTo("shortcut"));
        assertThatThrownBy(() -> new SaveQuickReplyCommand(ALICE, QuickReplyScope.PERSONAL, "/s", " "))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.field()).isEqualTo("text"));
    }
}
