package io.frontdesk.booking.adapter.persistence;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;

/**
 * Points tests at a real PostgreSQL: the server named by the standard {@code PGHOST}, {@code PGPORT},
 * {@code PGUSER} and {@code PGPASSWORD} variables (default {@code localhost:5432}, user {@code postgres}), in a
 * database {@link #DATABASE} (default {@code frontdesk_test}) that is created when missing. Flyway then cleans
 * and migrates it at start.
 */
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {

    /** The database the tests own; FRONTDESK_TEST_DB names another, so that two checkouts can test at once. */
    public static final String DATABASE = env("FRONTDESK_TEST_DB", "frontdesk_test");

    @Override
    public Map<String, String> start() {
        String host = env("PGHOST", "localhost");
        String port = env("PGPORT", "5432");
        String user = env("PGUSER", "postgres");
        String password = env("PGPASSWORD", "");
        String server = "jdbc:postgresql://" + host + ":" + port + "/";
        try (Connection connection = DriverManager.getConnection(server + "postgres", user, password)) {
            if (!exists(connection)) {
                try (Statement create = connection.createStatement()) {
                    create.execute("CREATE DATABASE " + DATABASE);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is needed for these tests and was not reachable at "
                    + server + " as " + user + ": " + e.getMessage(), e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", server + DATABASE,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }

    @Override
    public void stop() {
        // The database is kept: Flyway cleans it at the next start, and it helps when looking into a failure.
    }

    private static boolean exists(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, DATABASE);
            try (ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }

    private static String env(String name, String fallback) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank()).orElse(fallback);
    }
}
