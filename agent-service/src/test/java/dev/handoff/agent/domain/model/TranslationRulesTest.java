package dev.handoff.agent.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.Translation;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TranslationRulesTest {
    private static final LanguageTag EN = LanguageTag.of("en");
    private static final LanguageTag ES = LanguageTag.of("es");

    @Test
    void languageTagsAreWellFormedBcp47NamingALanguageAndKeptInCanonicalCase() {
        assertThat(LanguageTag.of("pt-br").value()).isEqualTo("pt-BR");
        assertThat(LanguageTag.of(" ZH-hant-tw ").value()).isEqualTo("zh-Hant-TW");
        assertThat(LanguageTag.of("es-419").language()).isEqualTo("es");
        for (String bad :
                new String[] {"english", "e", "en_US", "en-", "12", "x-klingon", "und", "", " ", "en-" + "a".repeat(40)
                }) {
            assertThatThrownBy(() -> LanguageTag.of(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> LanguageTag.of(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(LanguageTag.lenient("not a tag")).isEmpty();
        assertThat(LanguageTag.lenient(null)).isEmpty();
        assertThat(LanguageTag.lenient("en-ZA")).contains(LanguageTag.of("en-za"));
    }

    @Test
    void aRegionIsNoOtherLanguageButAnotherScriptIs() {
        assertThat(LanguageTag.of("en-GB").sameLanguageAs(LanguageTag.of("en-ZA")))
                .isTrue();
        assertThat(LanguageTag.of("en").sameLanguageAs(ES)).isFalse();
        assertThat(LanguageTag.of("zh-Hant").sameLanguageAs(LanguageTag.of("zh-Hans")))
                .isFalse();
        assertThat(LanguageTag.of("zh").sameLanguageAs(LanguageTag.of("zh-Hans")))
                .isTrue();
    }

    @Test
    void aTranslationIsAskedForUnlessTheTextIsKnownToBeInTheReadersLanguage() {
        assertThat(TranslationRequest.needed("hola", ES, EN)).contains(new TranslationRequest("hola", ES, EN));
        assertThat(TranslationRequest.needed("hola", null, EN)).contains(new TranslationRequest("hola", null, EN));
        assertThat(TranslationRequest.needed("hi", LanguageTag.of("en-US"), EN)).isEmpty();
        assertThat(TranslationRequest.needed("hi", EN, null)).isEmpty();
        assertThat(TranslationRequest.needed("  ", ES, EN)).isEmpty();
    }

    @Test
    void anAnswerInTheReadersLanguageAlreadyOrUnchangedOrEmptyIsNoTranslation() {
        TranslationRequest detect = new TranslationRequest("hello", null, LanguageTag.of("en-GB"));
        assertThat(detect.accept(new TranslatedText("hello there", EN))).isEmpty();
        assertThat(detect.accept(new TranslatedText(" hello ", null))).isEmpty();
        assertThat(detect.accept(new TranslatedText("   ", null))).isEmpty();
        assertThat(detect.accept(new TranslatedText(" hola ", ES))).contains(new Translation("en-GB", "hola"));
        assertThat(detect.accept(new TranslatedText("x".repeat(TranslationRequest.MAX_TRANSLATION + 10), ES))
                        .orElseThrow()
                        .text())
                .hasSize(TranslationRequest.MAX_TRANSLATION);
    }

    @Test
    void supervisorsAndAgentsWithoutTeamsServeEveryTeamOthersTheirOwnAndTheTenantWideQueue() {
        TenantId acme = TenantId.of("acme");
        AgentProfile bill =
                new AgentProfile(acme, AgentId.of("bill"), null, Set.of("agent"), Set.of(TeamId.of("billing")));
        AgentProfile sue = new AgentProfile(
                acme, AgentId.of("sue"), null, Set.of("agent", "supervisor"), Set.of(TeamId.of("sales")));
        assertThat(bill.serves(TeamId.of("billing"))).isTrue();
        assertThat(bill.serves(null)).isTrue();
        assertThat(bill.serves(TeamId.of("sales"))).isFalse();
        assertThat(sue.serves(TeamId.of("billing"))).isTrue();
        assertThat(sue.servesEveryTeam()).isTrue();
    }
}
