package dev.handoff.analytics.domain.model;

import java.time.Instant;
import java.util.List;

/**
 * Where an erasure stands: which services confirmed it, which are still awaited.
 *
 * @param awaiting services expected to confirm that have not yet
 */
public record ErasureStatus(ErasureRequest request, List<Confirmation> confirmations, List<String> awaiting) {

    /** One service's confirmation. */
    public record Confirmation(String service, Instant confirmedAt, int conversationsErased) {}

    /** Every expected service confirmed. */
    public boolean completed() {
        return awaiting.isEmpty();
    }

    /** The status of {@code request} given what arrived, expecting {@code services}. */
    public static ErasureStatus of(ErasureRequest request, List<Confirmation> confirmations, List<String> services) {
        List<String> confirmed =
                confirmations.stream().map(Confirmation::service).toList();
        return new ErasureStatus(
                request,
                confirmations,
                services.stream().filter(s -> !confirmed.contains(s)).toList());
    }
}
