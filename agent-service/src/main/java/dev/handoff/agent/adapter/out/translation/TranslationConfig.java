package dev.handoff.agent.adapter.out.translation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Where the translator is (see application.properties); without a URL, messages are shown as written. */
@ConfigMapping(prefix = "agent.translation")
public interface TranslationConfig {
    /** Base URL of a self-hosted, LibreTranslate-compatible API: requests go to {@code <url>/translate}. */
    Optional<String> url();

    /** Sent as {@code api_key} to servers that require one. */
    Optional<String> apiKey();

    /** The longest one translation may take (connecting included) before the message goes on untranslated. */
    @WithDefault("2s")
    Duration timeout();
}
