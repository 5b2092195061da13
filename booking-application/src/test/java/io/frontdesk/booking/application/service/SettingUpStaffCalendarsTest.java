package io.frontdesk.booking.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontdesk.booking.application.port.in.BookingView;
import io.frontdesk.booking.application.port.in.ConfigureStaffCalendarCommand;
import io.frontdesk.booking.application.port.in.ManageStaffCalendarUseCase.FeedToken;
import io.frontdesk.booking.application.port.in.StaffCalendarView;
import io.frontdesk.booking.application.port.out.CalendarAccount;
import io.frontdesk.booking.domain.catalog.Staff;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.DomainValidationException;
import io.frontdesk.booking.domain.shared.NotFoundException;
import io.frontdesk.booking.domain.shared.Violation;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Admins connect a staff member's CalDAV calendar and feed; passwords are sealed, tokens kept as hashes only. */
class SettingUpStaffCalendarsTest {

    private final Scenario shop = Scenario.aBusiness();

    @Test
    void aConfiguredCalendarIsShownWithoutCredentialsAndItsPasswordIsStoredSealed() {
        StaffCalendarView view = configure("https://dav.example.org/lena/work", "lena", "s3cret-pw");

        assertThat(view).isEqualTo(new StaffCalendarView(shop.staff.id(),
                Optional.of(URI.create("https://dav.example.org/lena/work/")), false));
        CalendarAccount stored = shop.app.staffCalendars.find(shop.tenant.id(), shop.staff.id()).orElseThrow();
        assertThat(stored.sealedPassword()).doesNotContain("s3cret-pw");
        assertThat(shop.app.cipher.open(stored.sealedPassword())).isEqualTo("s3cret-pw");
        assertThat(stored.toString()).doesNotContain("s3cret-pw");
    }

    @Test
    void everyInvalidFieldIsNamedAtOnce() {
        assertThatThrownBy(() -> configure("ftp://dav.example.org/x", " ", null))
                .isInstanceOfSatisfying(DomainValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("caldav_url", "username", "password"));
        assertThatThrownBy(() -> configure("https://user:pw@dav.example.org/x", "lena", "pw"))
                .isInstanceOf(DomainValidationException.class).hasMessageContaining("caldav_url");
        assertThat(shop.app.staffCalendars.find(shop.tenant.id(), shop.staff.id())).isEmpty();
    }

    @Test
    void anotherTenantsStaffMemberIsNotFound() {
        Scenario other = shop.anotherBusiness();

        assertThatThrownBy(() -> shop.app.staffCalendarSettings.configure(new ConfigureStaffCalendarCommand(
                other.tenant.id(), Scenario.DESK, shop.staff.id(), "https://dav.example.org/x/", "u", "p")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> shop.app.staffCalendarSettings.rotateFeedToken(shop.tenant.id(), Scenario.DESK,
                new StaffId(UUID.randomUUID()))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aFeedListsOnlyItsStaffMembersUpcomingBookings() {
        Staff omar = shop.addStaff("Omar Haddad", Optional.empty(), true, shop.service);
        BookingView lenas = shop.bookedAt(shop.inHours(3));
        BookingView omars = shop.aBookingOf(shop.openSlot(shop.service, omar, shop.inHours(3))).create();
        BookingView canceled = shop.cancel(shop.bookedAt(shop.inHours(6)));

        FeedToken token = shop.app.staffCalendarSettings.rotateFeedToken(shop.tenant.id(), Scenario.DESK,
                shop.staff.id());
        String feed = shop.app.staffCalendarSettings.feed(token.value());

        assertThat(feed).contains("UID:frontdesk-booking-" + lenas.id().value())
                .doesNotContain(omars.id().value().toString())
                .doesNotContain(canceled.id().value().toString());
        assertThat(shop.app.staffCalendarSettings.get(shop.tenant.id(), shop.staff.id()).feedEnabled()).isTrue();
    }

    @Test
    void aRotatedTokenStopsTheOldOneAndUnknownTokensOpenNothing() {
        FeedToken first = shop.app.staffCalendarSettings.rotateFeedToken(shop.tenant.id(), Scenario.DESK,
                shop.staff.id());
        FeedToken second = shop.app.staffCalendarSettings.rotateFeedToken(shop.tenant.id(), Scenario.DESK,
                shop.staff.id());

        assertThat(second.value()).isNotEqualTo(first.value()).matches("[A-Za-z0-9_-]{43}");
        assertThat(shop.app.staffCalendarSettings.feed(second.value())).startsWith("BEGIN:VCALENDAR");
        for (String refused : new String[] {first.value(), "x".repeat(43), "../etc/passwd", ""}) {
            assertThatThrownBy(() -> shop.app.staffCalendarSettings.feed(refused))
                    .isInstanceOf(NotFoundException.class);
        }
        assertThat(shop.app.calendarFeeds.ownerOf(second.value())).as("only the hash is stored").isEmpty();
        assertThat(shop.app.calendarFeeds.ownerOf(StaffCalendarService.hash(second.value()))).isPresent();
    }

    private StaffCalendarView configure(String url, String username, String password) {
        return shop.app.staffCalendarSettings.configure(new ConfigureStaffCalendarCommand(shop.tenant.id(),
                Scenario.DESK, shop.staff.id(), url, username, password));
    }
}
