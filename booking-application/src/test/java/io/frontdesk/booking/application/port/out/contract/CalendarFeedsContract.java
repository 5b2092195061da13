package io.frontdesk.booking.application.port.out.contract;

import static io.frontdesk.booking.application.port.out.contract.ContractData.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.frontdesk.booking.application.port.out.CalendarFeeds;
import io.frontdesk.booking.application.port.out.Services;
import io.frontdesk.booking.application.port.out.StaffMembers;
import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.domain.catalog.Service;
import io.frontdesk.booking.domain.catalog.Staff;
import io.frontdesk.booking.domain.shared.Tenant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link CalendarFeeds} implementation must do: one valid token hash per staff member. */
public abstract class CalendarFeedsContract extends PortContract {

    protected abstract CalendarFeeds calendarFeeds();

    protected abstract Tenants tenants();

    protected abstract Services services();

    protected abstract StaffMembers staffMembers();

    private Tenant tenant;
    private Staff lena;
    private Staff omar;

    @BeforeEach
    void arrangeStaff() {
        Arrange arrange = new Arrange(this).tenants(tenants()).services(services()).staffMembers(staffMembers());
        tenant = arrange.tenant();
        Service haircut = arrange.service(tenant, "Haircut");
        lena = arrange.staff(tenant, "Lena Vogel", haircut);
        omar = arrange.staff(tenant, "Omar Haddad", haircut);
    }

    @Test
    void aTokenHashOpensItsStaffMembersFeed() {
        String hash = freshHash();

        inTransactionDo(() -> calendarFeeds().replace(tenant.id(), lena.id(), hash, NOW));

        assertThat(inTransaction(() -> calendarFeeds().ownerOf(hash)))
                .contains(new CalendarFeeds.Owner(tenant.id(), lena.id()));
        assertThat(inTransaction(() -> calendarFeeds().exists(tenant.id(), lena.id()))).isTrue();
        assertThat(inTransaction(() -> calendarFeeds().exists(tenant.id(), omar.id()))).isFalse();
    }

    @Test
    void aReplacedTokenHashOpensNothing() {
        String first = freshHash();
        String second = freshHash();
        inTransactionDo(() -> calendarFeeds().replace(tenant.id(), lena.id(), first, NOW));

        inTransactionDo(() -> calendarFeeds().replace(tenant.id(), lena.id(), second, NOW.plusSeconds(60)));

        assertThat(inTransaction(() -> calendarFeeds().ownerOf(first))).isEmpty();
        assertThat(inTransaction(() -> calendarFeeds().ownerOf(second)))
                .contains(new CalendarFeeds.Owner(tenant.id(), lena.id()));
    }

    @Test
    void eachStaffMemberHasTheirOwnToken() {
        String lenas = freshHash();
        String omars = freshHash();

        inTransactionDo(() -> calendarFeeds().replace(tenant.id(), lena.id(), lenas, NOW));
        inTransactionDo(() -> calendarFeeds().replace(tenant.id(), omar.id(), omars, NOW));

        assertThat(inTransaction(() -> calendarFeeds().ownerOf(lenas)).orElseThrow().staffId()).isEqualTo(lena.id());
        assertThat(inTransaction(() -> calendarFeeds().ownerOf(omars)).orElseThrow().staffId()).isEqualTo(omar.id());
    }

    @Test
    void anUnknownHashOpensNothing() {
        assertThat(inTransaction(() -> calendarFeeds().ownerOf(freshHash()))).isEmpty();
    }

    private static String freshHash() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }
}
