/** What a business offers and who performs it: services and staff members. */
package io.frontdesk.booking.domain.catalog;
