package io.frontdesk.booking.app;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A real Keycloak for the end-to-end tests, with the realm of docs/operations.md ({@code src/test/keycloak}):
 * client {@code frontdesk}, realm roles {@code staff} and {@code admin} at {@code realm_access.roles}, and users
 * alice, bob and carol whose {@code tenant_id} attribute is mapped into their tokens. The distribution is
 * unpacked by the build ({@code keycloak.home}); it needs Java 21 or newer ({@code KEYCLOAK_JAVA_HOME}, or a
 * Temurin 21+ under /usr/lib/jvm).
 */
public class KeycloakServer implements QuarkusTestResourceLifecycleManager {

    public static final String REALM = "frontdesk";
    public static final String CLIENT_ID = "frontdesk";
    public static final String CLIENT_SECRET = "frontdesk-e2e-secret";
    private static final Duration STARTUP = Duration.ofMinutes(4);

    private static String issuer;
    private Process process;

    /** The realm's issuer URL, once started. */
    public static String issuer() {
        return issuer;
    }

    @Override
    public Map<String, String> start() {
        Path home = Path.of(System.getProperty("keycloak.home", "target/keycloak"));
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("Keycloak distribution not found at " + home
                    + "; the build unpacks it before the integration tests");
        }
        int port = freePort();
        try {
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(Path.of("src/test/keycloak/frontdesk-realm.json"), imports.resolve("frontdesk-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING);
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + port, "--import-realm", "--cache=local")
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("keycloak.log").toFile());
            builder.environment().put("JAVA_HOME", javaHome());
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak did not start", e);
        }
        issuer = "http://localhost:" + port + "/realms/" + REALM;
        awaitRealm(home);
        return Map.of(
                "quarkus.oidc.auth-server-url", issuer,
                "quarkus.oidc.client-id", CLIENT_ID,
                "quarkus.oidc.credentials.secret", CLIENT_SECRET,
                "quarkus.oidc.roles.role-claim-path", "realm_access/roles",
                "quarkus.oidc.token.audience", CLIENT_ID,
                "quarkus.oidc.token-state-manager.encryption-secret", "end-to-end-session-secret-0123456789abcdef");
    }

    @Override
    public void stop() {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
    }

    private void awaitRealm(Path home) {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped; see " + home.resolve("keycloak.log"));
            }
            try {
                if (client.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                process.waitFor(500, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Keycloak's realm did not answer within " + STARTUP);
    }

    private static String javaHome() {
        String configured = System.getenv("KEYCLOAK_JAVA_HOME");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        try (Stream<Path> jdks = Files.list(Path.of("/usr/lib/jvm"))) {
            Optional<Path> modern = jdks.filter(p -> featureVersion(p) >= 21)
                    .filter(p -> Files.isExecutable(p.resolve("bin/java"))).findFirst();
            return modern.orElseThrow(() -> new IllegalStateException(
                    "Keycloak needs Java 21 or newer: set KEYCLOAK_JAVA_HOME")).toString();
        } catch (IOException e) {
            throw new IllegalStateException("no JDKs found under /usr/lib/jvm", e);
        }
    }

    private static int featureVersion(Path jdk) {
        Path release = jdk.resolve("release");
        if (!Files.isRegularFile(release)) {
            return 0;
        }
        try (InputStream in = Files.newInputStream(release)) {
            String text = new String(in.readAllBytes());
            for (String line : List.of(text.split("\n"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(version.split("[.\\-+]")[0]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
