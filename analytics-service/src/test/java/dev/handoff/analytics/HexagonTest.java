package dev.handoff.analytics;

import dev.handoff.testinfra.HexagonRules;
import org.junit.jupiter.api.Test;

class HexagonTest {
    @Test
    void keepsThePortsAndAdaptersRules() {
        HexagonRules.forService("dev.handoff.analytics").check();
    }
}
