package dev.handoff.agent.adapter.in.websocket;

import static dev.handoff.agent.adapter.in.websocket.AgentSockets.agentTab;
import static dev.handoff.agent.adapter.in.websocket.AgentSockets.frame;
import static dev.handoff.agent.adapter.in.websocket.AgentSockets.unique;
import static dev.handoff.agent.adapter.in.websocket.AgentSockets.until;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.handoff.shared.event.Offered;
import dev.handoff.shared.event.OffersMissed;
import dev.handoff.shared.event.PresenceChanged;
import dev.handoff.shared.event.Requeued;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.model.PresenceStatus;
import dev.handoff.testinfra.JsonSocketClient;
import dev.handoff.testinfra.KafkaTopics;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Offers reach the offered agent over their socket (and nobody else), with the request and its deadline; an offer
 * that ends without an accept is taken back with its reason; an agent routing reports for lapsed offers is set away.
 */
@QuarkusTest
@WithTestInfrastructure
class OfferSocketTest {
    @RegisterExtension
    static final KafkaTopics kafka = new KafkaTopics();

    @Test
    void theOfferedAgentGetsTheOfferWithItsDeadlineAndLearnsWhyItEnded() {
        ConversationFixture acme = new ConversationFixture(kafka, unique("acme"));
        String alice = unique("alice");
        String bob = unique("bob");
        try (JsonSocketClient aliceTab = agentTab(alice, acme.tenant.value());
                JsonSocketClient bobTab = agentTab(bob, acme.tenant.value())) {
            ConversationId id = acme.pending("billing", null);
            aliceTab.await(frame("pending.added", id));
            Instant expiresAt = Instant.now().plusSeconds(30).truncatedTo(ChronoUnit.SECONDS);

            acme.publish(new Offered(UUID.randomUUID(), Instant.now(), acme.tenant, id, AgentId.of(alice), expiresAt));
            JsonNode offer = aliceTab.await(frame("offer", id));
            assertThat(offer.path("seq").asLong()).isPositive();
            assertThat(Instant.parse(offer.path("expiresAt").asText())).isEqualTo(expiresAt);
            assertThat(offer.path("visitorName").asText()).isEqualTo("Visitor billing");
            assertThat(offer.path("preview").asText()).isEqualTo("help with billing");
            assertThat(offer.path("botName").asText()).isEqualTo("demo-bot");

            acme.publish(new Requeued(
                    UUID.randomUUID(), Instant.now(), acme.tenant, id, AgentId.of(alice), "offer-timeout"));
            assertThat(aliceTab.await(frame("offer.ended", id)).path("reason").asText())
                    .isEqualTo("timed-out");

            // the next agent is offered it and declines
            acme.publish(new Offered(UUID.randomUUID(), Instant.now(), acme.tenant, id, AgentId.of(bob), expiresAt));
            bobTab.await(frame("offer", id));
            acme.publish(
                    new Requeued(UUID.randomUUID(), Instant.now(), acme.tenant, id, AgentId.of(bob), "offer-declined"));
            assertThat(bobTab.await(frame("offer.ended", id)).path("reason").asText())
                    .isEqualTo("declined");

            // alice never saw bob's offer: up to a later request everyone sees, nothing about offers reached her
            ConversationId marker = acme.pending("marker", null);
            assertThat(until(aliceTab, frame("pending.added", marker)))
                    .noneMatch(f -> f.path("type").asText().startsWith("offer"));
        }
    }

    @Test
    void anAgentWhoLetOffersLapseIsSetAwayAndTheirConsoleIsToldWhy() {
        ConversationFixture acme = new ConversationFixture(kafka, unique("acme"));
        String ana = unique("ana");
        try (JsonSocketClient tab = agentTab(ana, acme.tenant.value())) {
            ConversationId id = acme.pending("sales", null);
            tab.await(frame("pending.added", id));

            acme.publish(new OffersMissed(UUID.randomUUID(), Instant.now(), acme.tenant, id, AgentId.of(ana), 3));
            JsonNode away = tab.await(frame("away", id));
            assertThat(away.path("status").asText()).isEqualTo("AWAY");
            assertThat(away.path("reason").asText()).isEqualTo("offers-missed");
            assertThat(away.path("missedInARow").asInt()).isEqualTo(3);
            PresenceChanged announced = kafka.awaitEvent(
                    PresenceChanged.class, ana, p -> p.status() == PresenceStatus.AWAY, JsonSocketClient.WAIT);
            assertThat(announced.tenantId()).isEqualTo(acme.tenant);

            // they come back by saying so
            tab.send("{\"type\":\"status\",\"status\":\"ONLINE\"}");
            assertThat(tab.await(f -> "status".equals(f.path("type").asText()))
                            .path("status")
                            .asText())
                    .isEqualTo("ONLINE");
        }
    }
}
