package dev.handoff.routing.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.shared.model.WaitStatus;
import org.junit.jupiter.api.Test;

class AnnouncedPlaceTest {
    @Test
    void anotherPlaceOrStatusIsAlwaysWorthTelling() {
        AnnouncedPlace told = new AnnouncedPlace(2, 120);
        assertThat(told.worthTelling(new AnnouncedPlace(1, 120))).isTrue();
        assertThat(told.worthTelling(new AnnouncedPlace(2, 0, WaitStatus.NO_AGENTS)))
                .isTrue();
        assertThat(told.worthTelling(new AnnouncedPlace(2, 120, WaitStatus.AGENTS_BUSY)))
                .isTrue();
    }

    @Test
    void aWaitThatDriftsALittleIsNotButOneThatChangesByAFifthAndHalfAMinuteIs() {
        AnnouncedPlace told = new AnnouncedPlace(3, 600);
        assertThat(told.worthTelling(new AnnouncedPlace(3, 640))).isFalse();
        assertThat(told.worthTelling(new AnnouncedPlace(3, 760))).isTrue();
        assertThat(new AnnouncedPlace(1, 20).worthTelling(new AnnouncedPlace(1, 45)))
                .isFalse();
        assertThat(new AnnouncedPlace(1, 20).worthTelling(new AnnouncedPlace(1, 50)))
                .isTrue();
    }
}
