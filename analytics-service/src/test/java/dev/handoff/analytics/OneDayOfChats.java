package dev.handoff.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.model.Channel;
import dev.handoff.shared.model.PresenceStatus;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.Translation;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;

/**
 * One tenant's Monday 2 June 2025 (UTC), every kind of chat once, sent out of order and with repeats:
 * <ul>
 * <li>c1 (bot-a, billing, WebSocket, en): waits 10 s for ana, who answers 30 s later; 4 messages; completed after
 * 600 s; rated 5. Its request arrives last, after everything routing said about it.</li>
 * <li>c2 (bot-a, support, Socket.IO, zu): waits 20 s for ana, who answers 40 s later; transferred to sipho; the
 * visitor leaves after 1200 s; 2 messages; rated 3 "slow". Its Assigned is delivered twice.</li>
 * <li>c3 (bot-b, CSML, en-GB): the visitor leaves after 120 s, before anyone took it.</li>
 * <li>c4 (bot-b, WebSocket, no language): expires after 1800 s without an agent.</li>
 * <li>refusals: bot-a outside business hours at 07:00, bot-b on a holiday at 12:00, bot-b disabled at 12:30.</li>
 * <li>ana is online 08:00-10:00 (team billing): she holds c1 08:00:10-08:10:00 and c2 09:00:20-09:05:00.</li>
 * </ul>
 */
public final class OneDayOfChats {
    public static final Instant DAY = Instant.parse("2025-06-02T00:00:00Z");
    public final ConversationId c1 = ConversationId.random();
    public final ConversationId c2 = ConversationId.random();
    public final ConversationId c3 = ConversationId.random();
    public final ConversationId c4 = ConversationId.random();

    public static Instant at(String time) {
        return Instant.parse("2025-06-02T" + time + "Z");
    }

    /** Waits until analytics recorded the whole day: every topic's last events of each chat. */
    public void awaitRecorded(String tenant) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath first = AnalystApi.get(tenant, "/api/v1/analytics/conversations/" + c1);
            assertThat(first.getString("visitor.email")).isEqualTo("thandi@example.com");
            assertThat(first.getList("messages")).hasSize(5);
            JsonPath second = AnalystApi.get(tenant, "/api/v1/analytics/conversations/" + c2);
            assertThat(second.getString("rating.comment")).isEqualTo("slow");
            assertThat(second.getString("conversation.outcome")).isEqualTo("ENDED_BY_VISITOR");
            assertThat(second.getList("messages")).hasSize(2);
            assertThat(AnalystApi.get(tenant, "/api/v1/analytics/conversations/" + c4)
                            .getString("conversation.outcome"))
                    .isEqualTo("ABANDONED_EXPIRED");
            assertThat(AnalystApi.get(tenant, "/api/v1/analytics/conversations/" + c3)
                            .getString("conversation.channel"))
                    .isEqualTo("CSML");
        });
    }

    /** Waits until the day's rollups hold every one of its events (they follow within a second or two) and returns them. */
    public static JsonPath awaitDayCounted(String tenant) {
        JsonPath[] last = new JsonPath[1];
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            last[0] = AnalystApi.get(tenant, "/api/v1/analytics/metrics", "from", "2025-06-02", "to", "2025-06-03");
            assertThat(last[0].getDouble("totals.requests")).isEqualTo(4.0);
            assertThat(last[0].getDouble("totals.transfers")).isEqualTo(1.0);
            assertThat(last[0].getDouble("totals.messagesPerChat.count")).isEqualTo(2.0);
            assertThat(last[0].getDouble("totals.messagesPerChat.mean")).isEqualTo(3.0);
            assertThat(last[0].getDouble("totals.occupancy.onlineSeconds")).isEqualTo(7200.0);
            assertThat(last[0].getDouble("totals.refusedOutsideHours")).isEqualTo(2.0);
            assertThat(last[0].getDouble("totals.csat.responses")).isEqualTo(2.0);
            assertThat(last[0].getDouble("totals.resolution.count")).isEqualTo(2.0);
            assertThat(last[0].getDouble("totals.waitToAccept.count")).isEqualTo(2.0);
            assertThat(last[0].getDouble("totals.firstResponse.count")).isEqualTo(2.0);
        });
        return last[0];
    }

    /** Sends the day's events. */
    public void send(AnalyticsEvents e) {
        HandoffRequested c1Request = e.requested(
                c1,
                "bot-a",
                "billing",
                "en",
                Channel.WEBSOCKET,
                at("08:00:00"),
                "Thandi Mokoena",
                "thandi@example.com",
                "Hi, I am the shop bot.",
                "Let me find a human.");
        e.send(e.presence("ana", PresenceStatus.ONLINE, at("08:00:00"), "billing"));
        e.send(e.assigned(c1, "ana", at("08:00:10")));
        e.send(e.message(c1, Sender.VISITOR, null, "I was charged twice for my refund", at("08:00:20"), null));
        e.send(e.message(c1, Sender.AGENT, "ana", "Let me check that for you", at("08:00:40"), null));
        e.send(e.message(c1, Sender.VISITOR, null, "Thanks", at("08:01:00"), null));
        e.send(e.message(c1, Sender.AGENT, "ana", "Refunded the second charge", at("08:05:00"), null));
        e.send(e.message(c1, Sender.SYSTEM, null, "Ana completed the chat", at("08:10:00"), null));
        e.send(e.completed(c1, "ana", at("08:10:00")));
        e.send(e.rated(c1, 5, null, at("08:10:30")));
        e.send(c1Request);

        e.send(e.requested(
                c2,
                "bot-a",
                "support",
                "zu-ZA",
                Channel.SOCKET_IO,
                at("09:00:00"),
                "Sipho Dlamini",
                "sipho@example.com"));
        e.sendTwice(e.assigned(c2, "ana", at("09:00:20")));
        e.send(e.message(c2, Sender.AGENT, "ana", "Sawubona", at("09:01:00"), new Translation("zu", "Sawubona")));
        e.send(e.message(
                c2,
                Sender.VISITOR,
                null,
                "Ngicela usizo nge-invoice",
                at("09:02:00"),
                new Translation("en", "Please help with the invoice")));
        e.send(e.transferred(c2, "ana", "sipho", at("09:05:00")));
        e.send(e.assigned(c2, "sipho", at("09:05:00")));
        e.send(e.left(c2, at("09:20:00")));
        e.send(e.rated(c2, 3, "slow", at("09:20:30")));
        e.send(e.presence("ana", PresenceStatus.OFFLINE, at("10:00:00"), "billing"));

        e.send(e.requested(c3, "bot-b", null, "en-GB", Channel.CSML, at("10:00:00"), null, null));
        e.send(e.left(c3, at("10:02:00")));

        e.send(e.requested(c4, "bot-b", null, null, Channel.WEBSOCKET, at("11:00:00"), "Lee", null));
        e.send(e.queued(c4, "bot-b", at("11:00:01")));
        e.send(e.expired(c4, at("11:30:00")));

        e.send(e.refused("bot-a", "OUTSIDE_BUSINESS_HOURS", Channel.WEBSOCKET, at("07:00:00")));
        e.send(e.refused("bot-b", "HOLIDAY", Channel.CSML, at("12:00:00")));
        e.send(e.refused("bot-b", "DISABLED", Channel.CSML, at("12:30:00")));
    }
}
