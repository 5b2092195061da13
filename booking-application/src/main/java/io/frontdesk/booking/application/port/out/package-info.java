/**
 * Out-ports: what the application needs from the outside world, named by role ({@code Bookings},
 * {@code AuditTrail}), with the parameter types only they use. Driven adapters implement them; every
 * implementation passes the contract tests in this module's test-jar. Implementations join the caller's
 * transaction and never open their own.
 */
package io.frontdesk.booking.application.port.out;
