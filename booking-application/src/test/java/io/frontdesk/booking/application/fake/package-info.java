/**
 * In-memory implementations of every out-port, for unit tests of the application services and as the reference
 * the storage adapters' contract tests are run against. Thread-safe, so concurrency contracts can run on them too.
 * Shipped in this module's test-jar.
 */
package io.frontdesk.booking.application.fake;
