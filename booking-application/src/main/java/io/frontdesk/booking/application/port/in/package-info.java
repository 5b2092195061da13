/**
 * In-ports: the use cases the application offers, their commands and queries, and the read models they return.
 * Driving adapters (REST, messaging, other JVM code) depend on this package and on the domain, nothing else.
 */
package io.frontdesk.booking.application.port.in;
