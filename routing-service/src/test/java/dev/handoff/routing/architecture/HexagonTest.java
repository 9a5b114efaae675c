package dev.handoff.routing.architecture;

import dev.handoff.testinfra.HexagonRules;
import org.junit.jupiter.api.Test;

class HexagonTest {
    @Test
    void keepsThePortsAndAdaptersRules() {
        HexagonRules.forService("dev.handoff.routing").check();
    }
}
