package io.frontdesk.booking.adapter.persistence;

import java.sql.SQLException;
import java.util.Optional;

/** Reads which constraint a failed statement broke, from the PostgreSQL error underneath any wrapping. */
public final class PostgresErrors {

    private PostgresErrors() {
    }

    /** The name of the violated constraint or index, when {@code error} (or a cause of it) is a constraint error. */
    public static Optional<String> violatedConstraint(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException cve && cve.getConstraintName() != null) {
                return Optional.of(cve.getConstraintName());
            }
            if (t instanceof org.postgresql.util.PSQLException psql && psql.getServerErrorMessage() != null
                    && psql.getServerErrorMessage().getConstraint() != null) {
                return Optional.of(psql.getServerErrorMessage().getConstraint());
            }
            if (t instanceof SQLException sql && sql.getNextException() != null && sql.getNextException() != t) {
                Optional<String> next = violatedConstraint(sql.getNextException());
                if (next.isPresent()) {
                    return next;
                }
            }
        }
        return Optional.empty();
    }
}
