package dev.handoff.handoff.adapter.in.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handoff.handoff.domain.model.ConversationStatus;
import dev.handoff.handoff.domain.model.VisitorFeedEntry;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.Translation;
import dev.handoff.shared.model.WaitStatus;
import dev.handoff.testinfra.FrameContract;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every frame {@link VisitorFrames} writes or reads is in docs/asyncapi/visitor-socket.yaml, and the other way round. */
class VisitorFramesDocumentedTest {
    private static final ConversationId CHAT = ConversationId.of("c-1");
    private static final Instant AT = Instant.parse("2026-12-01T10:15:30Z");

    private final VisitorFrames frames = new VisitorFrames(new ObjectMapper());
    private final FrameContract contract =
            FrameContract.forEndpoint(URI.create("ws://localhost/ws/visitor")).orElseThrow();

    @Test
    void everyFrameTheServiceWritesFitsTheDocumentAndEveryDocumentedOneIsWritten() {
        List<String> written = new ArrayList<>();
        for (VisitorFeedEntry entry : everyKindOfEntry()) {
            written.add(frames.entry(entry));
        }
        written.add(frames.typing(true));
        written.add(frames.ack("c-9", "m-9"));
        written.add(frames.rated(4));
        written.add(frames.pong());
        written.add(frames.error("invalid-message", "message needs a non-empty \"text\".", "c-9"));
        written.add(frames.error("rate-limited", "Too many frames.", null));

        contract.assertSentExactly(written);
    }

    @Test
    void everyDocumentedClientFrameIsUnderstoodAndNoOtherType() {
        List<String> valid = List.of(
                "{\"type\":\"message\",\"clientMessageId\":\"c-1\",\"text\":\"Hello\"}",
                "{\"type\":\"typing\",\"typing\":false}",
                "{\"type\":\"resume\",\"afterSequence\":3}",
                "{\"type\":\"end\"}",
                "{\"type\":\"confirm-end\"}",
                "{\"type\":\"rate\",\"score\":5,\"comment\":\"Quick, thanks\"}",
                "{\"type\":\"leave-message\",\"name\":\"Thandi\",\"email\":\"t@example.org\",\"message\":\"Call me\"}",
                "{\"type\":\"ping\"}");
        contract.assertAcceptedExactly(valid);
        for (String frame : valid) {
            assertThat(frames.parse(frame)).as(frame).isNotInstanceOf(ClientFrame.Bad.class);
        }
        assertThat(frames.parse("{\"type\":\"pong\"}")).isInstanceOf(ClientFrame.Bad.class);
    }

    private static List<VisitorFeedEntry> everyKindOfEntry() {
        MessageId id = MessageId.of("m-1");
        List<VisitorFeedEntry> entries = new ArrayList<>(List.of(
                new VisitorFeedEntry.Message(CHAT, 1, AT, id, "c-1", Sender.VISITOR, "Thandi", "Hi", null),
                new VisitorFeedEntry.Message(
                        CHAT, 2, AT, id, null, Sender.AGENT, null, "Hallo", new Translation("en", "Hello")),
                new VisitorFeedEntry.QueuePosition(CHAT, 3, AT, 2, 90, WaitStatus.ESTIMATED),
                new VisitorFeedEntry.QueuePosition(CHAT, 4, AT, 0, 0, WaitStatus.NO_AGENTS),
                new VisitorFeedEntry.AgentAssigned(CHAT, 5, AT, "Lerato"),
                new VisitorFeedEntry.BackInQueue(CHAT, 6, AT),
                new VisitorFeedEntry.EndProposed(CHAT, 7, AT, "Anything else?", "Back to the bot"),
                new VisitorFeedEntry.EndProposalWithdrawn(CHAT, 8, AT),
                new VisitorFeedEntry.LeaveMessageOffered(CHAT, 9, AT, "We are away"),
                new VisitorFeedEntry.MessageLeftConfirmed(CHAT, 10, AT)));
        long sequence = 11;
        for (ConversationStatus how : ConversationStatus.values()) {
            if (!how.isActive()) {
                entries.add(new VisitorFeedEntry.Ended(CHAT, sequence++, AT, how, "Bye", null));
            }
        }
        return entries;
    }
}
