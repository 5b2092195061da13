package io.frontdesk.booking.app.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * The admin app routes on the client: a page such as {@code /bookings?status=confirmed} is bookmarkable, so the
 * server answers every such path with the app's {@code index.html}. Paths of the API, the framework, the session
 * and static files (anything with a file extension) are left to their own handlers.
 */
@ApplicationScoped
public class AdminAppRoutes {

    private static final List<String> SERVER_PATHS = List.of("/api/", "/q/", "/login", "/logout", "/feeds/",
            "/offers/");

    void install(@Observes Router router) {
        router.get().order(-1).handler(context -> {
            if (isAppPage(context.normalizedPath())) {
                context.reroute("/index.html");
            } else {
                context.next();
            }
        });
    }

    static boolean isAppPage(String path) {
        if (path.equals("/") || path.equals("/index.html")) {
            return false;
        }
        String lastSegment = path.substring(path.lastIndexOf('/') + 1);
        return SERVER_PATHS.stream().noneMatch(path::startsWith) && !lastSegment.contains(".");
    }
}
