package dev.handoff.notification.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.notification.application.port.in.ChatMessageCommand;
import dev.handoff.notification.application.port.out.ChatInterestPort.ChatInterest;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.Sender;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SelectChatMessagesServiceTest {
    private static final ConversationId AWAY = ConversationId.of("c-away");
    private static final ConversationId ATTENDED = ConversationId.of("c-attended");
    private static final ConversationId BATCHED = ConversationId.of("b-batched");
    private static final ConversationId UNKNOWN = ConversationId.of("c-unknown");

    private final List<Set<ConversationId>> asked = new ArrayList<>();
    private final SelectChatMessagesService service = new SelectChatMessagesService(conversations -> {
        asked.add(conversations);
        return Map.of(
                AWAY, new ChatInterest(true, false),
                ATTENDED, new ChatInterest(false, false),
                BATCHED, new ChatInterest(false, true));
    });

    private static ChatMessageCommand message(ConversationId chat, Sender sender, String text) {
        return new ChatMessageCommand(
                TenantId.of("acme"), chat, text, sender, sender == Sender.AGENT ? "alice" : null, text, Instant.EPOCH);
    }

    @Test
    void botAndSystemMessagesAreDroppedWithoutAskingTheDatabase() {
        assertThat(service.worthCollecting(List.of(message(AWAY, Sender.BOT, "b"), message(AWAY, Sender.SYSTEM, "s"))))
                .isEmpty();
        assertThat(asked).isEmpty();
    }

    @Test
    void onlyVisitorMessagesToAnAwayAgentAndAnswersToAnOpenBatchPassInOneRead() {
        List<ChatMessageCommand> kept = service.worthCollecting(List.of(
                message(ATTENDED, Sender.VISITOR, "seen at the console"),
                message(AWAY, Sender.VISITOR, "to the away agent"),
                message(UNKNOWN, Sender.VISITOR, "never seen chat"),
                message(ATTENDED, Sender.AGENT, "no batch to drop"),
                message(BATCHED, Sender.AGENT, "drops the batch"),
                message(BATCHED, Sender.VISITOR, "after the answer, agent at the console")));

        assertThat(kept)
                .extracting(ChatMessageCommand::text)
                .containsExactly("drops the batch", "after the answer, agent at the console", "to the away agent");
        assertThat(asked).containsExactly(Set.of(ATTENDED, AWAY, UNKNOWN, BATCHED));
    }

    @Test
    void anAnswerAfterAVisitorMessageOfTheSamePollPassesAndEachChatKeepsItsOrder() {
        List<ChatMessageCommand> kept = service.worthCollecting(List.of(
                message(AWAY, Sender.VISITOR, "1"),
                message(BATCHED, Sender.AGENT, "2"),
                message(AWAY, Sender.AGENT, "3"),
                message(AWAY, Sender.VISITOR, "4")));

        // b-batched sorts before c-away: every batch locks chats in the same order
        assertThat(kept).extracting(ChatMessageCommand::text).containsExactly("2", "1", "3", "4");
    }
}
