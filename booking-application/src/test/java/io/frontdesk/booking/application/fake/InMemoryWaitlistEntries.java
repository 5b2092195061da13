package io.frontdesk.booking.application.fake;

import io.frontdesk.booking.application.port.in.Page;
import io.frontdesk.booking.application.port.in.PageRequest;
import io.frontdesk.booking.application.port.out.WaitlistEntries;
import io.frontdesk.booking.application.port.out.WaitlistFilter;
import io.frontdesk.booking.domain.catalog.ServiceId;
import io.frontdesk.booking.domain.shared.ErrorCode;
import io.frontdesk.booking.domain.shared.IllegalTransitionException;
import io.frontdesk.booking.domain.shared.TenantId;
import io.frontdesk.booking.domain.waitlist.WaitlistEntry;
import io.frontdesk.booking.domain.slot.Slot;
import io.frontdesk.booking.domain.waitlist.WaitlistEntryId;
import io.frontdesk.booking.domain.waitlist.WaitlistStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Keeps copies; serves the line oldest first, ties by id in PostgreSQL's uuid order (the id's text). */
public final class InMemoryWaitlistEntries implements WaitlistEntries {

    private static final Comparator<WaitlistEntry> LINE = Comparator.comparing(WaitlistEntry::createdAt)
            .thenComparing(e -> e.id().toString());

    private final Map<WaitlistEntryId, WaitlistEntry> entries = new LinkedHashMap<>();

    @Override
    public synchronized Optional<WaitlistEntry> find(TenantId tenantId, WaitlistEntryId id) {
        return Optional.ofNullable(entries.get(id)).filter(e -> e.tenantId().equals(tenantId)).map(e -> copy(e, 0));
    }

    @Override
    public synchronized void add(WaitlistEntry entry) {
        entries.put(entry.id(), copy(entry, 0));
    }

    @Override
    public synchronized void update(WaitlistEntry entry) {
        WaitlistEntry stored = entries.get(entry.id());
        if (stored == null || stored.version() != entry.version() || !stored.tenantId().equals(entry.tenantId())) {
            throw new IllegalTransitionException(ErrorCode.WAITLIST_TRANSITION_REFUSED, "waitlist entry (changed "
                    + "concurrently)", stored == null ? "missing" : stored.status().value(), entry.status().value());
        }
        entries.put(entry.id(), copy(entry, 1));
    }

    @Override
    public synchronized Optional<WaitlistEntry> nextInLine(Slot slot, Set<WaitlistEntryId> excluded) {
        return entries.values().stream()
                .filter(e -> e.status() == WaitlistStatus.WAITING && e.matches(slot) && !excluded.contains(e.id()))
                .min(LINE)
                .map(e -> copy(e, 0));
    }

    @Override
    public synchronized List<WaitlistEntry> lapsed(Instant now, int limit) {
        return entries.values().stream()
                .filter(e -> e.status() == WaitlistStatus.WAITING && !e.wantedWindow().end().isAfter(now))
                .sorted(LINE)
                .limit(limit)
                .map(e -> copy(e, 0))
                .toList();
    }

    @Override
    public synchronized boolean anyWaiting(TenantId tenantId, ServiceId serviceId) {
        return entries.values().stream().anyMatch(e -> e.tenantId().equals(tenantId)
                && e.serviceId().equals(serviceId) && e.status() == WaitlistStatus.WAITING);
    }

    @Override
    public synchronized Page<WaitlistEntry> list(WaitlistFilter filter, PageRequest page) {
        List<WaitlistEntry> matching = entries.values().stream()
                .filter(e -> e.tenantId().equals(filter.tenantId()))
                .filter(e -> filter.status().map(e.status()::equals).orElse(true))
                .filter(e -> filter.serviceId().map(e.serviceId()::equals).orElse(true))
                .filter(e -> filter.staffId().map(id -> e.staffId().equals(Optional.of(id))).orElse(true))
                .sorted(LINE)
                .toList();
        return new Page<>(matching.stream().skip(page.offset()).limit(page.limit()).map(e -> copy(e, 0)).toList(),
                page.page(), page.limit(), matching.size());
    }

    private static WaitlistEntry copy(WaitlistEntry e, long versionIncrement) {
        return WaitlistEntry.reconstitute(e.id(), e.tenantId(), e.customer(), e.serviceId(), e.staffId(),
                e.wantedWindow(), e.status(), e.offer(), e.createdAt(), e.version() + versionIncrement);
    }
}
