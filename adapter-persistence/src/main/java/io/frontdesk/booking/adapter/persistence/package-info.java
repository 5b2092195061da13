/**
 * PostgreSQL storage: Flyway migrations (in {@code src/main/resources/db/migration}), JPA entities named
 * {@code *JpaEntity}, and one out-port implementation per port, named {@code Jpa<Port>} (e.g. {@code JpaBookings}).
 * Depends on the application's {@code port.out} only; never on another adapter or on application services.
 */
package io.frontdesk.booking.adapter.persistence;
