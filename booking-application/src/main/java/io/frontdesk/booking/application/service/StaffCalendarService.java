package io.frontdesk.booking.application.service;

import io.frontdesk.booking.application.port.in.ConfigureStaffCalendarCommand;
import io.frontdesk.booking.application.port.in.ManageStaffCalendarUseCase;
import io.frontdesk.booking.application.port.in.ReadCalendarFeedUseCase;
import io.frontdesk.booking.application.port.in.StaffCalendarView;
import io.frontdesk.booking.application.port.out.CalendarAccount;
import io.frontdesk.booking.application.port.out.CalendarFeeds;
import io.frontdesk.booking.application.port.out.CalendarQueries;
import io.frontdesk.booking.application.port.out.CalendarRenderer;
import io.frontdesk.booking.application.port.out.CredentialCipher;
import io.frontdesk.booking.application.port.out.StaffCalendars;
import io.frontdesk.booking.application.port.out.StaffMembers;
import io.frontdesk.booking.application.port.out.Tenants;
import io.frontdesk.booking.domain.catalog.Staff;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.shared.ErrorCode;
import io.frontdesk.booking.domain.shared.NotFoundException;
import io.frontdesk.booking.domain.shared.Tenant;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.shared.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Staff members' calendars: the CalDAV account their bookings are written to (password sealed before it is
 * stored, never shown again) and their subscription feed, opened by a secret token of 256 random bits of which
 * only the SHA-256 hash is stored.
 */
@ApplicationScoped
public class StaffCalendarService implements ManageStaffCalendarUseCase, ReadCalendarFeedUseCase {

    public static final int MAX_URL_LENGTH = 2000;
    public static final int MAX_USERNAME_LENGTH = 200;
    public static final int MAX_PASSWORD_LENGTH = 1000;
    /** The most bookings one feed lists. */
    public static final int FEED_LIMIT = 1000;

    private static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Tenants tenants;
    private final StaffMembers staffMembers;
    private final StaffCalendars staffCalendars;
    private final CalendarFeeds feeds;
    private final CalendarQueries queries;
    private final CalendarRenderer renderer;
    private final CredentialCipher cipher;
    private final Clock clock;

    @Inject
    public StaffCalendarService(Tenants tenants, StaffMembers staffMembers, StaffCalendars staffCalendars,
            CalendarFeeds feeds, CalendarQueries queries, CalendarRenderer renderer, CredentialCipher cipher,
            Clock clock) {
        this.tenants = tenants;
        this.staffMembers = staffMembers;
        this.staffCalendars = staffCalendars;
        this.feeds = feeds;
        this.queries = queries;
        this.renderer = renderer;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Override
    @Transactional
    public StaffCalendarView get(TenantId tenantId, StaffId staffId) {
        Require.staff(staffMembers, tenantId, staffId);
        return view(tenantId, staffId);
    }

    @Override
    @Transactional
    public StaffCalendarView configure(ConfigureStaffCalendarCommand command) {
        Require.staff(staffMembers, command.tenantId(), command.staffId());
        Violations violations = new Violations();
        URI url = collectionUrl(command.caldavUrl(), violations);
        text("username", command.username(), MAX_USERNAME_LENGTH, violations);
        text("password", command.password(), MAX_PASSWORD_LENGTH, violations);
        violations.throwIfAny();
        staffCalendars.save(new CalendarAccount(command.tenantId(), command.staffId(), url,
                command.username().strip(), cipher.seal(command.password())));
        return view(command.tenantId(), command.staffId());
    }

    @Override
    @Transactional
    public StaffCalendarView disconnect(TenantId tenantId, ActorId actor, StaffId staffId) {
        Require.staff(staffMembers, tenantId, staffId);
        staffCalendars.remove(tenantId, staffId);
        return view(tenantId, staffId);
    }

    @Override
    @Transactional
    public FeedToken rotateFeedToken(TenantId tenantId, ActorId actor, StaffId staffId) {
        Require.staff(staffMembers, tenantId, staffId);
        byte[] secret = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        feeds.replace(tenantId, staffId, hash(token), clock.instant());
        return new FeedToken(token);
    }

    @Override
    @Transactional
    public String feed(String token) {
        CalendarFeeds.Owner owner = Optional.ofNullable(token).filter(StaffCalendarService::wellFormed)
                .flatMap(t -> feeds.ownerOf(hash(t)))
                .orElseThrow(() -> new NotFoundException(ErrorCode.CALENDAR_FEED_NOT_FOUND, "Calendar feed", "-"));
        Tenant tenant = Require.tenant(tenants, owner.tenantId());
        Staff staff = Require.staff(staffMembers, owner.tenantId(), owner.staffId());
        return renderer.render(staff.name().value() + " · " + tenant.name(),
                queries.upcoming(owner.tenantId(), owner.staffId(), clock.instant(), FEED_LIMIT));
    }

    /** The SHA-256 of a token, in hex: what is stored and looked up instead of the token. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static boolean wellFormed(String token) {
        return token.length() >= 20 && token.length() <= 100 && token.matches("[A-Za-z0-9_-]+");
    }

    private StaffCalendarView view(TenantId tenantId, StaffId staffId) {
        return new StaffCalendarView(staffId, staffCalendars.find(tenantId, staffId)
                .map(CalendarAccount::collectionUrl), feeds.exists(tenantId, staffId));
    }

    /** An absolute http(s) URL with a host, ending in "/" as a collection's URL does; records what is wrong. */
    private static URI collectionUrl(String raw, Violations violations) {
        if (raw == null || raw.isBlank()) {
            violations.add("caldav_url", "is required");
            return null;
        }
        String text = raw.strip();
        try {
            URI url = new URI(text);
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (text.length() > MAX_URL_LENGTH || !(scheme.equals("https") || scheme.equals("http"))
                    || url.getHost() == null || url.getRawQuery() != null || url.getRawFragment() != null
                    || url.getRawUserInfo() != null) {
                violations.add("caldav_url", "must be an http or https URL of a calendar, without credentials, "
                        + "query or fragment");
                return null;
            }
            return text.endsWith("/") ? url : new URI(text + "/");
        } catch (URISyntaxException e) {
            violations.add("caldav_url", "must be an http or https URL of a calendar");
            return null;
        }
    }

    private static void text(String field, String value, int max, Violations violations) {
        if (value == null || value.isBlank()) {
            violations.add(field, "is required");
        } else if (value.length() > max) {
            violations.add(field, "must be at most " + max + " characters");
        }
    }
}
