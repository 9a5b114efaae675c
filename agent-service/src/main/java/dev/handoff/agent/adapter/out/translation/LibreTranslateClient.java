package dev.handoff.agent.adapter.out.translation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.handoff.agent.adapter.out.translation.TranslatorException.Reason;
import dev.handoff.agent.domain.model.LanguageTag;
import dev.handoff.agent.domain.model.TranslatedText;
import dev.handoff.agent.domain.model.TranslationRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A LibreTranslate-compatible API: {@code POST <url>/translate} with {@code {q, source, target, format: "text",
 * api_key?}} answers {@code {translatedText, detectedLanguage?}}. Plain Java (java.net.http), so it is tested
 * against a stand-in server without Quarkus. Any answer but a 200 with that JSON is a {@link TranslatorException}.
 */
public final class LibreTranslateClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ERROR_EXCERPT = 200;

    private final HttpClient http;
    private final URI endpoint;
    private final String apiKey;
    private final Duration timeout;

    public LibreTranslateClient(String baseUrl, String apiKey, Duration timeout) {
        this.endpoint = endpoint(baseUrl);
        this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** {@code <baseUrl>/translate}; IllegalArgumentException unless the base URL is an absolute http(s) URL. */
    static URI endpoint(String baseUrl) {
        URI base;
        try {
            base = URI.create(baseUrl.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("agent.translation.url is not a URL: " + e.getMessage(), e);
        }
        String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || base.getHost() == null || base.getQuery() != null) {
            throw new IllegalArgumentException("agent.translation.url must be an http(s) URL without a query, "
                    + "such as http://translator:5000");
        }
        String path = base.getPath() == null ? "" : base.getPath().replaceAll("/+$", "");
        return base.resolve(path + "/translate");
    }

    /** The text in the request's target language; throws {@link TranslatorException} for anything else. */
    public TranslatedText translate(TranslationRequest request) {
        ObjectNode body = JSON.createObjectNode()
                .put("q", request.text())
                .put("source", request.source() == null ? "auto" : code(request.source()))
                .put("target", code(request.target()))
                .put("format", "text");
        if (apiKey != null) {
            body.put("api_key", apiKey);
        }
        HttpRequest post = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = exchange(post);
        if (response.statusCode() != 200) {
            throw new TranslatorException(
                    Reason.STATUS, endpoint + " answered " + response.statusCode() + ": " + excerpt(response.body()));
        }
        return read(response.body());
    }

    /** The whole exchange, body included, within the timeout: a server trickling its answer is cut off too. */
    private HttpResponse<String> exchange(HttpRequest post) {
        CompletableFuture<HttpResponse<String>> answer =
                http.sendAsync(post, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        try {
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new TranslatorException(Reason.TIMEOUT, endpoint + " gave no answer within " + timeout);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            Reason reason = cause instanceof java.net.http.HttpTimeoutException ? Reason.TIMEOUT : Reason.UNREACHABLE;
            throw new TranslatorException(reason, endpoint + " failed: " + cause);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new TranslatorException(Reason.UNREACHABLE, "interrupted while waiting for " + endpoint);
        }
    }

    private static TranslatedText read(String body) {
        JsonNode answer;
        try {
            answer = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new TranslatorException(Reason.UNREADABLE, "the answer is not JSON: " + excerpt(body));
        }
        JsonNode text = answer == null ? null : answer.get("translatedText");
        if (text == null || !text.isTextual()) {
            throw new TranslatorException(Reason.UNREADABLE, "the answer has no translatedText: " + excerpt(body));
        }
        // {"detectedLanguage": {"language": "es", "confidence": 90}} when the source was "auto"; absent otherwise.
        JsonNode detected = answer.path("detectedLanguage");
        String language = detected.isTextual()
                ? detected.asText()
                : detected.path("language").asText(null);
        return new TranslatedText(text.asText(), LanguageTag.lenient(language).orElse(null));
    }

    /** LibreTranslate names languages by their primary subtag ({@code pt}, {@code zh}); regions are not its concern. */
    static String code(LanguageTag tag) {
        return tag.language();
    }

    private static String excerpt(String body) {
        String text = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return text.length() <= MAX_ERROR_EXCERPT ? text : text.substring(0, MAX_ERROR_EXCERPT) + "...";
    }
}
