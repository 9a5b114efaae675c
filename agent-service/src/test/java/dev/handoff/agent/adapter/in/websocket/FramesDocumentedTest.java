package dev.handoff.agent.adapter.in.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.agent.application.port.in.OpenedSession;
import dev.handoff.agent.application.port.in.SentMessage;
import dev.handoff.agent.domain.model.AgentNotice;
import dev.handoff.agent.domain.model.AgentProfile;
import dev.handoff.agent.domain.model.ChatMessage;
import dev.handoff.agent.domain.model.EndReason;
import dev.handoff.agent.domain.model.PendingHandoff;
import dev.handoff.agent.domain.model.SequencedNotice;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.json.JsonMapping;
import dev.handoff.shared.model.PresenceStatus;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.Translation;
import dev.handoff.testinfra.FrameContract;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every frame {@link Frames} writes or reads is in docs/asyncapi/agent-socket.yaml, and the other way round. */
class FramesDocumentedTest {
    private static final ConversationId CHAT = ConversationId.of("c-1");
    private static final Instant AT = Instant.parse("2026-12-01T10:15:30Z");

    private final Frames frames = new Frames(JsonMapping.newObjectMapper());
    private final FrameContract contract =
            FrameContract.forEndpoint(URI.create("ws://localhost/ws/agent")).orElseThrow();

    @Test
    void everyFrameTheServiceWritesFitsTheDocumentAndEveryDocumentedOneIsWritten() {
        AgentProfile profile = new AgentProfile(
                TenantId.of("t-1"), AgentId.of("a-1"), "Lerato", Set.of("agent"), Set.of(TeamId.of("sales")));
        List<String> written = new ArrayList<>();
        written.add(frames.welcome(new OpenedSession(profile, PresenceStatus.ONLINE, 7)));
        written.add(frames.pong());
        written.add(frames.status(PresenceStatus.AWAY));
        written.add(frames.supervisionChanged());
        written.add(frames.error("not-json", "The frame is not valid JSON."));
        written.add(frames.error("chat-ended", "The chat has ended; it is read-only.", "k-1"));
        written.add(frames.sent(new SentMessage(message(Sender.AGENT, "k-1", null), true)));
        long seq = 1;
        for (AgentNotice notice : everyKindOfNotice()) {
            written.add(frames.notice(new SequencedNotice(seq++, notice)));
        }

        contract.assertSentExactly(written);
    }

    @Test
    void everyDocumentedClientFrameIsUnderstoodAndNoOtherType() {
        List<String> valid = List.of(
                "{\"type\":\"ping\"}",
                "{\"type\":\"resume\",\"afterSeq\":12}",
                "{\"type\":\"status\",\"status\":\"AWAY\"}",
                "{\"type\":\"send\",\"conversationId\":\"c-1\",\"clientMessageId\":\"k-1\",\"text\":\"Hello\"}");
        contract.assertAcceptedExactly(valid);
        for (String frame : valid) {
            assertThat(frames.parse(frame)).as(frame).isNotInstanceOf(ClientFrame.Bad.class);
        }
        assertThat(frames.parse("{\"type\":\"welcome\"}")).isInstanceOf(ClientFrame.Bad.class);
    }

    private static List<AgentNotice> everyKindOfNotice() {
        PendingHandoff pending =
                new PendingHandoff(CHAT, "Thandi", BotId.of("b-1"), AT, "Hi", 0, null, "Helper", null, 1);
        return List.of(
                new AgentNotice.PendingAdded(pending),
                new AgentNotice.PendingUpdated(pending),
                new AgentNotice.PendingRemoved(CHAT, AgentNotice.Reason.CLAIMED, AgentId.of("a-2")),
                new AgentNotice.PendingRemoved(CHAT, AgentNotice.Reason.ENDED, null),
                new AgentNotice.AssignedToAgent(CHAT),
                new AgentNotice.MessageAdded(message(Sender.VISITOR, null, new Translation("en", "Hello"))),
                new AgentNotice.TypingChanged(CHAT, true),
                new AgentNotice.ChatEnded(CHAT, EndReason.LEFT_MESSAGE),
                new AgentNotice.EndProposalChanged(CHAT, true),
                new AgentNotice.EndProposalChanged(CHAT, false),
                new AgentNotice.ChatRemoved(CHAT, AgentNotice.RemovalReason.REQUEUED),
                new AgentNotice.OfferMade(CHAT, AT, pending),
                new AgentNotice.OfferMade(CHAT, AT, null),
                new AgentNotice.OfferEnded(CHAT, AgentNotice.OfferEndReason.TIMED_OUT),
                new AgentNotice.SetAway(CHAT, 3));
    }

    private static ChatMessage message(Sender sender, String clientMessageId, Translation translation) {
        return new ChatMessage(
                CHAT, 4, MessageId.of("m-4"), clientMessageId, sender, "s-1", "Thandi", "Hallo", "de", AT, translation);
    }
}
