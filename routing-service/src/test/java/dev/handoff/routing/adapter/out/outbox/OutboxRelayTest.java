package dev.handoff.routing.adapter.out.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.runtime.outbox.Outbox;
import dev.handoff.runtime.outbox.OutboxStore;
import dev.handoff.shared.event.Topics;
import dev.handoff.shared.event.Typing;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.json.EventJson;
import dev.handoff.shared.model.Sender;
import dev.handoff.testinfra.KafkaTopics;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The relay deletes exactly the rows it relayed, and events leave in the order they were written. */
@QuarkusTest
@WithTestInfrastructure
class OutboxRelayTest {
    private static final TenantId TENANT = TenantId.of("outbox-test");
    private static final EventJson JSON = new EventJson();

    @RegisterExtension
    static final KafkaTopics kafka = new KafkaTopics();

    @Inject
    Outbox outbox;

    @Inject
    OutboxStore store;

    @Inject
    TransactionManager transactions;

    private static List<Typing> typings(String conversation, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new Typing(
                        UUID.randomUUID(),
                        Instant.now(),
                        TENANT,
                        ConversationId.of(conversation),
                        Sender.AGENT,
                        i % 2 == 0))
                .toList();
    }

    private void appendCommitted(List<Typing> events) {
        QuarkusTransaction.requiringNew().run(() -> events.forEach(outbox::append));
    }

    private static List<String> ids(List<Typing> events) {
        return events.stream().map(e -> e.eventId().toString()).toList();
    }

    private static List<Long> seqs(List<OutboxStore.Row> rows) {
        return rows.stream().map(OutboxStore.Row::seq).toList();
    }

    /** The event ids of the conversation's rows, in the order of the rows. */
    private static List<String> idsOf(List<OutboxStore.Row> rows, String conversation) {
        return rows.stream()
                .filter(row -> conversation.equals(row.key()))
                .map(row -> JSON.read(row.payload()).eventId().toString())
                .toList();
    }

    private static List<String> relayedIds(String conversation, int count) {
        return kafka
                .awaitRecords(Topics.CHAT_SIGNALS, r -> conversation.equals(r.key()), count, KafkaTopics.WAIT)
                .stream()
                .map(r -> KafkaTopics.event(r).eventId().toString())
                .toList();
    }

    @Test
    void rowsWrittenWhileAPassRunsStayForTheNextPass() throws Exception {
        String conversation = "c-" + UUID.randomUUID();
        List<Typing> first = typings(conversation, 3);
        List<Typing> during = typings(conversation, 2);
        // Holds the relay lock as a pass does, so the service's own relay waits until this transaction ends.
        transactions.begin();
        try {
            store.lockAndReadOldest(1);
            appendCommitted(first);
            List<OutboxStore.Row> pass = store.lockAndReadOldest(Integer.MAX_VALUE);
            assertThat(pass).extracting(OutboxStore.Row::seq).isSorted();
            assertThat(idsOf(pass, conversation)).containsExactlyElementsOf(ids(first));
            appendCommitted(during);

            store.delete(pass);

            List<OutboxStore.Row> next = store.lockAndReadOldest(Integer.MAX_VALUE);
            assertThat(next).extracting(OutboxStore.Row::seq).doesNotContainAnyElementsOf(seqs(pass));
            assertThat(idsOf(next, conversation)).containsExactlyElementsOf(ids(during));
        } finally {
            // Undone, so the service's relay sends all five once the lock is free.
            transactions.rollback();
        }

        assertThat(relayedIds(conversation, first.size() + during.size()))
                .containsExactlyElementsOf(
                        Stream.concat(ids(first).stream(), ids(during).stream()).toList());
    }

    @Test
    void moreThanABatchLeavesInCommitOrderAndTheOutboxEmpties() {
        String conversation = "c-" + UUID.randomUUID();
        List<Typing> events = typings(conversation, 257);
        appendCommitted(events);

        assertThat(relayedIds(conversation, events.size())).containsExactlyElementsOf(ids(events));
        // The rows go once the broker acknowledged them, just after the records can be read.
        Awaitility.await()
                .atMost(KafkaTopics.WAIT)
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> idsOf(store.lockAndReadOldest(Integer.MAX_VALUE), conversation))
                        .isEmpty());
    }
}
