package dev.handoff.agent.adapter.in.websocket;

import static dev.handoff.agent.adapter.in.websocket.AgentSockets.agentTab;
import static dev.handoff.agent.adapter.in.websocket.AgentSockets.frame;
import static dev.handoff.agent.adapter.in.websocket.AgentSockets.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.testinfra.JsonSocketClient;
import dev.handoff.testinfra.KafkaTopics;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
@WithTestInfrastructure
class AgentSocketTest {
    @RegisterExtension
    static final KafkaTopics kafka = new KafkaTopics();

    @TestHTTPResource("/ws/agent")
    URI endpoint;

    @Test
    void aNewPendingRequestReachesEveryTabOfTheTenantsAgentsAndNoOtherTenant() {
        ConversationFixture acme = new ConversationFixture(kafka, unique("acme"));
        ConversationFixture other = new ConversationFixture(kafka, unique("other"));
        String alice = unique("alice");
        try (JsonSocketClient tab1 = agentTab(alice, acme.tenant.value());
                JsonSocketClient tab2 = agentTab(alice, acme.tenant.value());
                JsonSocketClient stranger = agentTab(unique("bob"), other.tenant.value())) {
            ConversationId id = acme.pending("billing", null);

            JsonNode first = tab1.await(frame("pending.added", id));
            JsonNode second = tab2.await(frame("pending.added", id));
            assertThat(second).isEqualTo(first);
            assertThat(first.path("seq").asLong()).isPositive();
            assertThat(first.path("visitorName").asText()).isEqualTo("Visitor billing");
            assertThat(first.path("botId").asText()).isEqualTo("demo-bot");
            assertThat(first.path("botName").asText()).isEqualTo("demo-bot");
            assertThat(first.path("preview").asText()).isEqualTo("help with billing");
            assertThat(first.path("priority").asInt()).isEqualTo(2);
            assertThat(first.path("waitingSince").asText()).isNotEmpty();
            assertThat(first.has("team")).isTrue();

            ConversationId theirs = other.pending("sales", null);
            // The other tenant's first frame is its own request: it never saw acme's.
            assertFrame(stranger.next(), "pending.added", theirs);
        }
    }

    @Test
    void agentsWithTeamsSeeOnlyTheirTeamsRequestsAndAgentsWithoutSeeAll() {
        ConversationFixture acme = new ConversationFixture(kafka, unique("acme"));
        try (JsonSocketClient billing = AgentSockets.connect(
                        endpoint,
                        TestTokens.agentInTeams(unique("bill"), acme.tenant.value(), List.of("billing"), "agent"));
                JsonSocketClient everyone = agentTab(unique("eve"), acme.tenant.value())) {
            ConversationId sales = acme.pending("s", "sales");
            everyone.await(frame("pending.added", sales));
            ConversationId bills = acme.pending("b", "billing");
            everyone.await(frame("pending.added", bills));
            assertFrame(billing.next(), "pending.added", bills);
        }
    }

    @Test
    void aSupervisorWhoseTokenNamesTeamsSeesEveryTeamsRequestsLikeInTheRestList() {
        ConversationFixture acme = new ConversationFixture(kafka, unique("acme"));
        try (JsonSocketClient supervisor = AgentSockets.connect(
                endpoint,
                TestTokens.agentInTeams(unique("sue"), acme.tenant.value(), List.of("sales"), "agent", "supervisor"))) {
            ConversationId bills = acme.pending("b", "billing");
            assertFrame(AgentSockets.nextNumbered(supervisor), "pending.added", bills);
        }
    }

    @Test
    void anAssignmentRemovesTheRequestForEveryoneWithWhoAndTellsTheAssignee() {
        ConversationFixture acme = new ConversationFixture(kafka, unique("acme"));
        String alice = unique("alice");
        String carol = unique("carol");
        try (JsonSocketClient aliceTab = agentTab(alice, acme.tenant.value());
                JsonSocketClient carolTab = agentTab(carol, acme.tenant.value())) {
            ConversationId claimed = acme.pending("c1", null);
            ConversationId left = acme.pending("c2", null);
            for (JsonSocketClient tab : List.of(aliceTab, carolTab)) {
                tab.await(frame("pending.added", claimed));
                tab.await(frame("pending.added", left));
            }

            acme.assign(claimed, carol);
            JsonNode removed = aliceTab.await(frame("pending.removed", claimed));
            assertThat(removed.path("reason").asText()).isEqualTo("claimed");
            assertThat(removed.path("by").asText()).isEqualTo(carol);
            JsonNode carolRemoved = carolTab.await(frame("pending.removed", claimed));
            JsonNode assigned = carolTab.next();
            assertFrame(assigned, "assigned", claimed);
            assertThat(assigned.path("seq").asLong())
                    .isEqualTo(carolRemoved.path("seq").asLong() + 1);

            acme.endByVisitor(left);
            JsonNode ended = aliceTab.await(frame("pending.removed", left));
            assertThat(ended.path("reason").asText()).isEqualTo("ended");
            assertThat(ended.has("by")).isFalse();
            assertThat(aliceTab.drain()).noneMatch(f -> f.path("type").asText().equals("assigned"));
        }
    }

    @Test
    void aResumeAfterADisconnectSendsExactlyTheMissedFramesInOrderThenLiveOnes() {
        ConversationFixture acme = new ConversationFixture(kafka, unique("acme"));
        String alice = unique("alice");
        try (JsonSocketClient witness = agentTab(alice, acme.tenant.value())) {
            long seen;
            try (JsonSocketClient lost = agentTab(alice, acme.tenant.value())) {
                ConversationId first = acme.pending("c1", null);
                seen = lost.await(frame("pending.added", first)).path("seq").asLong();
                witness.await(frame("pending.added", first));
            }
            ConversationId c2 = acme.pending("c2", null);
            ConversationId c3 = acme.pending("c3", null);
            List<JsonNode> missed = new ArrayList<>();
            missed.add(witness.next());
            missed.add(witness.next());
            // Only once c2 is pending: an assignment before its details arrive would never make it pending.
            acme.assign(c2, "someone-else");
            missed.add(witness.next());
            assertThat(missed).extracting(f -> f.path("seq").asLong()).containsExactly(seen + 1, seen + 2, seen + 3);
            assertThat(missed).anyMatch(frame("pending.removed", c2)::test).anyMatch(frame("pending.added", c3)::test);

            try (JsonSocketClient back = agentTab(alice, acme.tenant.value())) {
                back.send("{\"type\":\"resume\",\"afterSeq\":" + seen + "}");
                assertThat(List.of(back.next(), back.next(), back.next())).isEqualTo(missed);

                ConversationId live = acme.pending("c4", null);
                JsonNode next = back.next();
                assertFrame(next, "pending.added", live);
                assertThat(next.path("seq").asLong()).isEqualTo(seen + 4);
            }
            try (JsonSocketClient viaUrl = AgentSockets.connect(
                    endpoint, TestTokens.agent(alice, acme.tenant.value(), "agent"), "&afterSeq=" + seen)) {
                assertThat(List.of(viaUrl.next(), viaUrl.next(), viaUrl.next())).isEqualTo(missed);
                assertThat(viaUrl.next().path("seq").asLong()).isEqualTo(seen + 4);
            }
        }
    }

    @Test
    void badFramesGetErrorFramesAndTheSocketStaysOpen() {
        try (JsonSocketClient tab = agentTab(unique("alice"), unique("acme"))) {
            assertError(tab, "not json", "not-json");
            assertError(tab, "[1,2]", "not-json");
            assertError(tab, "{\"type\":\"dance\"}", "unknown-type");
            assertError(tab, "{\"no\":\"type\"}", "unknown-type");
            assertError(tab, "{\"type\":\"resume\",\"afterSeq\":\"x\"}", "invalid-frame");
            assertError(tab, "{\"type\":\"status\",\"status\":\"OFFLINE\"}", "invalid-frame");
            assertError(tab, "{\"type\":\"ping\",\"pad\":\"" + "x".repeat(17 * 1024) + "\"}", "too-large");

            tab.send("{\"type\":\"ping\"}");
            assertThat(tab.next().path("type").asText()).isEqualTo("pong");
        }
    }

    @Test
    void aSocketSendingBadFramesOverAndOverIsClosedWith4429() {
        try (JsonSocketClient tab = agentTab(unique("mallory"), unique("acme"))) {
            for (int i = 0; i < InboundLimits.BAD_FRAMES_PER_MINUTE; i++) {
                tab.send("garbage " + i);
            }
            assertThat(tab.awaitClose())
                    .isEqualTo(new JsonSocketClient.Closed(AgentSocket.TOO_MANY_BAD_FRAMES, "too many bad frames"));
        }
    }

    @Test
    void aFrameOverTheHardLimitOf64KiBClosesTheSocketWith1009() {
        try (JsonSocketClient tab = agentTab(unique("alice"), unique("acme"))) {
            tab.send("{\"type\":\"ping\",\"pad\":\"" + "x".repeat(65 * 1024) + "\"}");
            assertThat(tab.awaitClose())
                    .isEqualTo(
                            new JsonSocketClient.Closed(AgentSocket.MESSAGE_TOO_BIG, "frame larger than 65536 bytes"));
        }
    }

    @Test
    void aBinaryFrameClosesTheSocketWith1003() {
        try (JsonSocketClient tab = agentTab(unique("alice"), unique("acme"))) {
            tab.sendBinary(new byte[] {1, 2, 3});
            assertThat(tab.awaitClose()).isEqualTo(new JsonSocketClient.Closed(1003, "binary frames are not accepted"));
        }
    }

    @Test
    void anAfterSeqThatIsNotAWholeNumberOfAsciiDigitsClosesTheSocketWith4400() {
        String token = TestTokens.agent(unique("alice"), unique("acme"), "agent");
        for (String afterSeq : new String[] {"%EF%BC%95", "-1", "1e3"}) {
            try (JsonSocketClient tab =
                    AgentSockets.open(endpoint, "ticket=" + AgentSockets.ticket(token) + "&afterSeq=" + afterSeq)) {
                JsonSocketClient.Closed closed = tab.awaitClose();
                assertThat(closed.code()).as("afterSeq=%s", afterSeq).isEqualTo(AgentSocket.BAD_QUERY);
                assertThat(closed.reason()).startsWith("afterSeq must be a whole number");
            }
        }
    }

    private static void assertFrame(JsonNode actual, String type, ConversationId id) {
        assertThat(frame(type, id).test(actual))
                .as("%s is a %s of %s", actual, type, id)
                .isTrue();
    }

    private static void assertError(JsonSocketClient tab, String frame, String code) {
        tab.send(frame);
        JsonNode error = tab.next();
        assertThat(error.path("type").asText()).isEqualTo("error");
        assertThat(error.path("code").asText()).isEqualTo(code);
        assertThat(error.path("detail").asText()).isNotBlank();
    }
}
