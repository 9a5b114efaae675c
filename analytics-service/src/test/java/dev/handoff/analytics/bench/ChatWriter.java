package dev.handoff.analytics.bench;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

/** Writes one generated chat into every table that holds a part of it. */
final class ChatWriter implements AutoCloseable {
    private static final String[] CHANNELS = {"WEBSOCKET", "WEBSOCKET", "WEBSOCKET", "SOCKET_IO", "SOCKET_IO", "CSML"};
    private static final String[] LANGUAGES = {"en", "en", "en", "en", "zu", "af", "fr", null};
    private final String tenant;
    private final Expected expected;
    private final int meanLiveMessages;
    private final int agents;
    private final Words words = new Words();
    private final CopyTable facts;
    private final CopyTable details;
    private final CopyTable messages;
    private final CopyTable steps;
    private final CopyTable texts;
    private final CopyTable holds;

    /** Opens a table for COPY. */
    interface Tables {
        CopyTable open(String table, String columns) throws SQLException;
    }

    ChatWriter(Tables tables, String tenant, BenchSettings settings, Expected expected) throws SQLException {
        this.tenant = tenant;
        this.expected = expected;
        // Accepted chats (85 %) carry every message.
        this.meanLiveMessages = (int) Math.round(settings.messagesPerChat() / 0.85);
        this.agents = settings.agents();
        facts = tables.open(
                "conversation_fact",
                "tenant_id, conversation_id, bot_id, team, channel, language,"
                        + " started_at, first_seen_at, requested_at, queued_at, assigned_at, agent_id, completed_at, ended_at,"
                        + " expired_at, rating, transfers, first_agent_message_at, visitor_messages, agent_messages");
        details = tables.open(
                "conversation_detail",
                "tenant_id, conversation_id, visitor_name, visitor_email,"
                        + " visitor_locale, visitor_attributes, bot_history, reason, subject, rating_comment");
        messages = tables.open(
                "transcript_message",
                "tenant_id, conversation_id, message_id, occurred_at, sender,"
                        + " sender_id, sender_name, body, language, translation_language, translation_text");
        steps = tables.open(
                "conversation_step",
                "tenant_id, conversation_id, event_id, occurred_at, kind, agent_id,"
                        + " agent_name, to_agent_id, team, detail");
        texts = tables.open("conversation_text", "tenant_id, conversation_id, document");
        holds = tables.open("agent_hold", "tenant_id, conversation_id, agent_id, hold_from, hold_to");
    }

    static String agent(int index) {
        return "agent-" + index;
    }

    void write(Random random, Instant start, int index) throws SQLException {
        String chat = "bench-" + index;
        String bot = BenchData.BOTS[Math.min(random.nextInt(6), BenchData.BOTS.length - 1)];
        String team = random.nextInt(5) == 0 ? null : BenchData.TEAMS[random.nextInt(BenchData.TEAMS.length)];
        String channel = CHANNELS[random.nextInt(CHANNELS.length)];
        String language = LANGUAGES[random.nextInt(LANGUAGES.length)];
        double fate = random.nextDouble();
        Instant assigned = fate < 0.85 ? start.plusMillis((long) (-45_000 * Math.log(1 - random.nextDouble()))) : null;
        String agent = assigned == null ? null : agent(random.nextInt(agents));
        List<String> said = new ArrayList<>();
        said.add(words.sentence(random));
        expected.requests++;
        Instant left = null;
        Instant expired = null;
        Instant completed = null;
        Instant firstAgentMessage = null;
        int visitorMessages = 0;
        int agentMessages = 0;
        int transfers = 0;
        Integer rating = null;
        if (assigned == null && fate < 0.95) {
            left = start.plusSeconds(30 + random.nextInt(300));
            expected.visitorLeft++;
        } else if (assigned == null) {
            expired = start.plusSeconds(1800);
            expected.expired++;
        } else {
            expected.accepted++;
            Instant at = assigned.plusMillis((long) (-30_000 * Math.log(1 - random.nextDouble())));
            int count = 2 + random.nextInt(2 * meanLiveMessages - 3);
            for (int m = 0; m < count; m++) {
                boolean fromAgent = m % 2 == 0;
                String text = words.sentence(random);
                if (m == 1 && random.nextInt(1000) == 0) {
                    text = text + " " + Words.RARE;
                    expected.rareWordChats++;
                } else if (m == 1 && random.nextInt(100) == 0) {
                    text = Words.PHRASE + " " + text;
                }
                said.add(text);
                messages.row(
                        tenant,
                        chat,
                        "m-" + m,
                        at,
                        fromAgent ? "AGENT" : "VISITOR",
                        fromAgent ? agent : null,
                        fromAgent ? "Agent" : null,
                        text,
                        language,
                        null,
                        null);
                firstAgentMessage = firstAgentMessage == null && fromAgent ? at : firstAgentMessage;
                visitorMessages += fromAgent ? 0 : 1;
                agentMessages += fromAgent ? 1 : 0;
                at = at.plusMillis(5_000 + random.nextInt(70_000));
            }
            completed = at.plusSeconds(10);
            expected.liveMessages += count;
            expected.transcriptLines += count;
            if (random.nextInt(20) == 0) {
                transfers = 1;
                expected.transfers++;
                String next = agent(random.nextInt(agents));
                Instant moved = assigned.plusMillis((completed.toEpochMilli() - assigned.toEpochMilli()) / 2);
                holds.row(tenant, chat, agent, assigned, moved);
                steps.row(tenant, chat, UUID.randomUUID(), moved, "TRANSFERRED", agent, null, next, null, null);
                agent = next;
                holds.row(tenant, chat, agent, moved, completed);
            } else {
                holds.row(tenant, chat, agent, assigned, completed);
            }
            if (random.nextInt(10) < 4) {
                double r = random.nextDouble();
                rating = r < 0.05 ? 1 : r < 0.10 ? 2 : r < 0.25 ? 3 : r < 0.60 ? 4 : 5;
                expected.rated++;
                expected.ratingSum += rating;
            }
        }
        facts.row(
                tenant,
                chat,
                bot,
                team,
                channel,
                language,
                start,
                start,
                start,
                start.plusMillis(150),
                assigned,
                agent,
                completed,
                left,
                expired,
                rating,
                transfers,
                firstAgentMessage,
                visitorMessages,
                agentMessages);
        details.row(
                tenant,
                chat,
                "Visitor " + index,
                "visitor" + index + "@example.com",
                language,
                "{}",
                "[{\"sender\":\"VISITOR\",\"text\":\"" + said.get(0) + "\",\"at\":null}]",
                "asked for a human",
                null,
                null);
        steps.row(tenant, chat, UUID.randomUUID(), start.plusMillis(150), "QUEUED", null, null, null, team, null);
        if (assigned != null) {
            steps.row(tenant, chat, UUID.randomUUID(), assigned, "ASSIGNED", agent, "Agent", null, null, "AUTO");
            steps.row(tenant, chat, UUID.randomUUID(), completed, "COMPLETED", agent, null, null, null, null);
        }
        texts.row(tenant, chat, tsvector(said));
    }

    /** The words as to_tsvector('simple', ...) makes them: each lexeme with its positions. */
    private static String tsvector(List<String> texts) {
        Map<String, List<Integer>> positions = new LinkedHashMap<>();
        int position = 0;
        for (String text : texts) {
            for (String word : text.split(" ")) {
                List<Integer> at = positions.computeIfAbsent(word, w -> new ArrayList<>());
                position = Math.min(position + 1, 16383);
                if (at.size() < 256) {
                    at.add(position);
                }
            }
        }
        return positions.entrySet().stream()
                .map(e -> "'" + e.getKey() + "':"
                        + e.getValue().stream().map(String::valueOf).collect(Collectors.joining(",")))
                .collect(Collectors.joining(" "));
    }

    @Override
    public void close() throws SQLException {
        for (CopyTable table : new CopyTable[] {facts, details, messages, steps, texts, holds}) {
            table.close();
        }
    }
}
