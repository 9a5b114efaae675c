package dev.handoff.analytics.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * Sends one query at a fixed rate whatever the answers take (open loop) and records each latency from the moment
 * the request was due, not sent, so a slow answer delays nobody's measurement (no coordinated omission).
 */
final class QueryLoad {
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUri;
    private final String token;

    QueryLoad(String baseUri, String token) {
        this.baseUri = baseUri;
        this.token = token;
    }

    /**
     * One query's latencies in microseconds (from when each was due) and its failed answers, reported rather than
     * thrown, so one query over its limits still leaves the others measured.
     */
    record Outcome(Histogram latencies, int failed, String example) {}

    Outcome run(String pathAndQuery, double perSecond, int count) {
        Histogram latencies = new Histogram(TimeUnit.MINUTES.toMicros(2), 3);
        AtomicInteger failures = new AtomicInteger();
        List<CompletableFuture<Void>> sent = new ArrayList<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUri + pathAndQuery))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .timeout(Duration.ofMinutes(2))
                .build();
        String[] failure = new String[1];
        long start = System.nanoTime();
        long interval = (long) (1_000_000_000L / perSecond);
        for (int i = 0; i < count; i++) {
            long due = start + i * interval;
            LockSupport.parkNanos(due - System.nanoTime());
            sent.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                    .thenAccept(response -> {
                        synchronized (latencies) {
                            latencies.recordValue(Math.max(0, (System.nanoTime() - due) / 1000));
                        }
                        if (response.statusCode() != 200) {
                            failures.incrementAndGet();
                            failure[0] = response.statusCode() + " " + response.body();
                        }
                    }));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
        return new Outcome(latencies, failures.get(), failure[0]);
    }

    /** One answer's body, for correctness checks. */
    String get(String pathAndQuery) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(baseUri + pathAndQuery))
                        .header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofMinutes(2))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError(pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
