package dev.handoff.handoff.application.port.in;

import dev.handoff.shared.event.PresenceChanged;

/** Follows agents' presence reports, so the public availability can say whether agents are online. */
public interface TrackAgentPresenceUseCase {
    void onPresenceChanged(PresenceChanged report);
}
