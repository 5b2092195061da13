package io.frontdesk.booking.application.fake;

import io.frontdesk.booking.application.port.out.OfferTokens;
import io.frontdesk.booking.application.port.out.contract.OfferTokensContract;

class InMemoryOfferTokensTest extends OfferTokensContract {

    private final InMemoryOfferTokens tokens = new InMemoryOfferTokens();

    @Override
    protected OfferTokens tokens() {
        return tokens;
    }
}
