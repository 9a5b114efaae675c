package dev.handoff.handoff.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoff.handoff.application.port.in.ChatNotOpenException;
import dev.handoff.handoff.application.port.in.PostVisitorMessageCommand;
import dev.handoff.handoff.application.port.in.PostedVisitorMessage;
import dev.handoff.handoff.application.port.in.UnknownConversationException;
import dev.handoff.handoff.domain.model.Conversation;
import dev.handoff.handoff.domain.model.ConversationStatus;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.VisitorInfo;
import dev.handoff.testinfra.MutableClock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What a visitor's send reads decides its answer: whose chat it is, whether it is open, whether it has the message. */
class PostVisitorMessageServiceTest {
    private static final TenantId TENANT = TenantId.of("demo");
    private static final ConversationId CHAT = ConversationId.of("c-1");
    private static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");

    private final InMemoryHandoffPorts ports = new InMemoryHandoffPorts();
    private final PostVisitorMessageService post = ports.postVisitorMessages(new MutableClock(NINE));

    private void stored(ConversationStatus status, VisitorInfo visitor) {
        ports.saveConversation.save(
                new Conversation(CHAT, TENANT, BotId.of("demo-bot"), visitor, "zu", null, 0, NINE, status, NINE));
    }

    private PostedVisitorMessage send(TenantId tenant, String clientMessageId) {
        return post.post(new PostVisitorMessageCommand(tenant, CHAT, clientMessageId, "Sawubona"));
    }

    /** The message posted and consumed, as the feed would hold it after the first send. */
    private void consumed() {
        ports.sentNow.stream().map(MessagePosted.class::cast).forEach(ports.recordChatMessages()::onMessagePosted);
    }

    @Test
    void theMessageCarriesTheChatsTenantLanguageAndVisitorName() {
        stored(ConversationStatus.WAITING, new VisitorInfo("Thandi", null, null, null));
        PostedVisitorMessage posted = send(TENANT, "m-1");
        assertThat(ports.sentNow).singleElement().isInstanceOfSatisfying(MessagePosted.class, m -> {
            assertThat(m.tenantId()).isEqualTo(TENANT);
            assertThat(m.conversationId()).isEqualTo(CHAT);
            assertThat(m.messageId()).isEqualTo(posted.messageId());
            assertThat(m.sender()).isEqualTo(Sender.VISITOR);
            assertThat(m.senderName()).isEqualTo("Thandi");
            assertThat(m.language()).isEqualTo("zu");
        });
    }

    @Test
    void aVisitorWithoutANameWritesAsAnonymous() {
        stored(ConversationStatus.ASSIGNED, new VisitorInfo(" ", null, null, null));
        send(TENANT, "m-1");
        assertThat(ports.sentNow)
                .singleElement()
                .isInstanceOfSatisfying(
                        MessagePosted.class, m -> assertThat(m.senderName()).isEqualTo(VisitorInfo.ANONYMOUS));
    }

    @Test
    void anotherTenantsChatIsUnknownEvenForAMessageItHolds() {
        stored(ConversationStatus.WAITING, null);
        send(TENANT, "m-1");
        consumed();
        assertThatThrownBy(() -> send(TenantId.of("other"), "m-1")).isInstanceOf(UnknownConversationException.class);
        assertThatThrownBy(() -> send(TenantId.of("other"), "m-2")).isInstanceOf(UnknownConversationException.class);
        assertThat(ports.sentNow).hasSize(1);
    }

    @Test
    void aChatThatDoesNotExistIsUnknown() {
        assertThatThrownBy(() -> send(TENANT, "m-1")).isInstanceOf(UnknownConversationException.class);
        assertThat(ports.sentNow).isEmpty();
    }

    /** A resend whose first try was stored before the chat ended is answered as sent, not refused. */
    @Test
    void aResendOfAStoredMessageIsAnsweredAfterTheChatEndedAndANewOneIsRefused() {
        stored(ConversationStatus.ASSIGNED, null);
        PostedVisitorMessage first = send(TENANT, "m-1");
        consumed();
        stored(ConversationStatus.COMPLETED, null);

        assertThat(send(TENANT, "m-1")).isEqualTo(first);
        assertThatThrownBy(() -> send(TENANT, "m-2")).isInstanceOf(ChatNotOpenException.class);
        assertThat(ports.sentNow).hasSize(1);
    }
}
