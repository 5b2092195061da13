package io.frontdesk.booking.application.port.out;

import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.TenantId;
import java.net.URI;
import java.util.Objects;

/**
 * Where a staff member's bookings are written: a CalDAV calendar collection and the account to sign in with. The
 * password is kept only sealed by the {@link CredentialCipher}, never in plain text.
 */
public record CalendarAccount(TenantId tenantId, StaffId staffId, URI collectionUrl, String username,
        String sealedPassword) {

    public CalendarAccount {
        Objects.requireNonNull(tenantId, "tenant id");
        Objects.requireNonNull(staffId, "staff id");
        Objects.requireNonNull(collectionUrl, "collection url");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(sealedPassword, "sealed password");
    }

    @Override
    public String toString() {
        return "CalendarAccount[" + staffId + " at " + collectionUrl + "]";
    }
}
