package dev.handoff.handoff.architecture;

import dev.handoff.testinfra.HexagonRules;
import org.junit.jupiter.api.Test;

class HexagonTest {
    @Test
    void keepsThePortsAndAdaptersRules() {
        HexagonRules.forService("dev.handoff.handoff").check();
    }
}
