package dev.handoff.notification;

import dev.handoff.testinfra.HexagonRules;
import org.junit.jupiter.api.Test;

class HexagonTest {
    @Test
    void keepsThePortsAndAdaptersRules() {
        HexagonRules.forService("dev.handoff.notification").check();
    }
}
