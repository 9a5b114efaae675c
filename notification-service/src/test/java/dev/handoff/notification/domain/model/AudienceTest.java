package dev.handoff.notification.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.PresenceStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class AudienceTest {
    private static final TenantId ACME = TenantId.of("acme");
    private static final TeamId BILLING = TeamId.of("billing");
    private static final NotificationSettings DEFAULTS = NotificationSettings.defaults(ACME);
    private static final Recipients CAROL_AND_LEE =
            new Recipients(ACME, List.of("Carol@acme.example", "lee@acme.example"));

    private static AgentContact agent(String name, String email, boolean supervisor, Set<TeamId> teams, String locale) {
        return new AgentContact(
                ACME, AgentId.of(name), name, email, locale, supervisor, teams, PresenceStatus.OFFLINE, Instant.EPOCH);
    }

    private static final AgentContact ANA = agent("ana", "ana@acme.example", false, Set.of(BILLING), "de-DE");
    private static final AgentContact BOB = agent("bob", "bob@acme.example", false, Set.of(TeamId.of("sales")), null);
    private static final AgentContact CAROL = agent("carol", "carol@acme.example", true, Set.of(), null);
    private static final AgentContact NOMAIL = agent("dan", null, false, Set.of(), null);

    private static AgentPreferences off(AgentContact agent, NotificationKind kind) {
        return new AgentPreferences(
                ACME,
                agent.agentId(),
                kind != NotificationKind.NEW_REQUEST,
                kind != NotificationKind.STILL_WAITING,
                kind != NotificationKind.VISITOR_MESSAGE,
                true,
                true,
                true,
                null);
    }

    @Test
    void aRequestGoesToTheRecipientsAndToTheAgentsOfItsTeamOnceEach() {
        List<Recipient> to = Audience.forWaiting(
                NotificationKind.NEW_REQUEST,
                BILLING,
                DEFAULTS,
                CAROL_AND_LEE,
                List.of(ANA, BOB, CAROL, NOMAIL),
                Map.of());

        // carol is a recipient and an agent (a supervisor serves every team): mailed once, as the list spells her.
        assertThat(to)
                .extracting(Recipient::email)
                .containsExactly("Carol@acme.example", "lee@acme.example", "ana@acme.example");
        assertThat(to).extracting(Recipient::language).containsExactly("en", "en", "de");
    }

    @Test
    void aRequestWithoutTeamGoesToEveryAgentAndNoAgentWhenTheTenantMailsOnlyItsRecipients() {
        assertThat(Audience.forWaiting(
                        NotificationKind.NEW_REQUEST,
                        null,
                        DEFAULTS,
                        Recipients.none(ACME),
                        List.of(ANA, BOB),
                        Map.of()))
                .extracting(Recipient::email)
                .containsExactly("ana@acme.example", "bob@acme.example");

        NotificationSettings recipientsOnly = new NotificationSettings(
                ACME,
                false,
                DEFAULTS.waitingAfter(),
                null,
                DEFAULTS.batchWindow(),
                DEFAULTS.idleAfter(),
                "de",
                Map.of());
        assertThat(Audience.forWaiting(
                        NotificationKind.STILL_WAITING,
                        null,
                        recipientsOnly,
                        CAROL_AND_LEE,
                        List.of(ANA, BOB),
                        Map.of()))
                .extracting(Recipient::email, Recipient::language)
                .containsExactly(Tuple.tuple("Carol@acme.example", "de"), Tuple.tuple("lee@acme.example", "de"));
    }

    @Test
    void anAgentWhoTurnedAKindOffIsNotMailedItNotEvenAsARecipient() {
        Map<AgentId, AgentPreferences> prefs = Map.of(
                CAROL.agentId(),
                off(CAROL, NotificationKind.NEW_REQUEST),
                ANA.agentId(),
                off(ANA, NotificationKind.STILL_WAITING));

        assertThat(Audience.forWaiting(
                        NotificationKind.NEW_REQUEST, BILLING, DEFAULTS, CAROL_AND_LEE, List.of(ANA, CAROL), prefs))
                .extracting(Recipient::email)
                .containsExactly("lee@acme.example", "ana@acme.example");
        assertThat(Audience.forWaiting(
                        NotificationKind.STILL_WAITING, BILLING, DEFAULTS, CAROL_AND_LEE, List.of(ANA, CAROL), prefs))
                .extracting(Recipient::email)
                .containsExactly("Carol@acme.example", "lee@acme.example");
    }

    @Test
    void theEscalationGoesToTheRecipientsAndTheSupervisorsOnly() {
        assertThat(Audience.forWaiting(
                        NotificationKind.ESCALATION,
                        BILLING,
                        DEFAULTS,
                        Recipients.none(ACME),
                        List.of(ANA, BOB, CAROL),
                        Map.of()))
                .extracting(Recipient::email)
                .containsExactly("carol@acme.example");
    }

    @Test
    void visitorMessagesGoToTheAgentInTheirChosenLanguageUnlessTheyOptedOutOrHaveNoAddress() {
        AgentPreferences english = new AgentPreferences(ACME, ANA.agentId(), true, true, true, true, true, true, "en");

        assertThat(Audience.forVisitorMessage(ANA, english, DEFAULTS))
                .contains(new Recipient("ana@acme.example", "en"));
        assertThat(Audience.forVisitorMessage(ANA, AgentPreferences.defaults(ACME, ANA.agentId()), DEFAULTS))
                .contains(new Recipient("ana@acme.example", "de"));
        assertThat(Audience.forVisitorMessage(ANA, off(ANA, NotificationKind.VISITOR_MESSAGE), DEFAULTS))
                .isEmpty();
        assertThat(Audience.forVisitorMessage(NOMAIL, AgentPreferences.defaults(ACME, NOMAIL.agentId()), DEFAULTS))
                .isEmpty();
    }

    @Test
    void onlyOnlineCountsAsAtTheConsole() {
        assertThat(ANA.withPresence(PresenceStatus.ONLINE, Set.of(), Instant.EPOCH.plusSeconds(1))
                        .atConsole())
                .isTrue();
        assertThat(ANA.withPresence(PresenceStatus.AWAY, Set.of(), Instant.EPOCH.plusSeconds(1))
                        .atConsole())
                .isFalse();
        assertThat(ANA.atConsole()).isFalse();
        // a report older than the known one changes nothing
        AgentContact online = ANA.withPresence(PresenceStatus.ONLINE, Set.of(), Instant.EPOCH.plusSeconds(10));
        assertThat(online.withPresence(PresenceStatus.OFFLINE, Set.of(), Instant.EPOCH.plusSeconds(5))
                        .atConsole())
                .isTrue();
    }
}
