package dev.handoff.agent.application.port.in;

import java.util.Objects;

/**
 * A socket presenting its ticket.
 *
 * @param ticket the ticket from the URL; null or blank when the URL had none
 * @param connectionId the socket's id, unique across replicas
 */
public record OpenSessionCommand(String ticket, String connectionId) {
    public OpenSessionCommand {
        Objects.requireNonNull(connectionId, "connectionId");
    }
}
