package dev.handoff.shared.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.handoff.shared.GoldenEvents;
import dev.handoff.shared.event.IntegrationEvent;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The golden files pin the wire format: EventJson must read and write exactly them, in both directions. */
class GoldenFilesTest {
    private final EventJson eventJson = new EventJson();

    static Stream<Arguments> goldenFiles() {
        return ExpectedEvents.byFileName().entrySet().stream().map(e -> arguments(e.getKey(), e.getValue()));
    }

    static Stream<Arguments> fullGoldenFiles() {
        return goldenFiles().filter(a -> !((String) a.get()[0]).contains(".minimal."));
    }

    @Test
    void everyEventTypeHasAGoldenFileWithEveryFieldSet() {
        Set<String> missing = EventTypes.ALL.stream()
                .map(type -> EventTypes.nameOf(type) + ".json")
                .filter(file -> GoldenEvents.class.getClassLoader().getResource(GoldenEvents.FOLDER + file) == null
                        || !ExpectedEvents.byFileName().containsKey(file))
                .collect(Collectors.toSet());

        assertThat(missing)
                .as("event types without a golden file or an expected event")
                .isEmpty();
    }

    @Test
    void everyGoldenFileIsChecked() throws IOException, URISyntaxException {
        Path folder = Path.of(GoldenEvents.class
                .getClassLoader()
                .getResource(GoldenEvents.FOLDER)
                .toURI());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(
                            ExpectedEvents.byFileName().keySet());
        }
    }

    @Test
    void everyConcreteEventIsRegistered() {
        Set<Class<?>> concrete = new HashSet<>();
        Deque<Class<?>> toVisit = new ArrayDeque<>(Set.of(IntegrationEvent.class));
        while (!toVisit.isEmpty()) {
            Class<?> type = toVisit.pop();
            if (type.isSealed()) {
                toVisit.addAll(Set.of(type.getPermittedSubclasses()));
            } else {
                concrete.add(type);
            }
        }

        assertThat(concrete).containsExactlyInAnyOrderElementsOf(EventTypes.ALL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void readingTheGoldenFileGivesTheExpectedEvent(String file, IntegrationEvent expected) {
        assertThat(eventJson.read(GoldenEvents.json(file))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void writingTheExpectedEventGivesTheGoldenFile(String file, IntegrationEvent expected) {
        String written = eventJson.write(expected);

        assertThat(GoldenEvents.tree(written)).isEqualTo(GoldenEvents.tree(GoldenEvents.json(file)));
        assertThat(written).startsWith("{\"type\":\"" + expected.getClass().getSimpleName() + "\",");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fullGoldenFiles")
    void fullGoldenFilesSetEveryField(String file, IntegrationEvent expected) throws ReflectiveOperationException {
        for (RecordComponent component : expected.getClass().getRecordComponents()) {
            Object value = component.getAccessor().invoke(expected);
            assertThat(value).as(file + " " + component.getName()).isNotNull();
            if (value instanceof Collection<?> values) {
                assertThat(values).as(file + " " + component.getName()).isNotEmpty();
            } else if (value instanceof Map<?, ?> values) {
                assertThat(values).as(file + " " + component.getName()).isNotEmpty();
            }
        }
    }

    @Test
    void helperReadsEventsByType() {
        assertThat(GoldenEvents.event(dev.handoff.shared.event.Rated.class))
                .isEqualTo(ExpectedEvents.byFileName().get("Rated.json"));
        assertThat(GoldenEvents.event("Rated.minimal.json", dev.handoff.shared.event.Rated.class))
                .isEqualTo(ExpectedEvents.byFileName().get("Rated.minimal.json"));
    }
}
