package io.frontdesk.booking.application.port.in;

import io.frontdesk.booking.domain.shared.PhoneRegion;
import io.frontdesk.booking.domain.shared.Tenant;
import io.frontdesk.booking.domain.shared.TenantId;

/**
 * The business's own settings. A tenant comes into being on the first authenticated request that names it
 * ({@link #ensureExists}); admins then set its name, time zone and phone region.
 */
public interface ManageTenantUseCase {

    /** The tenant, created with defaults (zone UTC, {@code defaultRegion}) if it does not exist yet. */
    Tenant ensureExists(TenantId tenantId, PhoneRegion defaultRegion);

    /** @throws io.frontdesk.booking.domain.shared.NotFoundException when there is no such tenant */
    Tenant get(TenantId tenantId);

    Tenant update(UpdateTenantCommand command);
}
