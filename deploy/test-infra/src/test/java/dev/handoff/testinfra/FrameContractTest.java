package dev.handoff.testinfra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameContractTest {
    private final FrameContract visitor = FrameContract.forEndpoint(
                    URI.create("ws://localhost:8081/ws/visitor?token=t"))
            .orElseThrow();

    @Test
    void aDocumentedFrameFits() {
        assertThat(visitor.problemsOfSent("{\"type\":\"message\",\"sequence\":3,\"time\":\"2026-12-01T10:15:30Z\","
                        + "\"id\":\"m-1\",\"sender\":\"agent\",\"senderName\":null,\"text\":\"Hi\"}"))
                .isEmpty();
        assertThat(visitor.problemsOfSent("{\"type\":\"waiting\",\"sequence\":4,\"time\":\"2026-12-01T10:15:30Z\"}"))
                .isEmpty();
        assertThat(visitor.problemsOfSent("{\"type\":\"pong\"}")).isEmpty();
        assertThat(visitor.problemsOfAccepted("{\"type\":\"message\",\"clientMessageId\":\"c1\",\"text\":\"Hello\"}"))
                .isEmpty();
    }

    @Test
    void aMemberTheDocumentDoesNotNameIsAProblem() {
        assertThat(visitor.problemsOfSent(
                        "{\"type\":\"waiting\",\"sequence\":4,\"time\":\"2026-12-01T10:15:30Z\"," + "\"position\":2}"))
                .singleElement()
                .asString()
                .contains("position");
        assertThat(visitor.problemsOfSent("{\"type\":\"pong\",\"at\":1}")).isNotEmpty();
    }

    @Test
    void aMissingOrMistypedMemberIsAProblem() {
        assertThat(visitor.problemsOfSent("{\"type\":\"ack\",\"clientMessageId\":\"c1\"}"))
                .isNotEmpty();
        assertThat(visitor.problemsOfSent("{\"type\":\"queue\",\"sequence\":2,\"time\":\"2026-12-01T10:15:30Z\","
                        + "\"position\":\"first\",\"estimatedWaitSeconds\":0,\"waitStatus\":\"estimated\"}"))
                .isNotEmpty();
        assertThat(visitor.problemsOfSent("{\"type\":\"error\",\"code\":\"no-such-code\",\"detail\":\"x\"}"))
                .isNotEmpty();
    }

    @Test
    void anUndocumentedTypeOrAFrameOfTheOtherDirectionIsAProblem() {
        assertThat(visitor.problemsOfSent("{\"type\":\"surprise\"}"))
                .singleElement()
                .asString()
                .contains("surprise");
        assertThat(visitor.problemsOfSent("{\"type\":\"resume\",\"afterSequence\":1}"))
                .isNotEmpty();
        assertThat(visitor.problemsOfSent("not json")).isNotEmpty();
    }

    @Test
    void knowsBothDirectionsOfTheVisitorSocket() {
        assertThat(visitor.sentTypes()).contains("message", "queue", "ended", "expired", "ack", "error", "typing");
        assertThat(visitor.acceptedTypes())
                .containsExactlyInAnyOrder(
                        "message", "typing", "resume", "end", "confirm-end", "rate", "leave-message", "ping");
        assertThat(FrameContract.forEndpoint(URI.create("http://localhost/api/v1/x")))
                .isEmpty();
    }

    @Test
    void framesThatMissADocumentedTypeDoNotCoverTheDocument() {
        assertThatThrownBy(() -> visitor.assertAcceptedExactly(List.of("{\"type\":\"ping\"}")))
                .hasMessageContaining("leave-message");
        assertThatThrownBy(() -> visitor.assertAcceptedExactly(List.of("{\"type\":\"ping\",\"extra\":1}")))
                .hasMessageContaining("extra");
    }

    @Test
    void socketIoEventsAreCheckedByNameAndTheirFirstArgument() {
        FrameContract socketIo = FrameContract.forNamespace("/live_agent").orElseThrow();

        assertThat(socketIo.problemsOfSentEvent("to_user", "{\"message\":\"Hi\"}"))
                .isEmpty();
        assertThat(socketIo.problemsOfSentEvent("startConversation", null)).isEmpty();
        assertThat(socketIo.problemsOfSentEvent("startConversation", "{}")).isNotEmpty();
        assertThat(socketIo.problemsOfSentEvent("to_user", null)).isNotEmpty();
        assertThat(socketIo.problemsOfSentEvent("to_user", "{\"message\":\"Hi\",\"from\":\"x\"}"))
                .isNotEmpty();
        assertThat(socketIo.problemsOfSentEvent("surprise", "{}")).isNotEmpty();
        assertThat(socketIo.problemsOfAcceptedEvent(
                        "from_user", "{\"BotID\":\"b-1\",\"ConversationID\":\"c-1\",\"message\":\"Hello\"}"))
                .isEmpty();
        assertThat(socketIo.problemsOfAcceptedEvent("LIVECHAT_SESSION_END", null))
                .isEmpty();
        assertThat(FrameContract.forNamespace("/admin")).isEmpty();
    }
}
