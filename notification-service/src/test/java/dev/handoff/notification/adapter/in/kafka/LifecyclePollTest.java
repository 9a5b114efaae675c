package dev.handoff.notification.adapter.in.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.QueuePositionChanged;
import dev.handoff.shared.event.Topics;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.json.EventJson;
import dev.handoff.shared.model.AssignmentMethod;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LifecyclePollTest {
    private static final EventJson JSON = new EventJson();
    private static final TenantId ACME = TenantId.of("acme");
    private static final ConversationId A = ConversationId.of("a");
    private static final ConversationId B = ConversationId.of("b");

    private static String moved(ConversationId chat, int position) {
        return JSON.write(new QueuePositionChanged(UUID.randomUUID(), Instant.EPOCH, ACME, chat, position, 60));
    }

    private static String assigned(ConversationId chat) {
        return JSON.write(new Assigned(
                UUID.randomUUID(), Instant.EPOCH, ACME, chat, AgentId.of("alice"), "Alice", AssignmentMethod.AUTO));
    }

    private static List<String> sift(String... payloads) {
        return LifecyclePoll.sift(List.of(payloads), JSON, Topics.CONVERSATION_LIFECYCLE);
    }

    @Test
    void onlyTheLastPlaceOfAConversationInAPollIsApplied() {
        String b3 = moved(B, 3);
        String a4 = moved(A, 4);
        String b2 = moved(B, 2);
        String a3 = moved(A, 3);
        String b1 = moved(B, 1);

        assertThat(sift(b3, a4, b2, a3, b1)).containsExactly(a3, b1);
    }

    @Test
    void otherChangesKeepTheirPlaceInTheirConversationsOrder() {
        String a2 = moved(A, 2);
        String taken = assigned(A);
        String a1 = moved(A, 1);
        String b5 = moved(B, 5);

        // the place before the assignment is overwritten by the later one; the assignment stays between
        assertThat(sift(b5, a2, taken, a1)).containsExactly(taken, a1, b5);
    }

    @Test
    void malformedRecordsAndEventsThatChangeNothingAreDropped() {
        assertThat(sift("not json", "{\"type\":\"Nope\"}")).isEmpty();
    }
}
