package dev.handoff.shared.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.shared.json.EventTypes;
import org.junit.jupiter.api.Test;

class TopicsTest {
    @Test
    void everyEventTypeHasItsTopic() {
        assertThat(Topics.ofType(HandoffRequested.class)).isEqualTo(Topics.HANDOFF_REQUESTS);
        assertThat(Topics.ofType(Assigned.class)).isEqualTo(Topics.CONVERSATION_LIFECYCLE);
        assertThat(Topics.ofType(Rated.class)).isEqualTo(Topics.CONVERSATION_LIFECYCLE);
        assertThat(Topics.ofType(MessagePosted.class)).isEqualTo(Topics.CHAT_MESSAGES);
        assertThat(Topics.ofType(Typing.class)).isEqualTo(Topics.CHAT_SIGNALS);
        assertThat(Topics.ofType(PresenceChanged.class)).isEqualTo(Topics.AGENT_PRESENCE);
        assertThat(Topics.ofType(HandoffRefused.class)).isEqualTo(Topics.HANDOFF_REQUESTS);
        assertThat(Topics.ofType(ErasureRequested.class)).isEqualTo(Topics.DATA_ERASURE);
        assertThat(Topics.ofType(ErasureConfirmed.class)).isEqualTo(Topics.DATA_ERASURE);
        EventTypes.ALL.forEach(type -> assertThat(Topics.ofType(type)).endsWith(".v1"));
    }
}
