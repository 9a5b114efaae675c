package dev.handoff.shared.json;

import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.Completed;
import dev.handoff.shared.event.EndProposalWithdrawn;
import dev.handoff.shared.event.EndProposed;
import dev.handoff.shared.event.EndedByVisitor;
import dev.handoff.shared.event.ErasureConfirmed;
import dev.handoff.shared.event.ErasureRequested;
import dev.handoff.shared.event.Expired;
import dev.handoff.shared.event.HandoffRefused;
import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.event.MessageLeft;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.event.Offered;
import dev.handoff.shared.event.OffersMissed;
import dev.handoff.shared.event.PresenceChanged;
import dev.handoff.shared.event.QueueOverflowed;
import dev.handoff.shared.event.QueuePositionChanged;
import dev.handoff.shared.event.Queued;
import dev.handoff.shared.event.Rated;
import dev.handoff.shared.event.Requeued;
import dev.handoff.shared.event.SubjectChanged;
import dev.handoff.shared.event.Transferred;
import dev.handoff.shared.event.Typing;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.AssignmentMethod;
import dev.handoff.shared.model.Channel;
import dev.handoff.shared.model.HistoryEntry;
import dev.handoff.shared.model.PresenceStatus;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.Translation;
import dev.handoff.shared.model.VisitorInfo;
import dev.handoff.shared.model.WaitStatus;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What each golden file must hold, built in Java so that a renamed field cannot quietly read as null. */
final class ExpectedEvents {
    static final TenantId ACME = TenantId.of("acme");
    static final ConversationId THANDI_CHAT = ConversationId.of("5b0e9c4e-2f6d-4a8b-9c1e-7d3f2a6b8e01");
    static final ConversationId ANONYMOUS_CHAT = ConversationId.of("e2a4c6d8-1b3f-4e5a-9c7d-0f2e4a6c8b10");
    static final BotId BOT = BotId.of("support-bot");
    static final AgentId ANA = AgentId.of("8d2f0c7a-4b1e-4f63-9a5d-2c7e1b9f0a34");
    static final AgentId SIPHO = AgentId.of("c41a7e93-05bd-4e2a-8f16-3b9d7c2e5a08");
    static final TeamId BILLING = TeamId.of("billing");

    private ExpectedEvents() {}

    /** Golden file name to the event it holds; the files without ".minimal" set every field. */
    static Map<String, IntegrationEvent> byFileName() {
        Map<String, IntegrationEvent> events = new LinkedHashMap<>();
        events.put(
                "HandoffRequested.json",
                new HandoffRequested(
                        id("0b9f5e2c-6a1d-4c3e-9f1a-2d3c4b5a6f70"),
                        at("2025-03-10T14:02:07.250Z"),
                        ACME,
                        THANDI_CHAT,
                        BOT,
                        new VisitorInfo("Thandi Mokoena", "thandi@example.com", "en-ZA", attributes()),
                        List.of(
                                new HistoryEntry(
                                        Sender.VISITOR, "I was charged twice for March", at("2025-03-10T14:01:40Z")),
                                new HistoryEntry(
                                        Sender.BOT,
                                        "Let me connect you with our billing team.",
                                        at("2025-03-10T14:01:42.500Z"))),
                        "en",
                        BILLING,
                        2,
                        "visitor asked for a human",
                        "Acme Support",
                        "https://cdn.acme.example/bots/support.png",
                        Channel.SOCKET_IO));
        events.put(
                "HandoffRequested.minimal.json",
                new HandoffRequested(
                        id("7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"),
                        at("2025-03-10T14:05:00Z"),
                        ACME,
                        ANONYMOUS_CHAT,
                        BOT,
                        null,
                        null,
                        null,
                        null,
                        0,
                        null));
        events.put(
                "Queued.json",
                new Queued(
                        id("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"),
                        at("2025-03-10T14:02:07.480Z"),
                        ACME,
                        THANDI_CHAT,
                        BOT,
                        BILLING,
                        2,
                        3,
                        180,
                        WaitStatus.AGENTS_BUSY));
        events.put(
                "Queued.minimal.json",
                new Queued(
                        id("2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e"),
                        at("2025-03-10T14:05:00.120Z"),
                        ACME,
                        ANONYMOUS_CHAT,
                        BOT,
                        null,
                        0,
                        1,
                        0));
        events.put(
                "QueuePositionChanged.json",
                new QueuePositionChanged(
                        id("3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f"),
                        at("2025-03-10T14:02:51Z"),
                        ACME,
                        THANDI_CHAT,
                        2,
                        95,
                        WaitStatus.ESTIMATED,
                        false));
        events.put(
                "QueuePositionChanged.minimal.json",
                new QueuePositionChanged(
                        id("4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7c"),
                        at("2025-03-10T14:06:10Z"),
                        ACME,
                        ANONYMOUS_CHAT,
                        1,
                        0));
        events.put(
                "QueuePositionChanged.leaveMessage.json",
                new QueuePositionChanged(
                        id("7b8c9d0e-1f2a-4b3c-8d4e-8f9a0b1c2d3e"),
                        at("2025-03-10T14:09:02Z"),
                        ACME,
                        THANDI_CHAT,
                        1,
                        0,
                        WaitStatus.NO_AGENTS,
                        true));
        events.put(
                "MessageLeft.json",
                new MessageLeft(
                        id("5f6a7b8c-9d0e-4f1a-8b2c-6d7e8f9a0b1c"),
                        at("2025-03-10T14:09:31.640Z"),
                        ACME,
                        THANDI_CHAT,
                        BOT,
                        BILLING,
                        "Thandi Mokoena",
                        "thandi@example.com",
                        "Nobody is around, so: I was charged twice for March (INV-2025-0311). Please refund one <payment> & mail me."));
        events.put(
                "MessageLeft.minimal.json",
                new MessageLeft(
                        id("6a7b8c9d-0e1f-4a2b-9c3d-7e8f9a0b1c2d"),
                        at("2025-03-10T14:10:02Z"),
                        ACME,
                        ANONYMOUS_CHAT,
                        BOT,
                        null,
                        null,
                        "visitor@example.com",
                        "Call me back?"));
        events.put(
                "Offered.json",
                new Offered(
                        id("4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a"),
                        at("2025-03-10T14:04:00Z"),
                        ACME,
                        THANDI_CHAT,
                        ANA,
                        at("2025-03-10T14:04:30Z")));
        events.put(
                "Assigned.json",
                new Assigned(
                        id("5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b"),
                        at("2025-03-10T14:04:12.031Z"),
                        ACME,
                        THANDI_CHAT,
                        ANA,
                        "Ana Silva",
                        AssignmentMethod.AUTO));
        events.put(
                "Requeued.json",
                new Requeued(
                        id("6f7a8b9c-0d1e-4f2a-9b3c-4d5e6f7a8b9c"),
                        at("2025-03-10T14:04:30Z"),
                        ACME,
                        THANDI_CHAT,
                        ANA,
                        "offer-timeout"));
        events.put(
                "Requeued.minimal.json",
                new Requeued(
                        id("7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d"),
                        at("2025-03-10T14:09:45Z"),
                        ACME,
                        ANONYMOUS_CHAT,
                        null,
                        "routing-restarted"));
        events.put(
                "Transferred.json",
                new Transferred(
                        id("8b9c0d1e-2f3a-4b4c-9d5e-6f7a8b9c0d1e"),
                        at("2025-03-10T14:11:20Z"),
                        ACME,
                        THANDI_CHAT,
                        ANA,
                        SIPHO,
                        BILLING));
        events.put(
                "Transferred.minimal.json",
                new Transferred(
                        id("9c0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f"),
                        at("2025-03-10T14:12:00Z"),
                        ACME,
                        THANDI_CHAT,
                        SIPHO,
                        null,
                        null));
        events.put(
                "SubjectChanged.json",
                new SubjectChanged(
                        id("a0b1c2d3-e4f5-4a6b-9c7d-8e9f0a1b2c3d"),
                        at("2025-03-10T14:06:03Z"),
                        ACME,
                        THANDI_CHAT,
                        ANA,
                        "Invoice INV-2025-0311 charged twice"));
        events.put(
                "Completed.json",
                new Completed(
                        id("b1c2d3e4-f5a6-4b7c-8d8e-9f0a1b2c3d4e"),
                        at("2025-03-10T14:21:37Z"),
                        ACME,
                        THANDI_CHAT,
                        SIPHO));
        events.put(
                "EndProposed.json",
                new EndProposed(
                        id("b3c4d5e6-f7a8-4b9c-8d0e-1f2a3b4c5d6e"),
                        at("2025-03-10T14:20:05Z"),
                        ACME,
                        THANDI_CHAT,
                        SIPHO,
                        "Sipho"));
        events.put(
                "EndProposalWithdrawn.json",
                new EndProposalWithdrawn(
                        id("c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f"),
                        at("2025-03-10T14:20:19.310Z"),
                        ACME,
                        THANDI_CHAT,
                        MessageId.of("0c6a3b1e-5d2f-3e4a-9b8c-7d6e5f4a3b2c")));
        events.put(
                "EndedByVisitor.json",
                new EndedByVisitor(
                        id("c2d3e4f5-a6b7-4c8d-9e9f-0a1b2c3d4e5f"), at("2025-03-10T14:19:58Z"), ACME, ANONYMOUS_CHAT));
        events.put(
                "Expired.json",
                new Expired(
                        id("d3e4f5a6-b7c8-4d9e-8f0a-1b2c3d4e5f6a"),
                        at("2025-03-10T15:12:00Z"),
                        ACME,
                        ConversationId.of("f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9"),
                        at("2025-03-10T14:11:59.870Z")));
        events.put(
                "Rated.json",
                new Rated(
                        id("e4f5a6b7-c8d9-4e0f-9a1b-2c3d4e5f6a7b"),
                        at("2025-03-10T14:22:10Z"),
                        ACME,
                        THANDI_CHAT,
                        5,
                        "Sipho sorted it out in minutes \u2013 thank you!"));
        events.put(
                "Rated.minimal.json",
                new Rated(
                        id("f5a6b7c8-d9e0-4f1a-8b2c-3d4e5f6a7b8c"),
                        at("2025-03-10T14:20:31Z"),
                        ACME,
                        ANONYMOUS_CHAT,
                        2,
                        null));
        events.put(
                "MessagePosted.json",
                new MessagePosted(
                        id("a6b7c8d9-e0f1-4a2b-9c3d-4e5f6a7b8c9d"),
                        at("2025-03-10T14:05:41.902Z"),
                        ACME,
                        THANDI_CHAT,
                        MessageId.of("m-1741615541902-3f9a"),
                        Sender.AGENT,
                        ANA.value(),
                        "Ana",
                        "Hi Thandi, I can see both payments. I'll refund the second one <now> & send \"proof\".",
                        "en",
                        new Translation("zu", "Sawubona Thandi, ngiyazibona zombili izinkokhelo.")));
        events.put(
                "MessagePosted.minimal.json",
                new MessagePosted(
                        id("b7c8d9e0-f1a2-4b3c-8d4e-5f6a7b8c9d0e"),
                        at("2025-03-10T14:05:02Z"),
                        ACME,
                        ANONYMOUS_CHAT,
                        MessageId.of("7e0c4a52-9b1d-4f38-a6e2-5c8d0b3f1a97"),
                        Sender.VISITOR,
                        null,
                        null,
                        "Hello? Is anyone there? \uD83D\uDE42",
                        null,
                        null));
        events.put(
                "Typing.json",
                new Typing(
                        id("c8d9e0f1-a2b3-4c4d-9e5f-6a7b8c9d0e1f"),
                        at("2025-03-10T14:05:38.004Z"),
                        ACME,
                        THANDI_CHAT,
                        Sender.AGENT,
                        true));
        events.put(
                "PresenceChanged.json",
                new PresenceChanged(
                        id("d9e0f1a2-b3c4-4d5e-8f6a-7b8c9d0e1f2a"),
                        at("2025-03-10T07:58:13Z"),
                        ACME,
                        ANA,
                        "Ana Silva",
                        PresenceStatus.ONLINE,
                        4,
                        List.of(BILLING, TeamId.of("support")),
                        List.of("en", "pt-BR", "zu")));
        events.put(
                "OffersMissed.json",
                new OffersMissed(
                        id("f1a2b3c4-d5e6-4f7a-8b8c-9d0e1f2a3b4c"),
                        at("2025-03-10T14:04:31Z"),
                        ACME,
                        THANDI_CHAT,
                        ANA,
                        3));
        events.put(
                "QueueOverflowed.json",
                new QueueOverflowed(
                        id("a2b3c4d5-e6f7-4a8b-9c9d-0e1f2a3b4c5d"),
                        at("2025-03-10T14:07:07.480Z"),
                        ACME,
                        THANDI_CHAT,
                        BILLING));
        events.put(
                "HandoffRefused.json",
                new HandoffRefused(
                        id("0e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b"),
                        at("2025-03-08T19:31:05Z"),
                        ACME,
                        BOT,
                        ConversationId.of("4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d"),
                        "OUTSIDE_BUSINESS_HOURS",
                        Channel.WEBSOCKET,
                        "en",
                        BILLING));
        events.put(
                "HandoffRefused.minimal.json",
                new HandoffRefused(
                        id("1f2a3b4c-5d6e-4f7a-9b8c-0d1e2f3a4b5c"),
                        at("2025-12-25T10:00:00Z"),
                        ACME,
                        BOT,
                        null,
                        "HOLIDAY",
                        null,
                        null,
                        null));
        events.put(
                "ErasureRequested.json",
                new ErasureRequested(
                        id("2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d"),
                        at("2025-04-02T09:15:00Z"),
                        ACME,
                        id("3b4c5d6e-7f8a-4b9c-8d0e-2f3a4b5c6d7e"),
                        List.of(THANDI_CHAT, ANONYMOUS_CHAT),
                        at("2025-01-01T00:00:00Z")));
        events.put(
                "ErasureRequested.minimal.json",
                new ErasureRequested(
                        id("4c5d6e7f-8a9b-4c0d-9e1f-3a4b5c6d7e8f"),
                        at("2025-04-02T09:16:00Z"),
                        ACME,
                        id("5d6e7f8a-9b0c-4d1e-8f2a-4b5c6d7e8f9a"),
                        List.of(THANDI_CHAT),
                        null));
        events.put(
                "ErasureConfirmed.json",
                new ErasureConfirmed(
                        id("6e7f8a9b-0c1d-4e2f-9a3b-5c6d7e8f9a0b"),
                        at("2025-04-02T09:15:01.200Z"),
                        ACME,
                        id("3b4c5d6e-7f8a-4b9c-8d0e-2f3a4b5c6d7e"),
                        "agent-service",
                        2));
        return events;
    }

    private static Map<String, String> attributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("plan", "premium");
        attributes.put("accountId", "AC-10293");
        return attributes;
    }

    private static UUID id(String value) {
        return UUID.fromString(value);
    }

    private static Instant at(String value) {
        return Instant.parse(value);
    }
}
