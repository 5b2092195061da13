package io.frontdesk.booking.adapter.rest.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** The API's own settings, all overridable from the environment (see docs/operations.md). */
@ConfigMapping(prefix = "frontdesk")
public interface ApiConfig {

    Security security();

    TenantDefaults tenant();

    RateLimit rateLimit();

    Calendar calendar();

    interface Calendar {

        /** The public base URL of feed links, such as {@code https://desk.example.com}; the request's by default. */
        java.util.Optional<String> feedBaseUrl();
    }

    interface Security {

        /** The access-token claim holding the caller's tenant UUID. */
        @WithDefault("tenant_id")
        String tenantClaim();

        /**
         * Development only: user name to tenant UUID, for identity providers whose demo tokens carry no tenant
         * claim. A token's own tenant claim always wins. Never set in production.
         */
        Map<String, String> devUserTenants();
    }

    interface TenantDefaults {

        /** Phone region (ISO 3166 alpha-2) of a tenant created on its first request, until an admin changes it. */
        @WithDefault("US")
        String defaultPhoneRegion();
    }

    interface RateLimit {

        Allowance bookingCreate();

        /** Requests to the public offer pages per offer token. */
        Allowance offerToken();

        /** Requests to the public offer pages per client address, whatever the token. */
        Allowance offerClient();

        /** At most {@code capacity} requests per {@code period}, refilled smoothly, per key (tenant and user...). */
        interface Allowance {

            @WithDefault("30")
            long capacity();

            @WithDefault("60s")
            Duration period();
        }
    }
}
