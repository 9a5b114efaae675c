package dev.handoff.handoff.adapter.out.kafka;

import dev.handoff.handoff.application.port.out.SendChatEventNowPort.Delivery;
import io.smallrye.mutiny.subscription.BackPressureFailure;
import org.apache.kafka.clients.producer.BufferExhaustedException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Which failed sends certainly wrote nothing. Only rejections the producer or the emitter make before a record leaves
 * this process qualify; a timeout, a network error or a broker error after sending may hide a record that was written
 * (its acknowledgement lost) or is still being retried, so those are unknown.
 */
final class SendFailures {
    private SendFailures() {}

    static Delivery classify(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SerializationException
                    || cause instanceof RecordTooLargeException
                    || cause instanceof InvalidTopicException
                    || cause instanceof AuthorizationException
                    || cause instanceof BufferExhaustedException
                    || isEmitterOverflow(cause)) {
                return Delivery.NOT_WRITTEN;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Delivery.UNKNOWN;
    }

    /** The emitter's own buffer was full, or the channel had no subscriber yet: the producer never saw the record. */
    private static boolean isEmitterOverflow(Throwable cause) {
        String message = String.valueOf(cause.getMessage());
        return cause instanceof BackPressureFailure
                || message.startsWith("SRMSG00034")
                || message.startsWith("SRMSG00027");
    }
}
