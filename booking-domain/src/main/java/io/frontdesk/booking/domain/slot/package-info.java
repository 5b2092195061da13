/** Bookable times: one staff member, one service, one time range, and the open / held / booked life cycle. */
package io.frontdesk.booking.domain.slot;
