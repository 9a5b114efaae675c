package dev.handoff.agent.adapter.in.websocket;

import static dev.handoff.agent.adapter.in.websocket.AgentSockets.agentTab;
import static dev.handoff.agent.adapter.in.websocket.AgentSockets.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoff.shared.event.PresenceChanged;
import dev.handoff.shared.event.Topics;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.PresenceStatus;
import dev.handoff.testinfra.JsonSocketClient;
import dev.handoff.testinfra.KafkaTopics;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Presence follows the sockets; the test profile's offline grace is 3 s. */
@QuarkusTest
@WithTestInfrastructure
class AgentPresenceSocketTest {
    private static final Duration GRACE = Duration.ofSeconds(3);

    @RegisterExtension
    static final KafkaTopics kafka = new KafkaTopics();

    @TestHTTPResource("/ws/agent")
    URI endpoint;

    private static PresenceChanged awaitStatus(String agent, PresenceStatus status) {
        return kafka.awaitEvent(PresenceChanged.class, agent, p -> p.status() == status, JsonSocketClient.WAIT);
    }

    @Test
    void anAgentIsOnlineWhenConnectedAwayWhenTheySayAndOfflineAGracePeriodAfterTheLastTabCloses() {
        String tenant = unique("acme");
        String ana = unique("ana");
        Instant closedAt;
        try (JsonSocketClient tab = AgentSockets.connect(
                endpoint, TestTokens.agentInTeams(ana, tenant, List.of("support", "billing"), "agent"))) {
            PresenceChanged online = awaitStatus(ana, PresenceStatus.ONLINE);
            assertThat(online.tenantId()).isEqualTo(TenantId.of(tenant));
            assertThat(online.displayName()).isEqualTo(ana);
            assertThat(online.capacity()).isZero();
            assertThat(online.teams()).containsExactly(TeamId.of("billing"), TeamId.of("support"));
            assertThat(online.languages()).isEmpty();

            tab.send("{\"type\":\"status\",\"status\":\"AWAY\"}");
            assertThat(tab.next().path("status").asText()).isEqualTo("AWAY");
            awaitStatus(ana, PresenceStatus.AWAY);
            closedAt = Instant.now();
        }
        PresenceChanged offline = awaitStatus(ana, PresenceStatus.OFFLINE);
        assertThat(Duration.between(closedAt, offline.occurredAt())).isGreaterThanOrEqualTo(GRACE);
    }

    @Test
    void aReconnectWithinTheGracePeriodKeepsTheAgentOnlineAndASecondTabAnnouncesNothing() {
        String tenant = unique("acme");
        String ana = unique("ana");
        String probe = unique("probe");
        JsonSocketClient probeTab = agentTab(probe, tenant);
        JsonSocketClient tab1 = agentTab(ana, tenant);
        JsonSocketClient tab2 = agentTab(ana, tenant);
        awaitStatus(ana, PresenceStatus.ONLINE);
        awaitStatus(probe, PresenceStatus.ONLINE);
        tab2.close();
        String ticket = AgentSockets.ticket(TestTokens.agent(ana, tenant, "agent")); // ready before the reload
        tab1.close();
        try (JsonSocketClient reload = AgentSockets.open(endpoint, "ticket=" + ticket)) {
            assertThat(reload.next().path("type").asText()).isEqualTo("welcome");
            // Closed after ana's last tab, so ana's grace ended first: once the probe is OFFLINE, ana would be too.
            probeTab.close();
            awaitStatus(probe, PresenceStatus.OFFLINE);
            // Ana's only record is the first ONLINE: a second one, or an OFFLINE, would show up here.
            assertThatThrownBy(() -> kafka.awaitRecords(
                            Topics.AGENT_PRESENCE, r -> ana.equals(r.key()), 2, Duration.ofSeconds(3)))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("got 1 of");
        }
        awaitStatus(ana, PresenceStatus.OFFLINE);
    }
}
