package dev.handoff.notification.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.handoff.notification.MailContent;
import dev.handoff.notification.NotificationFixture;
import dev.handoff.notification.application.port.in.DecideDueNotificationsUseCase;
import dev.handoff.notification.application.port.in.SendDueMailsUseCase;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.testinfra.InfrastructureTestResource;
import dev.handoff.testinfra.MutableClock;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Many timers due at once and six workers (besides the service's own jobs) racing to fire them and send their mails:
 * every notification is decided once and every mail sent once. Without the row claims (SKIP LOCKED) two workers
 * would decide or send the same row; the multi-process proof with a kill is {@code NotificationReplicasIT}.
 */
@QuarkusTest
@WithTestInfrastructure
class ExactlyOnceTest {
    private static final int REQUESTS = 30;

    @Inject
    MutableClock clock;

    @Inject
    DecideDueNotificationsUseCase decide;

    @Inject
    SendDueMailsUseCase send;

    @Test
    void racingWorkersDecideEachTimerOnceAndSendEachMailOnce() throws Exception {
        try (NotificationFixture acme = new NotificationFixture("exactly-once", clock)) {
            acme.recipients("first@example.com", "second@example.com");
            List<ConversationId> ids = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                // requested ten minutes ago: "new request" and "still waiting" are both due at once
                ids.add(acme.request(
                        "Visitor " + i,
                        "help " + i,
                        "sales-bot",
                        null,
                        clock.instant().minus(Duration.ofMinutes(10))));
            }
            ids.forEach(id -> acme.queued(id, 1, 60));

            AtomicBoolean stop = new AtomicBoolean();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService workers = Executors.newFixedThreadPool(6);
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < 6; w++) {
                boolean decider = w % 2 == 0;
                running.add(workers.submit(() -> {
                    start.await();
                    while (!stop.get()) {
                        // small slices, so the deciders race over many claims
                        if (!(decider ? decide.decideDue(7, Set.of()).claimed() > 0 : send.sendNextDue())) {
                            LockSupport.parkNanos(Duration.ofMillis(5).toNanos()); // nothing due: back off a little
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            int expected = REQUESTS * 2 * 2;
            Map<String, Integer> failedAttempts = new HashMap<>();
            AtomicInteger seenLastTime = new AtomicInteger();
            try {
                await().atMost(Duration.ofSeconds(90))
                        .pollInterval(Duration.ofMillis(500))
                        .until(() -> {
                            failIfAWorkerFailed(running);
                            int now = mailsAbout(ids).size();
                            if (now < expected && now == seenLastTime.getAndSet(now)) {
                                letFailedMailsRetry(acme, ids, failedAttempts); // no progress since the last look
                            }
                            return now >= expected;
                        });
            } catch (ConditionTimeoutException e) {
                throw new AssertionError(missing(acme, ids, mailsAbout(ids)), e);
            } finally {
                stop.set(true);
                workers.shutdown();
                assertThat(workers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            }
            for (Future<?> worker : running) {
                worker.get(); // a worker that failed fails the test
            }

            List<MailContent> mails = mailsAbout(ids);
            Map<String, Long> perMail = mails.stream()
                    .collect(Collectors.groupingBy(
                            m -> m.conversationId() + " " + m.kind() + " " + m.to(), Collectors.counting()));
            assertThat(perMail)
                    .hasSize(expected)
                    .allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1));
            Set<String> messageIds = new HashSet<>();
            mails.forEach(m ->
                    assertThat(messageIds.add(m.messageId())).as(m.messageId()).isTrue());
            // one attempt per mail, and one more for each failed attempt the test let retry: no two workers sent one
            for (ConversationId id : ids) {
                forEachMail(
                        acme,
                        id,
                        (key, mail) -> assertThat(mail.get("attempts"))
                                .as(key)
                                .isEqualTo(failedAttempts.getOrDefault(key, 0) + 1));
            }
        }
    }

    /** A worker whose use case threw has stopped racing: fail with its exception rather than wait for the mails. */
    private static void failIfAWorkerFailed(List<Future<?>> running) throws InterruptedException {
        for (Future<?> worker : running) {
            if (worker.isDone()) {
                try {
                    worker.get();
                } catch (ExecutionException e) {
                    throw new AssertionError("a worker failed", e.getCause());
                }
            }
        }
    }

    private static String missing(NotificationFixture acme, List<ConversationId> ids, List<MailContent> mails) {
        Map<String, Long> perChat =
                mails.stream().collect(Collectors.groupingBy(MailContent::conversationId, Collectors.counting()));
        return ids.stream()
                .filter(id -> perChat.getOrDefault(id.value(), 0L) < 4)
                .map(id -> id.value() + " got " + perChat.getOrDefault(id.value(), 0L) + " of 4 mails; its log: "
                        + acme.log(id).prettify())
                .collect(Collectors.joining("\n", "mails missing after 90 s:\n", ""));
    }

    /**
     * When several connections open at once, the mail client now and then loses the start of a new connection's
     * greeting (its debug log shows the reply it parsed begin mid-line), and that send fails, or times out when the
     * whole greeting was lost. The service tries such a mail again a minute later; here the clock stands still, so
     * the test moves it to that retry, after counting the failed attempts so that the attempts still show whether
     * two workers sent one mail.
     */
    private void letFailedMailsRetry(NotificationFixture acme, List<ConversationId> ids, Map<String, Integer> failed) {
        List<Instant> retries = new ArrayList<>();
        for (ConversationId id : ids) {
            forEachMail(acme, id, (key, mail) -> {
                if ("FAILED".equals(mail.get("status")) && mail.get("nextAttemptAt") != null) {
                    failed.put(key, (Integer) mail.get("attempts"));
                    retries.add(Instant.parse((String) mail.get("nextAttemptAt")));
                }
            });
        }
        retries.stream()
                .max(Instant::compareTo)
                .filter(last -> last.isAfter(clock.instant()))
                .ifPresent(last -> clock.advance(Duration.between(clock.instant(), last)));
    }

    /** Each mail of a chat's log with its key: the chat, the notification's kind and the address. */
    @SuppressWarnings("unchecked")
    private static void forEachMail(
            NotificationFixture acme, ConversationId id, BiConsumer<String, Map<String, Object>> action) {
        for (Map<String, Object> notification : acme.log(id).<Map<String, Object>>getList("$")) {
            for (Map<String, Object> mail : (List<Map<String, Object>>) notification.get("mails")) {
                action.accept(id.value() + " " + notification.get("kind") + " " + mail.get("email"), mail);
            }
        }
    }

    private static List<MailContent> mailsAbout(List<ConversationId> ids) {
        Set<String> wanted = ids.stream().map(ConversationId::value).collect(Collectors.toSet());
        return InfrastructureTestResource.mailbox().messages().stream()
                .map(MailContent::of)
                .filter(m -> wanted.contains(m.conversationId()))
                .toList();
    }
}
