package dev.handoff.bench.fault;

import dev.handoff.bench.chat.AgentConsole;
import dev.handoff.bench.chat.SendAnswer;
import dev.handoff.bench.chat.Tag;
import dev.handoff.bench.chat.Tag.Direction;
import dev.handoff.bench.chat.VisitorSocketIo;
import dev.handoff.bench.chat.VisitorWebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One live chat and its two senders: each sends a tagged message every interval, one at a time, and sends it again,
 * with the same client message id, until it is acknowledged (a refusal, an unknown outcome or no answer all mean
 * "again"), as a careful client does.
 */
final class ChatPair {
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(12);
    private static final Duration RESEND_PAUSE = Duration.ofMillis(300);
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(3);

    final int index;
    final String conversationId;
    final String visitorToken;
    private final AgentConsole agent;
    private final VisitorWebSocket webSocketVisitor;
    private final VisitorSocketIo socketIoVisitor;
    private final Ledger ledger;
    private final List<Thread> senders = new ArrayList<>();
    private volatile boolean running = true;

    ChatPair(
            int index,
            String conversationId,
            String visitorToken,
            AgentConsole agent,
            VisitorWebSocket webSocketVisitor,
            VisitorSocketIo socketIoVisitor,
            Ledger ledger) {
        this.index = index;
        this.conversationId = conversationId;
        this.visitorToken = visitorToken;
        this.agent = agent;
        this.webSocketVisitor = webSocketVisitor;
        this.socketIoVisitor = socketIoVisitor;
        this.ledger = ledger;
    }

    String visitorChannel() {
        return webSocketVisitor != null ? "ws" : "socket.io";
    }

    void start(Duration interval) {
        senders.add(sender(Direction.VISITOR_TO_AGENT, interval));
        senders.add(sender(Direction.AGENT_TO_VISITOR, interval));
        senders.forEach(Thread::start);
    }

    /** Stops after the message each sender is on is acknowledged (or given up). */
    void stop() throws InterruptedException {
        running = false;
        for (Thread sender : senders) {
            sender.join(GIVE_UP_AFTER.toMillis() + SEND_TIMEOUT.toMillis());
        }
    }

    private Thread sender(Direction direction, Duration interval) {
        Thread thread = new Thread(
                () -> {
                    // Spread the chats over the interval, so the load is even rather than in bursts.
                    pause(Duration.ofMillis(interval.toMillis() * index / 7 % Math.max(1, interval.toMillis())));
                    for (int number = 1; running; number++) {
                        long started = System.nanoTime();
                        deliver(new Tag(direction, index, number));
                        long spent = (System.nanoTime() - started) / 1_000_000;
                        pause(Duration.ofMillis(Math.max(0, interval.toMillis() - spent)));
                    }
                },
                "sender-" + direction + "-" + index);
        thread.setDaemon(true);
        return thread;
    }

    private void deliver(Tag tag) {
        String clientMessageId = "fault-" + (tag.direction() == Direction.VISITOR_TO_AGENT ? "v" : "a") + tag.number();
        ledger.sent(tag);
        long giveUpAt = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        while (System.nanoTime() < giveUpAt) {
            ledger.attempted(tag);
            SendAnswer answer = send(tag, clientMessageId);
            if (answer.isStored()) {
                ledger.acked(tag);
                return;
            }
            pause(RESEND_PAUSE);
        }
    }

    private SendAnswer send(Tag tag, String clientMessageId) {
        if (tag.direction() == Direction.AGENT_TO_VISITOR) {
            return agent.send(conversationId, clientMessageId, tag.text());
        }
        return webSocketVisitor != null
                ? webSocketVisitor.send(clientMessageId, tag.text(), SEND_TIMEOUT)
                : socketIoVisitor.send(clientMessageId, tag.text(), SEND_TIMEOUT);
    }

    void close() {
        if (webSocketVisitor != null) {
            webSocketVisitor.close();
        }
        if (socketIoVisitor != null) {
            socketIoVisitor.close();
        }
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
