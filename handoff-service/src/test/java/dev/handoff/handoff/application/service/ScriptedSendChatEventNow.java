package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.out.SendChatEventNowPort;
import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.event.Typing;
import java.util.ArrayList;
import java.util.List;

/** Kafka as a test scripts it: each send answers {@link #delivery}, and what may have arrived is kept. */
final class ScriptedSendChatEventNow implements SendChatEventNowPort {
    final List<IntegrationEvent> sent = new ArrayList<>();
    Delivery delivery = Delivery.STORED;

    @Override
    public Delivery sendAndWait(MessagePosted message) {
        if (delivery != Delivery.NOT_WRITTEN) {
            sent.add(message); // stored, or maybe stored: it may still arrive
        }
        return delivery;
    }

    @Override
    public void send(Typing signal) {
        sent.add(signal);
    }
}
