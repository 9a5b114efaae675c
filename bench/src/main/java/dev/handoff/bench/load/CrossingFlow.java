package dev.handoff.bench.load;

import dev.handoff.bench.chat.AgentConsole;
import dev.handoff.bench.chat.SendAnswer;
import dev.handoff.bench.chat.Tag;
import dev.handoff.bench.chat.Tag.Direction;
import dev.handoff.bench.chat.VisitorWebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Visitor and agent on one chat (issue 14 point 3): on odd turns both send at the same intended instant (the visitor a
 * {@code message} frame, the agent a {@code send} frame on its console socket); on even turns one sends, and the other
 * sends once that send is answered (the agent first on turns 2, 6, ..., the visitor first on 4, 8, ...). Latency runs
 * to the arrival at the other side; {@link CrossingOrder} judges what the visitor's socket, the holder's console
 * socket and the stored history show. Tags are numbered from {@link #BASE} so no other flow's arrivals mix in.
 */
final class CrossingFlow {
    static final int BASE = 3000;
    private static final System.Logger LOG = System.getLogger(CrossingFlow.class.getName());
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration VIEWS_PATIENCE = Duration.ofSeconds(10);

    /** One claimed chat: its holder's console and its visitor's socket. */
    record Chat(String conversationId, AgentConsole agent, VisitorWebSocket visitor) {}

    private final FlowLedger ledger = new FlowLedger("crossing: visitor and agent on one chat", true);
    private final CrossingOrder order = new CrossingOrder();

    /** Records a crossing message's arrival at the other side; false for any other flow's message. */
    boolean arrived(Tag tag, long atNanos) {
        if (tag.chat() < BASE) {
            return false;
        }
        ledger.received(sender(tag), tag.number(), atNanos);
        return true;
    }

    /** Runs the schedule ({@code rate} messages a second in all, two a turn) and judges the order at the end. */
    FlowLedger run(FlowSettings settings, List<Chat> chats, Duration drain) throws InterruptedException {
        List<AgentConsole> consoles = new ArrayList<>();
        for (Chat chat : chats) {
            chat.visitor().onEveryMessage((tag, channel) -> see("visitor", tag));
            if (!consoles.contains(chat.agent())) {
                String view = "console " + consoles.size();
                chat.agent().onEveryMessage((tag, channel) -> see(view, tag));
                consoles.add(chat.agent());
            }
        }
        ExecutorService agentSends = Executors.newCachedThreadPool();
        try {
            Schedule turns = new Schedule(System.nanoTime(), settings.rate() / 2, settings.duration());
            OpenLoopChats.run(turns, settings.chats(), ledger.flow(), (chat, number, due) -> {
                if (number % 2 == 1) {
                    cross(chats.get(chat), chat, number, due, agentSends);
                } else {
                    oneAfterTheOther(chats.get(chat), chat, number, due);
                }
            });
        } finally {
            agentSends.shutdown();
        }
        ledger.awaitAll(drain);
        judge(chats.subList(0, settings.chats()));
        return ledger;
    }

    private void cross(Chat chat, int index, int number, long due, ExecutorService agentSends) {
        Tag visitor = new Tag(Direction.VISITOR_TO_AGENT, BASE + index, number);
        Tag agent = new Tag(Direction.AGENT_TO_VISITOR, BASE + index, number);
        ledger.sent(sender(visitor), number, due);
        ledger.sent(sender(agent), number, due);
        CompletableFuture<SendAnswer> agentAnswer = CompletableFuture.supplyAsync(() -> send(chat, agent), agentSends);
        answered(visitor, send(chat, visitor));
        answered(agent, agentAnswer.join());
    }

    private void oneAfterTheOther(Chat chat, int index, int number, long due) {
        boolean visitorFirst = number % 4 == 0;
        Tag visitor = new Tag(Direction.VISITOR_TO_AGENT, BASE + index, number);
        Tag agent = new Tag(Direction.AGENT_TO_VISITOR, BASE + index, number);
        Tag first = visitorFirst ? visitor : agent;
        Tag second = visitorFirst ? agent : visitor;
        ledger.sent(sender(first), number, due);
        SendAnswer answer = send(chat, first);
        answered(first, answer);
        // Meant to leave the moment the first is answered: its latency runs from then.
        ledger.sent(sender(second), number, System.nanoTime());
        if (answer.isStored()) {
            order.answeredBefore(first, second);
        }
        answered(second, send(chat, second));
    }

    private SendAnswer send(Chat chat, Tag tag) {
        String id = "cross-" + tag.chat() + "-" + (tag.direction() == Direction.VISITOR_TO_AGENT ? "v" : "a")
                + tag.number();
        return tag.direction() == Direction.VISITOR_TO_AGENT
                ? chat.visitor().send(id, tag.text(), SEND_TIMEOUT)
                : chat.agent().sendOverSocket(chat.conversationId(), id, tag.text(), SEND_TIMEOUT);
    }

    private void answered(Tag tag, SendAnswer answer) {
        if (!answer.isStored()) {
            ledger.refused(sender(tag), tag.number());
        }
    }

    private void see(String view, Tag tag) {
        if (tag.chat() >= BASE) {
            order.saw(view, tag);
        }
    }

    /** Reads each chat's stored history, waits for the sockets to show as much, and counts every break of order. */
    private void judge(List<Chat> chats) {
        for (int i = 0; i < chats.size(); i++) {
            int chat = BASE + i;
            List<String> stored = chats.get(i).agent().history(chats.get(i).conversationId());
            stored.stream()
                    .flatMap(text -> Tag.of(text).stream())
                    .filter(tag -> tag.chat() == chat)
                    .forEach(tag -> order.saw(CrossingOrder.HISTORY, tag));
        }
        try {
            Awaitility.await().atMost(VIEWS_PATIENCE).until(() -> chats.isEmpty() || allShown(chats.size()));
        } catch (ConditionTimeoutException e) {
            // What a socket never showed is counted as missing by the verdict.
        }
        CrossingOrder.Verdict verdict = order.verdict();
        ledger.misordered(verdict.breaks());
        LOG.log(System.Logger.Level.INFO, verdict.summary());
    }

    private boolean allShown(int chats) {
        CrossingOrder.Verdict now = order.verdict();
        return now.missing() == 0 && now.views() >= chats * 3;
    }

    /** The ledger's "chat": one per sender, so each side's own order is judged as in the other flows. */
    private static int sender(Tag tag) {
        return 2 * (tag.chat() - BASE) + (tag.direction() == Direction.VISITOR_TO_AGENT ? 0 : 1);
    }
}
