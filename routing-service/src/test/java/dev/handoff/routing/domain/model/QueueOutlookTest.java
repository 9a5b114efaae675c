package dev.handoff.routing.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.shared.model.WaitStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueueOutlookTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final AssignmentPace PACE =
            new AssignmentPace(Duration.ofSeconds(60), Duration.ofMinutes(30), 5, 3, Duration.ofMinutes(5));
    private static final List<Instant> EVERY_20S =
            List.of(NOW.minusSeconds(20), NOW.minusSeconds(40), NOW.minusSeconds(60));

    @Test
    void agentsOnlineWithRoomGiveTheMeasuredWait() {
        QueueOutlook outlook = QueueOutlook.assess(new QueueStaffing(2, 3), EVERY_20S, NOW.minusSeconds(30), NOW, PACE);
        assertThat(outlook.placeAt(3)).isEqualTo(new AnnouncedPlace(3, 60, WaitStatus.ESTIMATED));
    }

    @Test
    void agentsOnlineAllAtTheirLimitStillGiveTheWaitButSaySo() {
        QueueOutlook outlook = QueueOutlook.assess(new QueueStaffing(2, 0), EVERY_20S, NOW.minusSeconds(30), NOW, PACE);
        assertThat(outlook.placeAt(1)).isEqualTo(new AnnouncedPlace(1, 20, WaitStatus.AGENTS_BUSY));
    }

    @Test
    void nobodyOnlineGivesNoNumber() {
        QueueOutlook outlook = QueueOutlook.assess(QueueStaffing.NOBODY, EVERY_20S, NOW.minusSeconds(30), NOW, PACE);
        assertThat(outlook.placeAt(2)).isEqualTo(new AnnouncedPlace(2, 0, WaitStatus.NO_AGENTS));
    }

    @Test
    void aHeadWaitingLongWhileNothingIsTakenMeansNobodyIsAccepting() {
        Instant sixMinutesAgo = NOW.minus(Duration.ofMinutes(6));
        List<Instant> longAgo = List.of(sixMinutesAgo, sixMinutesAgo.minusSeconds(10), sixMinutesAgo.minusSeconds(20));
        assertThat(QueueOutlook.assess(new QueueStaffing(1, 5), longAgo, sixMinutesAgo, NOW, PACE)
                        .placeAt(1))
                .isEqualTo(new AnnouncedPlace(1, 0, WaitStatus.NOT_ACCEPTING));
        // something taken within the five minutes: still a wait
        assertThat(QueueOutlook.assess(new QueueStaffing(1, 5), EVERY_20S, sixMinutesAgo, NOW, PACE)
                        .status())
                .isEqualTo(WaitStatus.ESTIMATED);
        // a head that arrived only lately: still a wait, however quiet the queue was before
        assertThat(QueueOutlook.assess(new QueueStaffing(1, 5), longAgo, NOW.minusSeconds(30), NOW, PACE)
                        .status())
                .isEqualTo(WaitStatus.ESTIMATED);
    }

    @Test
    void onlyVisitorsWhoWaitedTheTimeWhileNobodyAcceptsAreOfferedToLeaveAMessage() {
        Optional<Duration> after = Optional.of(Duration.ofSeconds(120));
        QueueOutlook nobody = QueueOutlook.assess(new QueueStaffing(0, 0), EVERY_20S, NOW.minusSeconds(30), NOW, PACE)
                .withLeaveMessageAfter(after, NOW);
        assertThat(nobody.placeAt(1, NOW.minusSeconds(120)))
                .isEqualTo(new AnnouncedPlace(1, 0, WaitStatus.NO_AGENTS, true));
        assertThat(nobody.placeAt(2, NOW.minusSeconds(119))).isEqualTo(new AnnouncedPlace(2, 0, WaitStatus.NO_AGENTS));
        assertThat(nobody.placeAt(1)).isEqualTo(new AnnouncedPlace(1, 0, WaitStatus.NO_AGENTS));

        QueueOutlook quiet = QueueOutlook.assess(new QueueStaffing(2, 3), List.of(), NOW.minusSeconds(600), NOW, PACE)
                .withLeaveMessageAfter(after, NOW);
        assertThat(quiet.placeAt(1, NOW.minusSeconds(600)).leaveMessageOffered())
                .isTrue();

        for (QueueStaffing accepting : List.of(new QueueStaffing(2, 3), new QueueStaffing(2, 0))) {
            QueueOutlook outlook = QueueOutlook.assess(accepting, EVERY_20S, NOW.minusSeconds(600), NOW, PACE)
                    .withLeaveMessageAfter(after, NOW);
            assertThat(outlook.placeAt(1, NOW.minusSeconds(600)).leaveMessageOffered())
                    .as("%s", accepting)
                    .isFalse();
        }
        assertThat(nobody.withLeaveMessageAfter(Optional.empty(), NOW)
                        .placeAt(1, NOW.minusSeconds(600))
                        .leaveMessageOffered())
                .isFalse();
    }

    @Test
    void anOfferIsWorthTellingEvenWhenNothingElseChanged() {
        AnnouncedPlace told = new AnnouncedPlace(1, 0, WaitStatus.NO_AGENTS);
        assertThat(told.worthTelling(new AnnouncedPlace(1, 0, WaitStatus.NO_AGENTS, true)))
                .isTrue();
        assertThat(told.worthTelling(new AnnouncedPlace(1, 0, WaitStatus.NO_AGENTS)))
                .isFalse();
    }
}
