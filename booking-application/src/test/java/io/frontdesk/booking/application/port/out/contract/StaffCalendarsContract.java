package io.frontdesk.booking.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdesk.booking.application.port.out.CalendarAccount;
import io.frontdesk.booking.application.port.out.Services;
import io.frontdesk.booking.application.port.out.StaffCalendars;
import io.frontdesk.booking.application.port.out.StaffMembers;
import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.domain.catalog.Service;
import io.frontdesk.booking.domain.catalog.Staff;
import io.frontdesk.booking.domain.shared.Tenant;
import java.net.URI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link StaffCalendars} implementation must do: keep, replace and remove one account per staff member. */
public abstract class StaffCalendarsContract extends PortContract {

    protected abstract StaffCalendars staffCalendars();

    protected abstract Tenants tenants();

    protected abstract Services services();

    protected abstract StaffMembers staffMembers();

    private Arrange arrange;
    private Tenant tenant;
    private Staff lena;

    @BeforeEach
    void arrangeStaff() {
        arrange = new Arrange(this).tenants(tenants()).services(services()).staffMembers(staffMembers());
        tenant = arrange.tenant();
        Service haircut = arrange.service(tenant, "Haircut");
        lena = arrange.staff(tenant, "Lena Vogel", haircut);
    }

    @Test
    void aSavedAccountIsFoundWhole() {
        CalendarAccount account = account("https://dav.example.org/lena/work/", "lena", "sealed-1");

        inTransactionDo(() -> staffCalendars().save(account));

        assertThat(inTransaction(() -> staffCalendars().find(tenant.id(), lena.id()))).contains(account);
    }

    @Test
    void savingAgainReplacesTheAccount() {
        inTransactionDo(() -> staffCalendars().save(account("https://dav.example.org/lena/old/", "lena", "s1")));
        CalendarAccount replacement = account("https://dav.example.org/lena/new/", "lena.vogel", "s2");

        inTransactionDo(() -> staffCalendars().save(replacement));

        assertThat(inTransaction(() -> staffCalendars().find(tenant.id(), lena.id()))).contains(replacement);
    }

    @Test
    void aRemovedAccountIsGoneAndRemovingNothingIsFine() {
        inTransactionDo(() -> staffCalendars().save(account("https://dav.example.org/lena/", "lena", "s1")));

        inTransactionDo(() -> staffCalendars().remove(tenant.id(), lena.id()));
        inTransactionDo(() -> staffCalendars().remove(tenant.id(), lena.id()));

        assertThat(inTransaction(() -> staffCalendars().find(tenant.id(), lena.id()))).isEmpty();
    }

    @Test
    void anotherTenantNeitherSeesNorRemovesTheAccount() {
        CalendarAccount account = account("https://dav.example.org/lena/", "lena", "s1");
        inTransactionDo(() -> staffCalendars().save(account));
        Tenant other = arrange.tenant();

        inTransactionDo(() -> staffCalendars().remove(other.id(), lena.id()));

        assertThat(inTransaction(() -> staffCalendars().find(other.id(), lena.id()))).isEmpty();
        assertThat(inTransaction(() -> staffCalendars().find(tenant.id(), lena.id()))).contains(account);
    }

    private CalendarAccount account(String url, String username, String sealed) {
        return new CalendarAccount(tenant.id(), lena.id(), URI.create(url), username, sealed);
    }
}
