package dev.handoff.agent.application.service;

import static dev.handoff.agent.application.service.ChatFixture.ALICE;
import static dev.handoff.agent.application.service.ChatFixture.BOB;
import static dev.handoff.agent.application.service.ChatFixture.OLGA;
import static dev.handoff.agent.application.service.ChatFixture.SUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.handoff.agent.application.port.in.ChatRefusedException;
import dev.handoff.agent.application.port.in.ChatView;
import dev.handoff.agent.application.port.in.MarkChatReadCommand;
import dev.handoff.agent.application.port.in.ReadState;
import dev.handoff.agent.application.port.in.SendMessageCommand;
import dev.handoff.agent.domain.model.Actor;
import dev.handoff.agent.domain.model.ChatMessage;
import dev.handoff.agent.domain.model.ChatSummary;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.model.Sender;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Active chats list, one chat's view, and read marks. */
class ChatReadingServiceTest {
    private final ChatFixture f = new ChatFixture();

    @Test
    void theListHasTheCallersActiveChatsOldestFirstWithPreviewAndUnreadVisitorMessages() {
        ConversationId first = f.assigned("c1", ALICE);
        f.clock.advance(Duration.ofSeconds(5));
        ConversationId second = f.assigned("c2", ALICE);
        f.assigned("c3", BOB);
        f.visitorWrites(first, "one");
        f.visitorWrites(first, "two");
        f.send.send(new SendMessageCommand(ALICE, first, "k", "Hi"));

        List<ChatSummary> chats = f.active.activeChats(ALICE);

        assertThat(chats).extracting(ChatSummary::conversationId).containsExactly(first, second);
        assertThat(chats.get(0).preview()).isEqualTo("Hi");
        assertThat(chats.get(0).unread()).isEqualTo(2);
        assertThat(chats.get(0).visitorName()).isEqualTo("Thandi");
        // Without live messages the preview is the bot conversation's last line.
        assertThat(chats.get(1).preview()).isEqualTo("Connecting you");
        assertThat(chats.get(1).unread()).isZero();
    }

    @Test
    void theReadMarkMovesForwardOnlyAndLeavesNewerMessagesUnread() {
        ConversationId id = f.assigned("c1", ALICE);
        f.visitorWrites(id, "one");
        f.visitorWrites(id, "two");

        assertThat(f.read.markRead(new MarkChatReadCommand(ALICE, id, 1L))).isEqualTo(new ReadState(1, 1));
        assertThat(f.read.markRead(new MarkChatReadCommand(ALICE, id, 0L))).isEqualTo(new ReadState(1, 1));
        assertThat(f.read.markRead(new MarkChatReadCommand(ALICE, id, 99L))).isEqualTo(new ReadState(2, 0));
        f.visitorWrites(id, "three");
        assertThat(f.active.activeChats(ALICE).get(0).unread()).isEqualTo(1);
        assertThat(f.read.markRead(new MarkChatReadCommand(ALICE, id, null))).isEqualTo(new ReadState(3, 0));
    }

    @Test
    void theViewHasTheHandoffDetailsAndEveryLiveMessageInOrder() {
        ConversationId id = f.assigned("c1", ALICE);
        f.visitorWrites(id, "hello?");
        f.send.send(new SendMessageCommand(ALICE, id, "k", "Hi"));

        ChatView view = f.view.view(ALICE, id);

        assertThat(view.conversation().details().orElseThrow().botHistory()).hasSize(2);
        assertThat(view.messages())
                .extracting(ChatMessage::sender, ChatMessage::text)
                .containsExactly(tuple(Sender.VISITOR, "hello?"), tuple(Sender.AGENT, "Hi"));
        assertThat(view.messages().get(0).senderName()).isEqualTo("Thandi");
        assertThat(view.unread()).isEqualTo(1);
    }

    @Test
    void supervisorsOfTheTenantReadAnyChatAndNobodyElseButTheHolderDoes() {
        ConversationId id = f.assigned("c1", ALICE);
        assertThat(f.view.view(SUE, id).conversation().id()).isEqualTo(id);
        for (Actor stranger : new Actor[] {BOB, OLGA}) {
            assertThatThrownBy(() -> f.view.view(stranger, id)).isInstanceOf(ChatRefusedException.class);
        }
        assertThatThrownBy(() -> f.read.markRead(new MarkChatReadCommand(BOB, id, null)))
                .isInstanceOf(ChatRefusedException.class);
    }
}
