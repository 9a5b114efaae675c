package dev.handoff.agent.adapter.out.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoff.agent.adapter.out.translation.TranslatorException.Reason;
import dev.handoff.agent.domain.model.LanguageTag;
import dev.handoff.agent.domain.model.TranslatedText;
import dev.handoff.agent.domain.model.TranslationRequest;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP adapter against a LibreTranslate stand-in: what it sends, what it reads, and every way it fails. */
class LibreTranslateClientTest {
    private static final LanguageTag EN = LanguageTag.of("en-GB");
    private static final LanguageTag PT = LanguageTag.of("pt-BR");
    private static final Duration TIMEOUT = Duration.ofMillis(500);
    private static TranslatorStandIn standIn;
    private static LibreTranslateClient client;

    @BeforeAll
    static void start() throws IOException {
        standIn = TranslatorStandIn.start("secret");
        client = new LibreTranslateClient(standIn.url() + "/", "secret", TIMEOUT);
    }

    @AfterAll
    static void stop() {
        standIn.close();
    }

    private static void assertFails(ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        TranslatorException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void sendsTextSourceTargetFormatAndKeyAndReadsTheTranslation() {
        TranslatedText answer = client.translate(new TranslationRequest("Olá, tudo bem?", PT, EN));

        assertThat(answer).isEqualTo(new TranslatedText("[en] Olá, tudo bem?", null));
        assertThat(standIn.lastRequest().path("q").asText()).isEqualTo("Olá, tudo bem?");
        assertThat(standIn.lastRequest().path("source").asText()).isEqualTo("pt");
        assertThat(standIn.lastRequest().path("target").asText()).isEqualTo("en");
        assertThat(standIn.lastRequest().path("format").asText()).isEqualTo("text");
        assertThat(standIn.lastRequest().path("api_key").asText()).isEqualTo("secret");
    }

    @Test
    void anUnknownSourceIsDetectedByTheServerAndTheDetectedLanguageIsRead() {
        TranslatedText answer = client.translate(new TranslationRequest("hola amigo", null, EN));

        assertThat(standIn.lastRequest().path("source").asText()).isEqualTo("auto");
        assertThat(answer.detectedSource()).isEqualTo(LanguageTag.of("es"));
        assertThat(answer.text()).isEqualTo("[en] hola amigo");
    }

    @Test
    void errorStatusesAnswersThatAreNotTheExpectedJsonAndAWrongKeyAreFailures() {
        assertFails(() -> client.translate(new TranslationRequest("[fail] hi", PT, EN)), Reason.STATUS);
        assertFails(() -> client.translate(new TranslationRequest("[garbage] hi", PT, EN)), Reason.UNREADABLE);
        LibreTranslateClient keyless = new LibreTranslateClient(standIn.url(), null, TIMEOUT);
        assertFails(() -> keyless.translate(new TranslationRequest("hi", PT, EN)), Reason.STATUS);
        assertThat(standIn.lastRequest().has("api_key")).isFalse();
    }

    @Test
    void aSlowServerIsCutOffAtTheTimeout() {
        long started = System.nanoTime();
        assertFails(() -> client.translate(new TranslationRequest("[slow] hi", PT, EN)), Reason.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(TIMEOUT.multipliedBy(6));
    }

    @Test
    void aServerThatIsNotThereIsUnreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        LibreTranslateClient nowhere = new LibreTranslateClient("http://127.0.0.1:" + closedPort, null, TIMEOUT);
        assertFails(() -> nowhere.translate(new TranslationRequest("hi", PT, EN)), Reason.UNREACHABLE);
    }

    @Test
    void theUrlMustBeAnHttpUrlAndItsPathIsKept() {
        assertThat(LibreTranslateClient.endpoint("https://mt.example/libre/").toString())
                .isEqualTo("https://mt.example/libre/translate");
        assertThat(LibreTranslateClient.endpoint("http://mt:5000").toString()).isEqualTo("http://mt:5000/translate");
        for (String bad :
                new String[] {"ftp://mt.example", "mt.example:5000", "http:///nohost", "http://mt/?a=b", "not a url"}) {
            assertThatThrownBy(() -> LibreTranslateClient.endpoint(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
