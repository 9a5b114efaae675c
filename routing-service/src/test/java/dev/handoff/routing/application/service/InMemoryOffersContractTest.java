package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.out.OfferPort;
import dev.handoff.routing.application.port.out.OfferPortContract;
import dev.handoff.routing.application.port.out.RoutingRows;
import java.util.function.Function;

/** The fake the use-case tests use keeps the port's contract. */
class InMemoryOffersContractTest extends OfferPortContract {
    private final InMemoryRoutingRows rows = new InMemoryRoutingRows();
    private final InMemoryOffers offers = new InMemoryOffers(rows.tables);

    @Override
    protected <T> T inTransaction(Function<OfferPort, T> work) {
        return work.apply(offers);
    }

    @Override
    protected RoutingRows given() {
        return rows;
    }
}
