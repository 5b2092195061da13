/**
 * Application services: each public method is one use case and one transaction. They load aggregates through
 * out-ports, let the domain decide, store the result and turn domain events into side effects. No adapter may
 * depend on this package; adapters see the use case interfaces in {@code port.in} only.
 */
package io.frontdesk.booking.application.service;
