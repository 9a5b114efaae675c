package dev.handoff.handoff.adapter.out.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Delivers queued webhooks, at least once, with exponential back-off. Rows are taken with SKIP LOCKED, so
 * replicas share the work and never send one delivery at the same time; the event id lets a bot drop repeats.
 */
@ApplicationScoped
public class WebhookDispatcher {
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int BATCH = 20;

    private final EntityManager em;
    private final Clock clock;
    private final HttpClient http;
    private final Duration timeout;
    private final int maxAttempts;

    public WebhookDispatcher(
            EntityManager em,
            Clock clock,
            @ConfigProperty(name = "handoff.webhook.timeout", defaultValue = "5s") Duration timeout,
            @ConfigProperty(name = "handoff.webhook.max-attempts", defaultValue = "12") int maxAttempts) {
        this.em = em;
        this.clock = clock;
        this.timeout = timeout;
        this.maxAttempts = maxAttempts;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Scheduled(
            every = "${handoff.webhook.poll-interval:1s}",
            delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void deliverDue() {
        while (QuarkusTransaction.requiringNew().call(this::deliverBatch) == BATCH) {
            LOG.debug("webhooks: full batch delivered, continuing");
        }
    }

    private int deliverBatch() {
        Instant now = clock.instant();
        List<?> rows = em.createNativeQuery("select d.id, d.payload, d.attempts, b.webhook_url, b.webhook_secret"
                        + " from webhook_delivery d left join bot_settings b on b.tenant_id = d.tenant_id"
                        + " and b.bot_id = d.bot_id where d.delivered_at is null and d.abandoned_at is null"
                        + " and d.next_attempt_at <= ?1 order by d.id limit ?2 for update of d skip locked")
                .setParameter(1, now)
                .setParameter(2, BATCH)
                .getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            deliver(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    ((Number) r[2]).intValue(),
                    (String) r[3],
                    (String) r[4],
                    now);
        }
        return rows.size();
    }

    private void deliver(long id, String body, int attempts, String url, String secret, Instant now) {
        if (url == null) {
            record(id, "abandoned_at = ?2, last_error = 'the bot has no webhook URL any more'", now, null);
            return;
        }
        String failure = post(url, secret, body, now);
        if (failure == null) {
            record(id, "delivered_at = ?2, attempts = attempts + 1, last_error = null", now, null);
        } else if (attempts + 1 >= maxAttempts) {
            LOG.warnf("webhook %d abandoned after %d attempts: %s", id, attempts + 1, failure);
            record(id, "abandoned_at = ?2, attempts = attempts + 1, last_error = ?3", now, failure);
        } else {
            Instant next = now.plus(Duration.ofSeconds(Math.min(3600L, 1L << Math.min(attempts + 1, 12))));
            record(id, "next_attempt_at = ?2, attempts = attempts + 1, last_error = ?3", next, failure);
        }
    }

    /** @return null when the bot answered 2xx, else why not */
    private String post(String url, String secret, String body, Instant now) {
        long timestamp = now.getEpochSecond();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("X-Handoff-Timestamp", Long.toString(timestamp))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header("X-Handoff-Signature", WebhookSignature.of(secret, timestamp, body));
        }
        try {
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            return status / 100 == 2 ? null : "HTTP " + status;
        } catch (IOException | IllegalArgumentException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private void record(long id, String assignments, Instant when, String error) {
        var query = em.createNativeQuery("update webhook_delivery set " + assignments + " where id = ?1")
                .setParameter(1, id)
                .setParameter(2, when);
        if (assignments.contains("?3")) {
            query.setParameter(3, error == null ? null : error.substring(0, Math.min(500, error.length())));
        }
        query.executeUpdate();
    }
}
