package dev.handoff.notification.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.handoff.notification.DecideJob;
import dev.handoff.notification.NotificationFixture;
import dev.handoff.notification.application.port.in.DecideDueNotificationsUseCase;
import dev.handoff.notification.application.port.in.DecideDueNotificationsUseCase.DecidedSlice;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.testinfra.MutableClock;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One notification that cannot be written fails its slice's transaction; the slice is then decided one notification
 * per transaction, so the rest of it is decided and only that one stays due. The failure is real: a trigger in
 * PostgreSQL refuses to update the poisoned conversation's notifications.
 */
@QuarkusTest
@WithTestInfrastructure
class FailedSliceTest {
    private static final String WAITING = "STILL_WAITING";

    @Inject
    MutableClock clock;

    @Inject
    DecideDueNotificationsUseCase decide;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void pauseTheJob() {
        DecideJob.pause();
    }

    @AfterEach
    void resumeTheJob() {
        DecideJob.resume();
    }

    @Test
    void aNotificationThatFailsLeavesTheRestOfItsSliceDecided() {
        try (NotificationFixture acme = new NotificationFixture("slice-poison", clock)) {
            acme.recipients("poison@example.com");
            List<ConversationId> ids = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                ids.add(acme.request("Visitor " + i, "help", "sales-bot", null, clock.instant()));
            }
            ids.forEach(id -> await().atMost(NotificationFixture.WAIT).until(() -> acme.entry(id, WAITING) != null));
            ConversationId poisoned = ids.get(2);
            Set<UUID> poisonedTimers = acme.log(poisoned).getList("id", String.class).stream()
                    .map(UUID::fromString)
                    .collect(Collectors.toSet());
            poison(poisoned);
            try {
                clock.advance(Duration.ofMinutes(10));
                DecidedSlice slice = decide.decideDue(500, Set.of());

                assertThat(slice.failed()).isEqualTo(poisonedTimers);
                for (ConversationId id : ids) {
                    String expected = id.equals(poisoned) ? "SCHEDULED" : "DECIDED";
                    assertThat(acme.log(id).getList("status", String.class))
                            .as(id.value())
                            .containsOnly(expected);
                }
                // Left out, as a run of the job leaves out what failed in it, nothing else is due.
                assertThat(decide.decideDue(500, slice.failed()).failed()).isEmpty();
            } finally {
                cure();
            }
        }
    }

    private void poison(ConversationId conversation) {
        // The conversation id is a UUID: safe to inline, and no bind marker in a function body.
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager
                    .createNativeQuery("create or replace function notification.refuse_poisoned() returns trigger "
                            + "language plpgsql as $$ begin raise exception 'poisoned notification'; end $$")
                    .executeUpdate();
            entityManager
                    .createNativeQuery("create trigger refuse_poisoned before update on notification.notification "
                            + "for each row when (old.conversation_id = '" + conversation.value() + "') "
                            + "execute function notification.refuse_poisoned()")
                    .executeUpdate();
        });
    }

    private void cure() {
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery("drop trigger if exists refuse_poisoned on notification.notification")
                        .executeUpdate());
    }
}
