package io.frontdesk.booking.app;

import io.frontdesk.booking.adapter.calendar.RadicaleServer;
import java.util.Map;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real CalDAV server (Radicale) for the application tests, started once for the test run on a free port and
 * stopped at its end. Its accounts are {@link #USERS}; tests find it through the property {@link #HOME} and
 * {@link RadicaleServer#attach}, which also lets them stop and restart it.
 */
public class RadicaleTestServer implements QuarkusTestResourceLifecycleManager {

    /** The property naming the server's home folder. */
    public static final String HOME = "frontdesk-test.radicale.home";

    /** Staff members' calendar accounts: user to password. */
    public static final Map<String, String> USERS = Map.of("mia", "mia-password", "noah", "noah-password");

    private RadicaleServer server;

    @Override
    public Map<String, String> start() {
        server = RadicaleServer.start(USERS);
        return Map.of(HOME, server.home().toString());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
