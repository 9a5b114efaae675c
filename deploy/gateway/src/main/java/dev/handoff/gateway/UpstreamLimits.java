package dev.handoff.gateway;

/**
 * How many plain requests the gateway keeps in flight to each upstream, and how many more may wait for one of
 * those connections before it answers 503. WebSockets are not counted: they have a pool of their own, as large as
 * TCP allows, so open sockets can never starve requests (nor requests sockets).
 *
 * @param requestConnections connections per upstream for plain requests (long-polls hold one each)
 * @param waitingRequests requests that may wait for such a connection; beyond that the answer is 503 at once
 */
record UpstreamLimits(int requestConnections, int waitingRequests) {
    /** Enough for the long-polls of a few hundred Socket.IO visitors per service on a developer's machine. */
    static final UpstreamLimits DEFAULTS = new UpstreamLimits(1_000, 2_000);

    UpstreamLimits {
        if (requestConnections < 1 || waitingRequests < 0) {
            throw new IllegalArgumentException("requestConnections must be positive and waitingRequests not negative");
        }
    }
}
