package dev.handoff.runtime.kafka;

import io.smallrye.mutiny.subscription.BackPressureFailure;
import io.smallrye.reactive.messaging.MutinyEmitter;
import java.time.Duration;
import org.apache.kafka.clients.producer.BufferExhaustedException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Hands one record to a producer and waits for the broker's acknowledgement, for a caller who answers only once its
 * record is stored (a visitor's or an agent's message). While the broker is known to be away nothing is handed over,
 * so that refusal is certain; once handed over, only a rejection made before the record left this process is certain,
 * and a timeout, a network error or a broker error after sending may hide a record that was written: unknown.
 */
public final class AcknowledgedSend {
    /** What the sender may tell its caller. */
    public enum Outcome {
        /** The broker acknowledged the record. */
        STORED,
        /** Nothing was written: the caller may report a plain failure. */
        NOT_WRITTEN,
        /** It may have been written: the caller must resend under the same id to be sure. */
        UNKNOWN
    }

    private AcknowledgedSend() {}

    /** Sends {@code record} unless the broker is away, and waits at most {@code timeout} for its acknowledgement. */
    public static Outcome sendAndWait(
            KafkaBrokerStatus broker, MutinyEmitter<String> emitter, Message<String> record, Duration timeout) {
        if (!broker.reachable()) {
            return Outcome.NOT_WRITTEN;
        }
        try {
            emitter.sendMessage(record).await().atMost(timeout);
            return Outcome.STORED;
        } catch (RuntimeException e) {
            return classify(e);
        }
    }

    /** Whether a failed send certainly wrote nothing. */
    public static Outcome classify(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SerializationException
                    || cause instanceof RecordTooLargeException
                    || cause instanceof InvalidTopicException
                    || cause instanceof AuthorizationException
                    || cause instanceof BufferExhaustedException
                    || isEmitterOverflow(cause)) {
                return Outcome.NOT_WRITTEN;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Outcome.UNKNOWN;
    }

    /** The emitter's own buffer was full, or the channel had no subscriber yet: the producer never saw the record. */
    private static boolean isEmitterOverflow(Throwable cause) {
        String message = String.valueOf(cause.getMessage());
        return cause instanceof BackPressureFailure
                || message.startsWith("SRMSG00034")
                || message.startsWith("SRMSG00027");
    }
}
