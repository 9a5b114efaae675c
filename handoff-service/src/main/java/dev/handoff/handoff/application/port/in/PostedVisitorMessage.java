package dev.handoff.handoff.application.port.in;

import dev.handoff.shared.id.MessageId;

/** A visitor message safely stored in Kafka; the same id for every resend of one client message id. */
public record PostedVisitorMessage(MessageId messageId, String clientMessageId) {}
