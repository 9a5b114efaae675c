package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.out.BotSettingsPortsContract;
import dev.handoff.handoff.application.port.out.PersistencePorts;
import java.util.function.Function;

/** The bot settings fakes the use-case tests rely on keep the ports' contract. */
class InMemoryBotSettingsContractTest extends BotSettingsPortsContract {
    private final InMemoryHandoffPorts ports = new InMemoryHandoffPorts();

    @Override
    protected <T> T inTransaction(Function<PersistencePorts, T> work) {
        return work.apply(ports.persistence());
    }
}
