/** The booking aggregate: who booked which slot, through which channel, and how it ended. */
package io.frontdesk.booking.domain.booking;
