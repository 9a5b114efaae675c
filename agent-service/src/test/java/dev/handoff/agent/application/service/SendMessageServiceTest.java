package dev.handoff.agent.application.service;

import static dev.handoff.agent.application.service.ChatFixture.ALICE;
import static dev.handoff.agent.application.service.ChatFixture.BOB;
import static dev.handoff.agent.application.service.ChatFixture.OLGA;
import static dev.handoff.agent.application.service.ChatFixture.SUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoff.agent.application.port.in.ChatRefusedException;
import dev.handoff.agent.application.port.in.ChatRefusedException.Reason;
import dev.handoff.agent.application.port.in.InvalidCommandException;
import dev.handoff.agent.application.port.in.QuickReplyRefusedException;
import dev.handoff.agent.application.port.in.SaveQuickReplyCommand;
import dev.handoff.agent.application.port.in.SendMessageCommand;
import dev.handoff.agent.application.port.in.SendQuickReplyCommand;
import dev.handoff.agent.application.port.in.SentMessage;
import dev.handoff.agent.domain.model.Actor;
import dev.handoff.agent.domain.model.AgentNotice;
import dev.handoff.agent.domain.model.QuickReply;
import dev.handoff.agent.domain.model.QuickReplyScope;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.model.Sender;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class SendMessageServiceTest {
    private final ChatFixture f = new ChatFixture();

    private SentMessage send(Actor actor, ConversationId id, String clientMessageId, String text) {
        return f.send.send(new SendMessageCommand(actor, id, clientMessageId, text));
    }

    private static void assertRefused(ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        ChatRefusedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void theHoldersMessageIsStoredNumberedPublishedAsAgentAndShownOnTheirOtherTabs() {
        f.connected(ALICE);
        ConversationId id = f.assigned("c1", ALICE);
        f.visitorWrites(id, "hello?");

        SentMessage sent = send(ALICE, id, "k-1", "  Hi Thandi  ");

        assertThat(sent.created()).isTrue();
        assertThat(sent.message().sequence()).isEqualTo(2);
        assertThat(sent.message().text()).isEqualTo("Hi Thandi");
        assertThat(sent.message().sender()).isEqualTo(Sender.AGENT);
        MessagePosted posted = f.events.published(MessagePosted.class).get(0);
        assertThat(posted.messageId()).isEqualTo(sent.message().messageId());
        assertThat(posted.sender()).isEqualTo(Sender.AGENT);
        assertThat(posted.senderId()).isEqualTo("alice");
        assertThat(posted.senderName()).isEqualTo("Alice");
        assertThat(posted.text()).isEqualTo("Hi Thandi");
        assertThat(f.noticesOf(ALICE)).last().isEqualTo(new AgentNotice.MessageAdded(sent.message()));
    }

    @Test
    void aRepeatWithTheSameClientMessageIdReturnsTheFirstMessageAndPublishesNothing() {
        ConversationId id = f.assigned("c1", ALICE);
        SentMessage first = send(ALICE, id, "k-1", "Hi");
        SentMessage again = send(ALICE, id, "k-1", "Hi (edited on retry)");

        assertThat(again.created()).isFalse();
        assertThat(again.message()).isEqualTo(first.message());
        assertThat(f.events.published(MessagePosted.class)).hasSize(1);
        assertThat(f.messages.of(id)).hasSize(1);
    }

    @Test
    void unknownChatsAndOtherAgentsOrTenantsChatsAreNotFoundAndSupervisorsDoNotWriteInOthersChats() {
        ConversationId id = f.assigned("c1", ALICE);
        assertRefused(() -> send(ALICE, ConversationId.of("nope"), "k", "Hi"), Reason.NOT_FOUND);
        assertRefused(() -> send(BOB, id, "k", "Hi"), Reason.NOT_FOUND);
        assertRefused(() -> send(OLGA, id, "k", "Hi"), Reason.NOT_FOUND);
        assertRefused(() -> send(SUE, id, "k", "Hi"), Reason.NOT_HOLDER);
        assertThat(f.events.published).isEmpty();
    }

    @Test
    void anEndedChatRefusesNewMessagesButARetryOfOneSentBeforeStillGetsIt() {
        ConversationId id = f.assigned("c1", ALICE);
        SentMessage before = send(ALICE, id, "k-1", "Bye");
        f.complete.complete(ALICE, id);

        assertRefused(() -> send(ALICE, id, "k-2", "Anyone?"), Reason.ENDED);
        assertThat(send(ALICE, id, "k-1", "Bye").message()).isEqualTo(before.message());
    }

    @Test
    void emptyOversizedOrKeylessMessagesAreInvalid() {
        ConversationId id = ConversationId.of("c1");
        assertThatThrownBy(() -> send(ALICE, id, "k", " \n "))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.field()).isEqualTo("text"));
        assertThatThrownBy(() -> send(ALICE, id, "k", "x".repeat(4001))).isInstanceOf(InvalidCommandException.class);
        assertThatThrownBy(() -> send(ALICE, id, "", "Hi"))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.field()).isEqualTo("clientMessageId"));
        assertThatThrownBy(() -> send(ALICE, id, "k".repeat(65), "Hi")).isInstanceOf(InvalidCommandException.class);
    }

    @Test
    void aQuickReplyIsSentAsTheAgentsMessageIfTheAgentMaySeeIt() {
        ConversationId id = f.assigned("c1", ALICE);
        QuickReply shared = f.quickReplies.create(
                new SaveQuickReplyCommand(SUE, QuickReplyScope.SHARED, "/hi", "Hello, how can I help?"));
        QuickReply bobs =
                f.quickReplies.create(new SaveQuickReplyCommand(BOB, QuickReplyScope.PERSONAL, "/mine", "Bob's words"));

        SentMessage sent = f.sendQuickReply.send(new SendQuickReplyCommand(ALICE, id, shared.id(), "k-1"));
        assertThat(sent.message().text()).isEqualTo("Hello, how can I help?");
        assertThat(f.events.published(MessagePosted.class))
                .singleElement()
                .satisfies(p -> assertThat(p.text()).isEqualTo("Hello, how can I help?"));

        for (UUID notVisible : new UUID[] {bobs.id(), UUID.randomUUID()}) {
            assertThatThrownBy(() -> f.sendQuickReply.send(new SendQuickReplyCommand(ALICE, id, notVisible, "k-2")))
                    .isInstanceOfSatisfying(
                            QuickReplyRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(QuickReplyRefusedException.Reason.NOT_FOUND));
        }
        assertThat(f.events.published(MessagePosted.class)).hasSize(1);
    }
}
