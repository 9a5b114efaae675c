package dev.handoff.infra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PortsTest {
    @Test
    void aSecondFreePortIsNeverTheFirstEvenWhenTheKernelWouldRepeatIt() {
        for (int i = 0; i < 200; i++) {
            int first = Ports.free();
            int second = Ports.freeExcept(first);
            assertThat(second).isNotEqualTo(first).isPositive();
        }
    }
}
