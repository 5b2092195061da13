package io.frontdesk.booking.application.service;

import io.frontdesk.booking.application.port.in.BookingNotice;
import io.frontdesk.booking.application.port.in.WatchBookingsUseCase;
import io.frontdesk.booking.application.port.out.BookingChange;
import io.frontdesk.booking.domain.shared.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The watchers of this instance, by tenant. Hears of booking changes after their transaction committed (the
 * {@link io.frontdesk.booking.application.port.out.BookingEvents} implementation fires them as CDI events) and
 * passes each to the watchers of its tenant only. A failing watcher is dropped without disturbing the others.
 */
@ApplicationScoped
public class BookingWatchers implements WatchBookingsUseCase {

    private final Map<TenantId, Set<Consumer<BookingNotice>>> watchers = new ConcurrentHashMap<>();

    @Override
    public Watch watch(TenantId tenantId, Consumer<BookingNotice> listener) {
        watchers.computeIfAbsent(tenantId, t -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> watchers.computeIfPresent(tenantId, (t, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) BookingChange change) {
        Set<Consumer<BookingNotice>> listeners = watchers.getOrDefault(change.tenantId(), Set.of());
        BookingNotice notice = new BookingNotice(change.bookingId(), change.status(), change.occurredAt());
        for (Consumer<BookingNotice> listener : listeners) {
            try {
                listener.accept(notice);
            } catch (RuntimeException e) {
                listeners.remove(listener);
            }
        }
    }
}
