package dev.handoff.handoff.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The Botlhale-compatible Socket.IO endpoint on {@code /socket.io/}: limits, heartbeats and CORS. */
@ConfigMapping(prefix = "handoff.socket-io")
public interface SocketIoConfig {
    /** Off: {@code /socket.io/} answers 404 and refuses WebSocket upgrades, for every bot. */
    @WithDefault("true")
    boolean enabled();

    /** Longest visitor message (and bot history line), in characters. */
    @WithDefault("4000")
    int maxMessageLength();

    /** Most bot history lines one {@code messages_to_client} may carry. */
    @WithDefault("200")
    int maxHistoryEntries();

    /** Largest WebSocket message or long-polling POST body, in bytes; larger ones cost the client its connection. */
    @WithDefault("65536")
    int maxFrameBytes();

    /** Most client events one socket may have waiting for a worker; more are refused with {@code overloaded}. */
    @WithDefault("32")
    int maxQueuedEvents();

    /** Threads that run the sockets' use cases (database, Kafka); a socket uses one at a time. */
    @WithDefault("16")
    int workerThreads();

    /** How often the server pings (Engine.IO {@code pingInterval}). */
    @WithDefault("25s")
    Duration pingInterval();

    /** How long a ping may go unanswered before the connection counts as lost (Engine.IO {@code pingTimeout}). */
    @WithDefault("20s")
    Duration pingTimeout();

    /**
     * Origins whose long-polling requests get CORS headers; absent means every origin. The real check is per bot
     * (its allowed origins) when the client joins, so this only narrows which pages may try.
     */
    Optional<List<String>> corsOrigins();

    /**
     * Where the other replicas reach this one ({@code host:port}): a long-polling session lives in the replica that
     * opened it, and the others hand its requests on (docs/decisions 0021).
     */
    String replicaAddress();

    /** Client events per socket: a token bucket. */
    RateLimit rateLimit();

    /** A token bucket: {@code perSecond} tokens refill each second, at most {@code burst} are saved up. */
    interface RateLimit {
        /** Sustained events per second. */
        @WithDefault("5")
        double perSecond();

        /** Events that may arrive at once after a quiet spell. */
        @WithDefault("10")
        int burst();
    }
}
