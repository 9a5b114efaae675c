package dev.handoff.analytics.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.analytics.application.port.out.AgentTimePort;
import dev.handoff.analytics.application.port.out.DirtyHoursPort;
import dev.handoff.analytics.application.port.out.RollupSourcePort;
import dev.handoff.analytics.application.port.out.RollupStorePort;
import dev.handoff.analytics.domain.model.AgentSpan;
import dev.handoff.analytics.domain.model.ChatHold;
import dev.handoff.analytics.domain.model.Dimension;
import dev.handoff.analytics.domain.model.FactState;
import dev.handoff.analytics.domain.model.Grain;
import dev.handoff.analytics.domain.model.RollupCounts;
import dev.handoff.analytics.domain.model.RollupKey;
import dev.handoff.analytics.domain.model.RollupPiece;
import dev.handoff.analytics.domain.model.RollupSource;
import dev.handoff.analytics.domain.model.TenantHour;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.Channel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Hours are rebuilt from their chats; days and their six-hour blocks are added up from the hours' rows. */
class RefreshRollupsServiceTest {
    private static final TenantId TENANT = TenantId.of("acme");
    private static final Instant DAY = Instant.parse("2026-03-10T00:00:00Z");

    private final MarkedHours marked = new MarkedHours();
    private final StoredChats chats = new StoredChats();
    private final StoredRows rows = new StoredRows();
    private final RefreshRollupsService service = new RefreshRollupsService(
            marked, chats, rows, new NoOpenTime(), Clock.fixed(DAY.plus(Duration.ofDays(2)), ZoneOffset.UTC));

    @Test
    void aDayAndItsBlocksAddUpItsHoursWithoutReadingTheDaysChats() {
        chats.add(at("09:10"), at("09:50"), at("14:20"));
        marked.mark(TENANT, List.of(at("09:00"), at("14:00")));

        assertThat(service.refresh(50)).isEqualTo(2);

        assertThat(requests(Grain.DAY, DAY)).isEqualTo(3);
        assertThat(requests(Grain.SIX_HOURS, at("06:00"))).isEqualTo(2);
        assertThat(requests(Grain.SIX_HOURS, at("12:00"))).isEqualTo(1);
        assertThat(requests(Grain.MONTH, Instant.parse("2026-03-01T00:00:00Z"))).isEqualTo(3);
        assertThat(chats.windowsRead).allMatch(window -> window.equals(Duration.ofHours(1)));

        chats.windowsRead.clear();
        chats.add(at("14:40"));
        marked.mark(TENANT, List.of(at("14:00")));
        service.refresh(50);

        assertThat(chats.windowsRead).containsExactly(Duration.ofHours(1));
        assertThat(requests(Grain.HOUR, at("14:00"))).isEqualTo(2);
        assertThat(requests(Grain.DAY, DAY)).isEqualTo(4);
        assertThat(requests(Grain.SIX_HOURS, at("06:00"))).isEqualTo(2);
        assertThat(requests(Grain.SIX_HOURS, at("12:00"))).isEqualTo(2);
        assertThat(requests(Grain.MONTH, Instant.parse("2026-03-01T00:00:00Z"))).isEqualTo(4);
    }

    @Test
    void anAgentsTimeAcrossHoursAddsUpToTheDay() {
        AgentId agent = AgentId.of("alice");
        chats.spans.add(new AgentSpan(agent, at("09:30"), at("11:15"), List.of("sales")));
        chats.holds.add(new ChatHold(agent, at("10:45"), at("11:05")));
        marked.mark(TENANT, List.of(at("09:00"), at("10:00"), at("11:00")));

        service.refresh(50);

        RollupCounts day = row(Grain.DAY, DAY, Dimension.AGENT, "alice");
        assertThat(day.onlineMillis).isEqualTo(Duration.ofMinutes(105).toMillis());
        assertThat(day.occupiedMillis).isEqualTo(Duration.ofMinutes(20).toMillis());
        assertThat(row(Grain.SIX_HOURS, at("06:00"), Dimension.TEAM, "sales").onlineMillis)
                .isEqualTo(Duration.ofMinutes(105).toMillis());
    }

    @Test
    void aDayWhoseLastHourEmptiedLosesItsRows() {
        chats.add(at("09:10"));
        marked.mark(TENANT, List.of(at("09:00")));
        service.refresh(50);
        assertThat(requests(Grain.DAY, DAY)).isEqualTo(1);

        chats.stored.clear(); // erased
        marked.mark(TENANT, List.of(at("09:00")));
        service.refresh(50);

        assertThat(rows.stored).isEmpty();
    }

    private long requests(Grain grain, Instant start) {
        return row(grain, start, Dimension.ALL, Dimension.NONE).requests;
    }

    private RollupCounts row(Grain grain, Instant start, Dimension dimension, String value) {
        RollupCounts counts = rows.stored.get(new RollupKey(grain, start, dimension, value));
        assertThat(counts).as("%s row at %s", grain, start).isNotNull();
        return counts;
    }

    private static Instant at(String time) {
        return Instant.parse("2026-03-10T" + time + ":00Z");
    }

    private static final class MarkedHours implements DirtyHoursPort {
        private final Set<Instant> hours = new TreeSet<>();

        @Override
        public void mark(TenantId tenant, Collection<Instant> marked) {
            hours.addAll(marked);
        }

        @Override
        public List<TenantHour> claim(int limit) {
            return hours.stream()
                    .limit(limit)
                    .map(h -> new TenantHour(TENANT, h))
                    .toList();
        }

        @Override
        public void clear(List<TenantHour> claimed) {
            claimed.forEach(h -> hours.remove(h.hour()));
        }

        @Override
        public boolean anyMarked(TenantId tenant, Instant from, Instant to) {
            return hours.stream().anyMatch(h -> !h.isBefore(from) && h.isBefore(to));
        }

        @Override
        public boolean takeRebuildTurn() {
            return true;
        }
    }

    private static final class StoredChats implements RollupSourcePort {
        final List<FactState> stored = new ArrayList<>();
        final List<AgentSpan> spans = new ArrayList<>();
        final List<ChatHold> holds = new ArrayList<>();
        final List<Duration> windowsRead = new ArrayList<>();

        void add(Instant... requestedAt) {
            for (Instant at : requestedAt) {
                stored.add(new FactState(
                        TENANT,
                        ConversationId.random(),
                        BotId.of("bot"),
                        TeamId.of("sales"),
                        Channel.WEBSOCKET,
                        "en",
                        at,
                        at,
                        at,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        0,
                        null,
                        0,
                        0,
                        null));
            }
        }

        @Override
        public RollupSource load(TenantId tenant, Instant from, Instant to) {
            windowsRead.add(Duration.between(from, to));
            return new RollupSource(
                    from,
                    to,
                    stored.stream().filter(c -> within(c.startedAt(), from, to)).toList(),
                    List.of(),
                    spans.stream()
                            .filter(s -> s.from().isBefore(to) && s.to().isAfter(from))
                            .toList(),
                    holds.stream()
                            .filter(h -> h.from().isBefore(to) && h.to().isAfter(from))
                            .toList());
        }
    }

    private static final class StoredRows implements RollupStorePort {
        final Map<RollupKey, RollupCounts> stored = new HashMap<>();

        @Override
        public void replace(
                TenantId tenant, List<Grain> grains, Instant from, Instant to, Map<RollupKey, RollupCounts> replaced) {
            stored.keySet().removeIf(k -> grains.contains(k.grain()) && within(k.start(), from, to));
            stored.putAll(replaced);
        }

        @Override
        public void addUp(
                TenantId tenant,
                Dimension dimension,
                String value,
                Collection<RollupPiece> pieces,
                Function<RollupKey, RollupCounts> into) {
            throw new UnsupportedOperationException("reports are not read here");
        }

        @Override
        public void addUpAll(
                TenantId tenant, Grain grain, Instant from, Instant to, Function<RollupKey, RollupCounts> into) {
            stored.forEach((key, counts) -> {
                if (key.grain() == grain && within(key.start(), from, to)) {
                    into.apply(key).merge(counts);
                }
            });
        }
    }

    private static final class NoOpenTime implements AgentTimePort {
        @Override
        public Instant presence(TenantId tenant, AgentId agent, boolean signedIn, List<String> teams, Instant at) {
            throw new UnsupportedOperationException("no events are recorded here");
        }

        @Override
        public void openHold(TenantId tenant, ConversationId conversation, AgentId agent, Instant at) {
            throw new UnsupportedOperationException("no events are recorded here");
        }

        @Override
        public List<ChatHold> closeHolds(TenantId tenant, ConversationId conversation, Instant at) {
            throw new UnsupportedOperationException("no events are recorded here");
        }

        @Override
        public List<TenantId> tenantsWithOpenTime() {
            return List.of();
        }
    }

    private static boolean within(Instant at, Instant from, Instant to) {
        return !at.isBefore(from) && at.isBefore(to);
    }
}
