package dev.handoff.agent.application.service;

import static dev.handoff.agent.application.service.ChatFixture.ACME;
import static dev.handoff.agent.application.service.ChatFixture.ALICE;
import static dev.handoff.agent.application.service.ChatFixture.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoff.agent.application.port.in.AgentSettingsView;
import dev.handoff.agent.application.port.in.ChangeAgentSettingsCommand;
import dev.handoff.agent.application.port.in.InvalidCommandException;
import dev.handoff.agent.application.port.in.SaveQuickReplyCommand;
import dev.handoff.agent.application.port.in.SendMessageCommand;
import dev.handoff.agent.application.port.in.SendQuickReplyCommand;
import dev.handoff.agent.application.port.in.SentMessage;
import dev.handoff.agent.domain.model.Actor;
import dev.handoff.agent.domain.model.AgentNotice;
import dev.handoff.agent.domain.model.ChatMessage;
import dev.handoff.agent.domain.model.LanguageTag;
import dev.handoff.agent.domain.model.QuickReply;
import dev.handoff.agent.domain.model.QuickReplyScope;
import dev.handoff.agent.domain.model.TranslationRequest;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.Translation;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Translation both ways with a scripted translator: what is asked, what is kept, and that failures cost nothing. */
class TranslationServiceTest {
    private final ChatFixture f = new ChatFixture();

    private void prefers(Actor agent, String language) {
        f.changeSettings.change(ChangeAgentSettingsCommand.of(agent, language));
    }

    /** The visitor writes; the message goes through translation and storage as the Kafka consumer does it. */
    private ChatMessage visitorWrites(ConversationId id, String text, String language, Translation upstream) {
        MessagePosted posted = new MessagePosted(
                UUID.randomUUID(),
                f.clock.instant(),
                ACME,
                id,
                MessageId.of(UUID.randomUUID().toString()),
                Sender.VISITOR,
                null,
                null,
                text,
                language,
                upstream);
        f.activity.onMessagePosted(posted, f.translateVisitor.forHolder(posted).orElse(null), null);
        return f.messages.of(id).get(f.messages.of(id).size() - 1);
    }

    private SentMessage agentSends(Actor agent, ConversationId id, String key, String text) {
        return f.send.send(new SendMessageCommand(agent, id, key, text));
    }

    @Test
    void aVisitorsMessageIsTranslatedIntoTheHoldersLanguageAndKeptBesideTheOriginal() {
        f.connected(ALICE);
        prefers(ALICE, "en-GB");
        ConversationId id = f.assigned("c1", ALICE, "es-MX");

        ChatMessage stored = visitorWrites(id, "hola, necesito ayuda", "es", null);

        assertThat(f.translations.requests)
                .containsExactly(
                        new TranslationRequest("hola, necesito ayuda", LanguageTag.of("es"), LanguageTag.of("en-GB")));
        assertThat(stored.text()).isEqualTo("hola, necesito ayuda");
        assertThat(stored.language()).isEqualTo("es");
        assertThat(stored.translation()).isEqualTo(new Translation("en-GB", "[en] hola, necesito ayuda"));
        assertThat(f.noticesOf(ALICE)).last().isEqualTo(new AgentNotice.MessageAdded(stored));
        assertThat(f.view.view(ALICE, id).messages()).last().isEqualTo(stored);
    }

    @Test
    void anUnknownLanguageIsDetectedAndATextInTheHoldersLanguageStaysUntranslated() {
        prefers(ALICE, "en");
        ConversationId id = f.assigned("c1", ALICE, "es-MX");

        assertThat(visitorWrites(id, "Hola?", null, null).translation()).isEqualTo(new Translation("en", "[en] Hola?"));
        assertThat(f.translations.requests.get(0).source()).isNull();
        assertThat(visitorWrites(id, "Hello, still there?", null, null).translation())
                .isNull();
        // Known to be the agent's language (another region): the translator is not even asked.
        assertThat(visitorWrites(id, "Thanks", "en-US", null).translation()).isNull();
        assertThat(f.translations.requests).hasSize(2);
    }

    @Test
    void nothingIsTranslatedForAgentsWithoutALanguageForOthersMessagesOrWithoutAHolder() {
        ConversationId held = f.assigned("c1", ALICE, "es-MX");
        assertThat(visitorWrites(held, "hola", "es", null).translation()).isNull();

        prefers(BOB, "en");
        ConversationId pending = ConversationId.of("nobody-holds-it");
        MessagePosted early = new MessagePosted(
                UUID.randomUUID(),
                f.clock.instant(),
                ACME,
                pending,
                MessageId.of("m1"),
                Sender.VISITOR,
                null,
                null,
                "hola",
                "es",
                null);
        assertThat(f.translateVisitor.forHolder(early)).isEmpty();
        MessagePosted fromAgent = new MessagePosted(
                UUID.randomUUID(),
                f.clock.instant(),
                ACME,
                held,
                MessageId.of("m2"),
                Sender.AGENT,
                "alice",
                "Alice",
                "hola",
                "es",
                null);
        assertThat(f.translateVisitor.forHolder(fromAgent)).isEmpty();
        assertThat(f.translations.requests).isEmpty();
    }

    @Test
    void aTranslationMadeUpstreamIntoTheHoldersLanguageIsTakenWithoutAskingTheTranslator() {
        prefers(ALICE, "en");
        ConversationId id = f.assigned("c1", ALICE, "es-MX");
        f.translations.available = false;

        ChatMessage stored = visitorWrites(id, "hola", "es", new Translation(" en-us ", "hello"));

        assertThat(stored.translation()).isEqualTo(new Translation("en-US", "hello"));
        assertThat(visitorWrites(id, "adiós", "es", new Translation("fr", "au revoir"))
                        .translation())
                .isNull();
        assertThat(f.translations.requests).isEmpty();
    }

    @Test
    void aFailingTranslatorCostsOnlyTheTranslationBothWays() {
        f.connected(ALICE);
        prefers(ALICE, "en");
        ConversationId id = f.assigned("c1", ALICE, "es-MX");
        f.translations.answer = r -> Optional.empty();
        assertThat(visitorWrites(id, "hola", "es", null).translation()).isNull();
        assertThat(agentSends(ALICE, id, "k-1", "Hello").message().translation())
                .isNull();

        f.translations.answer = r -> {
            throw new IllegalStateException("translator bug");
        };
        ChatMessage visitors = visitorWrites(id, "hola otra vez", "es", null);
        SentMessage agents = agentSends(ALICE, id, "k-2", "Hello again");

        assertThat(visitors.text()).isEqualTo("hola otra vez");
        assertThat(visitors.translation()).isNull();
        assertThat(f.noticesOf(ALICE)).contains(new AgentNotice.MessageAdded(visitors));
        MessagePosted published = f.events.published(MessagePosted.class).get(1);
        assertThat(published.messageId()).isEqualTo(agents.message().messageId());
        assertThat(published.text()).isEqualTo("Hello again");
        assertThat(published.language()).isEqualTo("en");
        assertThat(published.translation()).isNull();
    }

    @Test
    void anAgentsMessageIsPublishedInTheirLanguageWithTheVisitorsTranslationAndARetryIsNotTranslatedAgain() {
        f.connected(ALICE);
        prefers(ALICE, "en");
        ConversationId id = f.assigned("c1", ALICE, "es-MX");

        SentMessage sent = agentSends(ALICE, id, "k-1", "How can I help?");

        assertThat(f.translations.requests)
                .containsExactly(
                        new TranslationRequest("How can I help?", LanguageTag.of("en"), LanguageTag.of("es-MX")));
        MessagePosted posted = f.events.published(MessagePosted.class).get(0);
        assertThat(posted.text()).isEqualTo("How can I help?");
        assertThat(posted.language()).isEqualTo("en");
        assertThat(posted.translation()).isEqualTo(new Translation("es-MX", "[es] How can I help?"));
        assertThat(sent.message().translation()).isEqualTo(posted.translation());
        assertThat(f.noticesOf(ALICE)).last().isEqualTo(new AgentNotice.MessageAdded(sent.message()));

        assertThat(agentSends(ALICE, id, "k-1", "How can I help?").created()).isFalse();
        assertThat(f.translations.requests).hasSize(1);
        assertThat(f.events.published(MessagePosted.class)).hasSize(1);
    }

    @Test
    void aVisitorInTheAgentsLanguageOrAnAgentWithoutOneGetsTheTextAsWritten() {
        prefers(ALICE, "en");
        ConversationId english = f.assigned("c1", ALICE, "en-ZA");
        assertThat(agentSends(ALICE, english, "k-1", "Hi").message().language()).isEqualTo("en");

        ConversationId spanish = f.assigned("c2", BOB, "es");
        SentMessage bobs = agentSends(BOB, spanish, "k-1", "Hi");
        assertThat(bobs.message().language()).isNull();
        assertThat(bobs.message().translation()).isNull();
        assertThat(f.translations.requests).isEmpty();
    }

    @Test
    void aQuickReplyIsTranslatedLikeATypedMessage() {
        prefers(ALICE, "en");
        ConversationId id = f.assigned("c1", ALICE, "pt-BR");
        QuickReply reply =
                f.quickReplies.create(new SaveQuickReplyCommand(ALICE, QuickReplyScope.PERSONAL, "/hi", "Hello!"));

        SentMessage sent = f.sendQuickReply.send(new SendQuickReplyCommand(ALICE, id, reply.id(), "k-1"));

        assertThat(sent.message().translation()).isEqualTo(new Translation("pt-BR", "[pt] Hello!"));
    }

    @Test
    void settingsAreKeptPerTenantInCanonicalCaseSayWhetherTranslationWorksAndRefuseWhatIsNoLanguage() {
        AgentSettingsView none = f.viewSettings.view(ALICE);
        assertThat(none.settings().preferredLanguage()).isNull();
        assertThat(none.settings().updatedAt()).isNull();
        assertThat(none.translationAvailable()).isTrue();

        AgentSettingsView saved = f.changeSettings.change(ChangeAgentSettingsCommand.of(ALICE, "pt-br"));
        assertThat(saved.settings().preferredLanguage().value()).isEqualTo("pt-BR");
        assertThat(f.viewSettings.view(ALICE).settings()).isEqualTo(saved.settings());
        Actor aliceElsewhere = new Actor(TenantId.of("other"), ALICE.agentId(), "Alice", false);
        assertThat(f.viewSettings.view(aliceElsewhere).settings().preferredLanguage())
                .isNull();

        f.changeSettings.change(ChangeAgentSettingsCommand.of(ALICE, null));
        f.translations.available = false;
        assertThat(f.viewSettings.view(ALICE).settings().preferredLanguage()).isNull();
        assertThat(f.viewSettings.view(ALICE).translationAvailable()).isFalse();
        for (String bad : new String[] {"english", "en_US", "x-private", "und", ""}) {
            assertThatThrownBy(() -> ChangeAgentSettingsCommand.of(ALICE, bad))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            InvalidCommandException.class,
                            e -> assertThat(e.field()).isEqualTo("preferredLanguage"));
        }
    }
}
