package dev.handoff.agent.application.port.in;

import dev.handoff.agent.domain.model.AgentProfile;
import java.util.Objects;

/** The verified caller asking for a socket ticket. */
public record IssueSessionTicketCommand(AgentProfile profile) {
    public IssueSessionTicketCommand {
        Objects.requireNonNull(profile, "profile");
    }
}
