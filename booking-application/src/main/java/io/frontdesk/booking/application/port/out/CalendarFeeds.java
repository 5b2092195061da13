package io.frontdesk.booking.application.port.out;

import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The secret feed tokens of staff members' calendar subscriptions, at most one per staff member. Only a hash of
 * each token is stored, so the stored data cannot be used to read a feed.
 */
public interface CalendarFeeds {

    /** Makes {@code tokenHash} the staff member's one valid token, replacing the earlier one. */
    void replace(TenantId tenantId, StaffId staffId, String tokenHash, Instant at);

    /** Whether the staff member has a feed token. */
    boolean exists(TenantId tenantId, StaffId staffId);

    /** Whose feed the token with this hash opens; empty for an unknown or replaced token. */
    Optional<Owner> ownerOf(String tokenHash);

    /** The staff member a feed belongs to. */
    record Owner(TenantId tenantId, StaffId staffId) {

        public Owner {
            Objects.requireNonNull(tenantId, "tenant id");
            Objects.requireNonNull(staffId, "staff id");
        }
    }
}
