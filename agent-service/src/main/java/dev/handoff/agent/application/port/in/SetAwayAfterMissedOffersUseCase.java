package dev.handoff.agent.application.port.in;

import dev.handoff.shared.event.OffersMissed;

/** Sets away an agent who let their tenant's number of offers in a row lapse, as routing asked. */
public interface SetAwayAfterMissedOffersUseCase {
    void onOffersMissed(OffersMissed event);
}
