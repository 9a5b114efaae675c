package dev.handoff.agent.application.service;

import static dev.handoff.agent.application.service.ChatFixture.ALICE;
import static dev.handoff.agent.application.service.ChatFixture.BOB;
import static dev.handoff.agent.application.service.ChatFixture.SUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.handoff.agent.application.port.in.ChangeSubjectCommand;
import dev.handoff.agent.application.port.in.ChatRefusedException;
import dev.handoff.agent.application.port.in.ChatRefusedException.Reason;
import dev.handoff.agent.application.port.in.InvalidCommandException;
import dev.handoff.agent.application.port.in.SignalTypingCommand;
import dev.handoff.agent.domain.model.AgentConversation;
import dev.handoff.agent.domain.model.AgentNotice;
import dev.handoff.agent.domain.model.EndReason;
import dev.handoff.agent.domain.model.QueueState;
import dev.handoff.shared.event.Completed;
import dev.handoff.shared.event.SubjectChanged;
import dev.handoff.shared.event.Typing;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.model.Sender;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Typing, subject and completion: only the holder, only while the chat lasts. */
class ChatActionsServiceTest {
    private final ChatFixture f = new ChatFixture();

    private static void assertRefused(ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        ChatRefusedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void theHoldersTypingIsPublishedAsAgentTyping() {
        ConversationId id = f.assigned("c1", ALICE);
        f.typing.typing(new SignalTypingCommand(ALICE, id, true));
        f.typing.typing(new SignalTypingCommand(ALICE, id, false));

        assertThat(f.events.published(Typing.class))
                .extracting(Typing::sender, Typing::typing)
                .containsExactly(tuple(Sender.AGENT, true), tuple(Sender.AGENT, false));
        assertRefused(() -> f.typing.typing(new SignalTypingCommand(BOB, id, true)), Reason.NOT_FOUND);
    }

    @Test
    void aNewSubjectIsStoredAndPublishedOnceAndAnUnchangedOneIsNotPublishedAgain() {
        ConversationId id = f.assigned("c1", ALICE);
        assertThat(f.subject.changeSubject(new ChangeSubjectCommand(ALICE, id, "  Double charge ")))
                .isEqualTo("Double charge");
        f.subject.changeSubject(new ChangeSubjectCommand(ALICE, id, "Double charge"));

        assertThat(f.events.published(SubjectChanged.class)).singleElement().satisfies(e -> {
            assertThat(e.subject()).isEqualTo("Double charge");
            assertThat(e.agentId()).isEqualTo(ALICE.agentId());
        });
        assertThat(f.conversations.find(id).flatMap(AgentConversation::subject)).contains("Double charge");
        assertThatThrownBy(() -> new ChangeSubjectCommand(ALICE, id, "s".repeat(201)))
                .isInstanceOf(InvalidCommandException.class);
        assertRefused(() -> f.subject.changeSubject(new ChangeSubjectCommand(SUE, id, "Mine now")), Reason.NOT_HOLDER);
    }

    @Test
    void completingEndsTheChatAtOncePublishesCompletedAndTellsTheHoldersTabs() {
        f.connected(ALICE);
        ConversationId id = f.assigned("c1", ALICE);

        AgentConversation done = f.complete.complete(ALICE, id);

        assertThat(done.state()).isEqualTo(QueueState.ENDED);
        assertThat(done.endReason()).contains(EndReason.COMPLETED);
        assertThat(f.events.published(Completed.class))
                .singleElement()
                .satisfies(e -> assertThat(e.agentId()).isEqualTo(ALICE.agentId()));
        assertThat(f.noticesOf(ALICE)).last().isEqualTo(new AgentNotice.ChatEnded(id, EndReason.COMPLETED));
        assertThat(f.active.activeChats(ALICE)).isEmpty();
        assertThat(f.view.view(ALICE, id).conversation().isEnded()).isTrue();
    }

    @Test
    void ourOwnCompletedComingBackFromKafkaChangesNothingAndTellsNobodyAgain() {
        f.connected(ALICE);
        ConversationId id = f.assigned("c1", ALICE);
        f.complete.complete(ALICE, id);
        int notices = f.noticesOf(ALICE).size();

        f.track.onLifecycle(f.events.published(Completed.class).get(0));

        assertThat(f.noticesOf(ALICE)).hasSize(notices);
    }

    @Test
    void anEndedChatRefusesEverythingButReading() {
        ConversationId id = f.assigned("c1", ALICE);
        f.complete.complete(ALICE, id);

        assertRefused(() -> f.complete.complete(ALICE, id), Reason.ENDED);
        assertRefused(() -> f.typing.typing(new SignalTypingCommand(ALICE, id, true)), Reason.ENDED);
        assertRefused(() -> f.subject.changeSubject(new ChangeSubjectCommand(ALICE, id, "Late")), Reason.ENDED);
        assertThat(f.events.published(Completed.class)).hasSize(1);
    }

    @Test
    void nobodyButTheHolderCompletes() {
        ConversationId id = f.assigned("c1", ALICE);
        assertRefused(() -> f.complete.complete(BOB, id), Reason.NOT_FOUND);
        assertRefused(() -> f.complete.complete(SUE, id), Reason.NOT_HOLDER);
        assertRefused(
                () -> f.complete.complete(
                        ALICE, ConversationId.of(UUID.randomUUID().toString())),
                Reason.NOT_FOUND);
    }
}
