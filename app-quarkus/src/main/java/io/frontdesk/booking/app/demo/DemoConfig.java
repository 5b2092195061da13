package io.frontdesk.booking.app.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Dev mode's demo data: whether to seed it into an empty database, and whether to rebuild it at start. */
@ConfigMapping(prefix = "frontdesk.demo")
public interface DemoConfig {

    @WithDefault("true")
    boolean enabled();

    /** Start from an empty database (Flyway cleans it) and seed anew; read by application.properties. */
    @WithDefault("false")
    boolean reset();
}
