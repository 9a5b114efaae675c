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

    /**
     * @param send sends message {@code number} of chat {@code chat} ({@code (chat, number) -> answer})
     */
    static void run(Schedule schedule, int chats, FlowLedger ledger, BiFunction<Integer, Integer, SendAnswer> send)
            throws InterruptedException {
        List<Thread> senders = new ArrayList<>();
        for (int chat = 0; chat < chats; chat++) {
            int mine = chat;
            Thread sender = new Thread(
                    () -> {
                        for (int k = mine; k < schedule.count(); k += chats) {
                            int number = k / chats + 1;
                            long due = schedule.awaitTurn(k);
                            ledger.sent(mine, number, due);
                            if (!send.apply(mine, number).isStored()) {
                                ledger.refused(mine, number);
                            }
                        }
                    },
                    ledger.flow() + "-" + chat);
            sender.setDaemon(true);
            senders.add(sender);
            sender.start();
        }
        for (Thread sender : senders) {
            sender.join();
        }
    }
}
