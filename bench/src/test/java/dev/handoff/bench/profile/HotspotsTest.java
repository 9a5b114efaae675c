package dev.handoff.bench.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HotspotsTest {

    @Test
    void aMethodThatBurnsTheCpuLeadsItsOwnRecording(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("busy.jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
            recording.start();
            long until = System.nanoTime() + Duration.ofMillis(800).toNanos();
            long sink = 0;
            while (System.nanoTime() < until) {
                sink += burn(sink);
            }
            recording.stop();
            recording.dump(file);
            assertThat(sink).isNotZero();
        }
        Hotspots hotspots = Hotspots.of(file);

        assertThat(hotspots.samples()).isPositive();
        String burn = HotspotsTest.class.getName() + ".burn";
        assertThat(hotspots.ownCode(3)).containsKey(burn);
        assertThat(hotspots.total().get(burn)).isGreaterThan(hotspots.samples() / 2);
        assertThat(hotspots.markdown("test JVM", 5))
                .contains("test JVM (" + hotspots.samples() + " samples)")
                .contains("`" + burn + "`");
    }

    @Test
    void anAreaIsTheNearestFrameWithAKnownPackage() {
        assertThat(Areas.of(List.of(
                        "java.util.HashMap.get",
                        "com.fasterxml.jackson.databind.ObjectMapper.write",
                        "org.apache.kafka.clients.producer.KafkaProducer.send")))
                .isEqualTo("JSON (Jackson)");
        assertThat(Areas.of(List.of("java.lang.String.hashCode", "java.lang.Thread.run")))
                .isEqualTo("JDK / other");
        assertThat(Areas.of(List.of())).isEqualTo("unknown");
    }

    private static long burn(long seed) {
        long x = seed | 1;
        for (int i = 0; i < 10_000; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        return x;
    }
}
