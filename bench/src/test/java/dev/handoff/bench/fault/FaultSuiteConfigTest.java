package dev.handoff.bench.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultSuiteConfigTest {
    private final FaultSuiteConfig full = FaultSuiteConfig.full(Path.of("."), Path.of("target"));

    @Test
    void onlyKeepsTheNamedFaultsInTheUsualOrderAndTheRestOfTheRun() {
        FaultSuiteConfig only = full.only(List.of("postgresql", "handoff-service"));

        assertThat(only.faults()).containsExactly("handoff-service", "postgresql");
        assertThat(only.chats()).isEqualTo(full.chats());
        assertThat(only.interval()).isEqualTo(full.interval());
    }

    @Test
    void anUnknownComponentIsRefusedNamingIt() {
        assertThatThrownBy(() -> full.only(List.of("kafka", "handoff")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[handoff]");
    }
}
