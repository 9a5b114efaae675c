package dev.handoff.handoff.adapter.out.persistence;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.handoff.handoff.domain.model.ConversationStatus;
import dev.handoff.handoff.domain.model.VisitorFeedEntry;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.Translation;
import dev.handoff.shared.model.WaitStatus;
import java.time.Instant;

/** Converts feed entries to a kind and a flat JSON payload and back. */
final class FeedRows {
    private FeedRows() {}

    /** The payload column: the fields of every kind, those of other kinds left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Payload(
            String sender,
            String senderName,
            String text,
            String translationLanguage,
            String translationText,
            Integer position,
            Long estimatedWaitSeconds,
            String agentName,
            String how,
            String endMessage,
            String buttonLabel,
            String waitStatus) {}

    static String kind(VisitorFeedEntry entry) {
        if (entry instanceof VisitorFeedEntry.Message) {
            return "MESSAGE";
        } else if (entry instanceof VisitorFeedEntry.QueuePosition) {
            return "QUEUE_POSITION";
        } else if (entry instanceof VisitorFeedEntry.AgentAssigned) {
            return "AGENT_ASSIGNED";
        } else if (entry instanceof VisitorFeedEntry.BackInQueue) {
            return "BACK_IN_QUEUE";
        } else if (entry instanceof VisitorFeedEntry.EndProposed) {
            return "END_PROPOSED";
        } else if (entry instanceof VisitorFeedEntry.EndProposalWithdrawn) {
            return "END_WITHDRAWN";
        } else if (entry instanceof VisitorFeedEntry.LeaveMessageOffered) {
            return "LEAVE_MESSAGE_OFFERED";
        } else if (entry instanceof VisitorFeedEntry.MessageLeftConfirmed) {
            return "MESSAGE_LEFT";
        }
        return "ENDED";
    }

    static String payload(VisitorFeedEntry entry) {
        Payload p;
        if (entry instanceof VisitorFeedEntry.Message m) {
            Translation t = m.translation();
            p = new Payload(
                    m.sender().name(),
                    m.senderName(),
                    m.text(),
                    t == null ? null : t.language(),
                    t == null ? null : t.text(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        } else if (entry instanceof VisitorFeedEntry.QueuePosition q) {
            p = new Payload(
                    null,
                    null,
                    null,
                    null,
                    null,
                    q.position(),
                    q.estimatedWaitSeconds(),
                    null,
                    null,
                    null,
                    null,
                    q.waitStatus().name());
        } else if (entry instanceof VisitorFeedEntry.AgentAssigned a) {
            p = new Payload(null, null, null, null, null, null, null, a.agentDisplayName(), null, null, null, null);
        } else if (entry instanceof VisitorFeedEntry.Ended e) {
            p = new Payload(
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    e.how().name(),
                    e.endMessage(),
                    e.buttonLabel(),
                    null);
        } else if (entry instanceof VisitorFeedEntry.EndProposed e) {
            p = new Payload(
                    null, null, null, null, null, null, null, null, null, e.endMessage(), e.buttonLabel(), null);
        } else if (entry instanceof VisitorFeedEntry.LeaveMessageOffered o) {
            p = new Payload(null, null, o.offlineMessage(), null, null, null, null, null, null, null, null, null);
        } else {
            p = new Payload(null, null, null, null, null, null, null, null, null, null, null, null);
        }
        return JsonColumns.write(p);
    }

    static VisitorFeedEntry entry(
            ConversationId id, long sequence, Instant at, String kind, String messageId, String json) {
        Payload p = JsonColumns.read(json, new TypeReference<Payload>() {});
        return switch (kind) {
            case "MESSAGE" ->
                new VisitorFeedEntry.Message(
                        id,
                        sequence,
                        at,
                        MessageId.of(messageId),
                        null,
                        Sender.valueOf(p.sender()),
                        p.senderName(),
                        p.text(),
                        p.translationText() == null
                                ? null
                                : new Translation(p.translationLanguage(), p.translationText()));
            // rows written before the status existed carry none: a measured wait
            case "QUEUE_POSITION" ->
                new VisitorFeedEntry.QueuePosition(
                        id,
                        sequence,
                        at,
                        p.position(),
                        p.estimatedWaitSeconds(),
                        p.waitStatus() == null ? WaitStatus.ESTIMATED : WaitStatus.valueOf(p.waitStatus()));
            case "AGENT_ASSIGNED" -> new VisitorFeedEntry.AgentAssigned(id, sequence, at, p.agentName());
            case "BACK_IN_QUEUE" -> new VisitorFeedEntry.BackInQueue(id, sequence, at);
            case "ENDED" ->
                new VisitorFeedEntry.Ended(
                        id, sequence, at, ConversationStatus.valueOf(p.how()), p.endMessage(), p.buttonLabel());
            case "END_PROPOSED" -> new VisitorFeedEntry.EndProposed(id, sequence, at, p.endMessage(), p.buttonLabel());
            case "END_WITHDRAWN" -> new VisitorFeedEntry.EndProposalWithdrawn(id, sequence, at);
            case "LEAVE_MESSAGE_OFFERED" -> new VisitorFeedEntry.LeaveMessageOffered(id, sequence, at, p.text());
            case "MESSAGE_LEFT" -> new VisitorFeedEntry.MessageLeftConfirmed(id, sequence, at);
            default -> throw new IllegalStateException("unknown feed entry kind " + kind);
        };
    }
}
