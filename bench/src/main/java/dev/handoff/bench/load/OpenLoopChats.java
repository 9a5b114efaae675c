package dev.handoff.bench.load;

import dev.handoff.bench.chat.SendAnswer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Drives one flow's chats from one schedule: send {@code k} goes to chat {@code k mod chats} as its message
 * {@code k / chats + 1}. Each chat has one sender thread, so a chat's messages leave in order (its order can be
 * judged), while the chats send independently; a send that waits for its answer past the next one's turn makes the
 * next one late, and the late send counts its delay because latency runs from the intended time.
 */
final class OpenLoopChats {
    private OpenLoopChats() {}

    /** What a chat does on its turn {@code number}, due at {@code dueNanos}. */
    @FunctionalInterface
    interface Turn {
        void take(int chat, int number, long dueNanos);
    }

    /**
     * @param send sends message {@code number} of chat {@code chat} ({@code (chat, number) -> answer})
     */
    static void run(Schedule schedule, int chats, FlowLedger ledger, BiFunction<Integer, Integer, SendAnswer> send)
            throws InterruptedException {
        run(schedule, chats, ledger.flow(), (chat, number, due) -> {
            ledger.sent(chat, number, due);
            if (!send.apply(chat, number).isStored()) {
                ledger.refused(chat, number);
            }
        });
    }

    /** The same schedule for a flow whose turn is more than one send (it records them in its ledger itself). */
    static void run(Schedule schedule, int chats, String flow, Turn turn) throws InterruptedException {
        List<Thread> senders = new ArrayList<>();
        for (int chat = 0; chat < chats; chat++) {
            int mine = chat;
            Thread sender = new Thread(
                    () -> {
                        for (int k = mine; k < schedule.count(); k += chats) {
                            turn.take(mine, k / chats + 1, schedule.awaitTurn(k));
                        }
                    },
                    flow + "-" + chat);
            sender.setDaemon(true);
            senders.add(sender);
            sender.start();
        }
        for (Thread sender : senders) {
            sender.join();
        }
    }
}
