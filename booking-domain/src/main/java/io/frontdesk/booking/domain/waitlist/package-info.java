/** Customers waiting for a slot, and the one-at-a-time offers that refill freed slots. */
package io.frontdesk.booking.domain.waitlist;
