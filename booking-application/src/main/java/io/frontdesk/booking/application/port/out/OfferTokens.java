package io.frontdesk.booking.application.port.out;

import io.frontdesk.booking.domain.waitlist.OfferToken;

/**
 * Where offer tokens come from. Implementations draw them from a cryptographically strong random source, so that
 * nobody can guess one; no two draws are equal.
 */
public interface OfferTokens {

    OfferToken next();
}
