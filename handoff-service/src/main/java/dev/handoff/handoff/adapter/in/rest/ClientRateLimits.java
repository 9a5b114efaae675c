package dev.handoff.handoff.adapter.in.rest;

import dev.handoff.runtime.limit.TokenBucket;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One token bucket per client address, for endpoints anyone may call. At most {@code maxClients} are remembered
 * (least recently seen forgotten first), so the memory stays bounded whatever the number of addresses.
 */
final class ClientRateLimits {
    private final double perSecond;
    private final int burst;
    private final Map<String, TokenBucket> buckets;

    ClientRateLimits(int perMinute, int burst, int maxClients) {
        this.perSecond = Math.max(1, perMinute) / 60.0;
        this.burst = Math.max(1, burst);
        int limit = Math.max(1, maxClients);
        this.buckets = new LinkedHashMap<>(Math.min(limit, 1024), 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, TokenBucket> eldest) {
                return size() > limit;
            }
        };
    }

    /** Takes one request of the client's allowance; false when it goes faster than allowed. */
    boolean tryTake(String client, Instant now) {
        TokenBucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(client, key -> new TokenBucket(perSecond, burst));
        }
        return bucket.tryTake(now);
    }

    /** Whole seconds until a client that was refused has a request again. */
    long retryAfterSeconds() {
        return (long) Math.ceil(1 / perSecond);
    }
}
