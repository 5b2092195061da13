import { useCallback, useEffect, useId, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useSearchParams } from 'react-router';
import { describeError } from '../api/client';
import { listBookings } from '../api/endpoints';
import { BOOKING_SOURCES, BOOKING_STATUSES, type Booking, type Service, type StaffMember } from '../api/types';
import { useBookingEvents } from '../app/liveUpdates';
import { useSession } from '../app/session';
import { useToasts } from '../app/toasts';
import { EmptyState, ErrorState } from '../components/ErrorState';
import { ServiceAndStaffFilters } from '../components/FormParts';
import { Pager } from '../components/Pager';
import { TableSkeleton } from '../components/Skeleton';
import { useDebouncedCallback } from '../hooks/useDebouncedCallback';
import { NARROW_SCREEN, useMediaQuery } from '../hooks/useMediaQuery';
import { useCatalog } from '../hooks/useCatalog';
import { useResource } from '../hooks/useResource';
import { SOURCE_LABELS, STATUS_LABELS } from '../labels';
import { BookingDetailsModal } from './BookingDetailsModal';
import { BookingList } from './BookingList';
import { CreateBookingModal } from './CreateBookingModal';
import {
  DETAILS_PARAM,
  PAGE_SIZES,
  countOtherFilters,
  filtersFromParams,
  hasFilters,
  toApiQuery,
  withFilter,
  withoutFilters,
  type FilterKey,
} from './filters';
import { StatusChangeDialog, type StatusAction } from './StatusChangeDialog';

/** How long the search box waits after the last keystroke before it searches. */
export const SEARCH_DEBOUNCE_MS = 300;

/**
 * All bookings of the business: search, filters and page in the URL, a table (cards on small screens) with
 * quick actions, the create and details dialogs, and live refresh when other desks change bookings.
 */
export function BookingsPage() {
  const { tenant } = useSession();
  const { notify } = useToasts();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const apiQuery = useMemo(() => toApiQuery(filters), [filters]);
  const queryKey = JSON.stringify(apiQuery);

  const bookings = useResource(queryKey, (signal) => listBookings(apiQuery, signal));
  const catalog = useCatalog();

  const [creating, setCreating] = useState(false);
  const [statusChange, setStatusChange] = useState<{ booking: Booking; action: StatusAction } | null>(null);
  const focusAfterReload = useRef<string | null>(null);
  const newBookingRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const detailsId = params.get(DETAILS_PARAM);

  const { reload } = bookings;
  useBookingEvents(reload);

  const lastError = useRef<unknown>(undefined);
  useEffect(() => {
    if (bookings.error && bookings.error !== lastError.current && bookings.data) {
      notify({
        kind: 'error',
        message: `Bookings could not be refreshed. ${describeError(bookings.error)}`,
        action: { label: 'Retry', run: reload },
      });
    }
    lastError.current = bookings.error;
  }, [bookings.error, bookings.data, notify, reload]);

  const setFilter = useCallback(
    (key: FilterKey | 'page' | 'limit', value: string, replace = false) => {
      setParams((current) => withFilter(current, key, value), { replace });
    },
    [setParams],
  );

  // A page past the end (bookings went away meanwhile, or an old link): show the last page instead.
  const totalPages = bookings.data?.pagination.totalPages ?? 0;
  useEffect(() => {
    if (totalPages > 0 && filters.page > totalPages) setFilter('page', String(totalPages), true);
  }, [totalPages, filters.page, setFilter]);

  // After a quick action its button is gone; focus goes to the booking's View button instead of nowhere.
  useEffect(() => {
    const id = focusAfterReload.current;
    if (!id || bookings.loading) return;
    focusAfterReload.current = null;
    if (document.activeElement !== document.body) return;
    const row = document.querySelector(`[data-booking-id="${CSS.escape(id)}"]`);
    const view = row?.querySelector<HTMLElement>('[data-testid="booking-action-view"]');
    (view ?? headingRef.current)?.focus();
  }, [bookings.data, bookings.loading]);

  const openDetails = (booking: Booking) => {
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.set(DETAILS_PARAM, booking.id);
      return next;
    });
  };

  const closeDetails = () => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete(DETAILS_PARAM);
        return next;
      },
      { replace: true },
    );
  };

  const list = bookings.data;
  const pagination = list?.pagination;
  const firstShown = pagination && pagination.total > 0 ? (pagination.page - 1) * pagination.limit + 1 : 0;
  const lastShown = pagination && list ? firstShown + list.bookings.length - (list.bookings.length > 0 ? 1 : 0) : 0;

  return (
    <section className="page" aria-labelledby="bookings-heading">
      <div className="page-header">
        <h1 id="bookings-heading" ref={headingRef} tabIndex={-1}>
          Bookings
        </h1>
        <button
          type="button"
          className="button primary"
          ref={newBookingRef}
          onClick={() => setCreating(true)}
          data-testid="new-booking"
        >
          New booking
        </button>
      </div>

      <FilterBar
        filters={filters}
        services={catalog.services}
        staff={catalog.staff}
        onChange={setFilter}
        onClear={() => setParams((current) => withoutFilters(current))}
      />

      <div className="list-status" aria-live="polite" data-testid="bookings-summary">
        {pagination &&
          (pagination.total === 0
            ? ''
            : `Showing ${firstShown}–${lastShown} of ${pagination.total} bookings`)}
        {bookings.loading && list && <span className="updating"> Updating…</span>}
      </div>

      {!list && bookings.loading && <TableSkeleton label="Loading bookings" />}
      {!list && !bookings.loading && bookings.error !== undefined && (
        <ErrorState title="Bookings could not be loaded" message={describeError(bookings.error)} onRetry={reload} />
      )}
      {list && list.bookings.length === 0 && (
        <EmptyState title={hasFilters(filters) ? 'No bookings match these filters' : 'No bookings yet'}>
          {hasFilters(filters) ? (
            <button type="button" className="button" onClick={() => setParams((c) => withoutFilters(c))}>
              Clear filters
            </button>
          ) : (
            <p>Bookings made at the desk, online or from the waitlist show up here.</p>
          )}
        </EmptyState>
      )}
      {list && list.bookings.length > 0 && (
        <BookingList
          bookings={list.bookings}
          timeZone={tenant.timeZone}
          onView={openDetails}
          onAction={(booking, action) => setStatusChange({ booking, action })}
        />
      )}

      {pagination && pagination.totalPages > 0 && (
        <Pager
          page={pagination.page}
          totalPages={pagination.totalPages}
          limit={filters.limit}
          sizes={PAGE_SIZES}
          onPage={(page) => setFilter('page', String(page))}
          onLimit={(limit) => setFilter('limit', String(limit))}
        />
      )}

      {creating && (
        <CreateBookingModal
          onClose={() => setCreating(false)}
          onSuccess={(booking) => {
            setCreating(false);
            notify({ kind: 'success', message: `Booked ${booking.customerName} for ${booking.serviceName}.` });
            reload();
          }}
          returnFocus={newBookingRef}
        />
      )}
      {detailsId && (
        <BookingDetailsModal
          bookingId={detailsId}
          onClose={closeDetails}
          onUpdate={reload}
          returnFocus={headingRef}
        />
      )}
      {statusChange && (
        <StatusChangeDialog
          booking={statusChange.booking}
          action={statusChange.action}
          onClose={() => setStatusChange(null)}
          onDone={(changed) => {
            focusAfterReload.current = changed.id;
            setStatusChange(null);
            reload();
          }}
        />
      )}
    </section>
  );
}

function FilterBar({
  filters,
  services,
  staff,
  onChange,
  onClear,
}: {
  filters: ReturnType<typeof filtersFromParams>;
  services: Service[];
  staff: StaffMember[];
  onChange: (key: FilterKey | 'page' | 'limit', value: string, replace?: boolean) => void;
  onClear: () => void;
}) {
  const id = useId();
  const narrow = useMediaQuery(NARROW_SCREEN);
  const [expanded, setExpanded] = useState(false);
  const showAll = !narrow || expanded;
  const others = countOtherFilters(filters);
  const [search, setSearch] = useState(filters.search);
  const pushedSearch = useRef(filters.search);

  // The URL changed without typing (back button, clear filters): show its search.
  useEffect(() => {
    if (filters.search !== pushedSearch.current) {
      pushedSearch.current = filters.search;
      setSearch(filters.search);
    }
  }, [filters.search]);

  const applySearch = useDebouncedCallback((value: string) => {
    const trimmed = value.trim();
    pushedSearch.current = trimmed;
    onChange('search', trimmed, true);
  }, SEARCH_DEBOUNCE_MS);

  const select = (key: FilterKey) => (e: ChangeEvent<HTMLSelectElement | HTMLInputElement>) =>
    onChange(key, e.target.value);

  return (
    <form className="filters" role="search" aria-label="Filter bookings" onSubmit={(e) => e.preventDefault()}>
      <div className="field search-field">
        <label htmlFor={`${id}-search`}>Search</label>
        <input
          id={`${id}-search`}
          type="search"
          placeholder="Name, phone or email"
          value={search}
          maxLength={100}
          onChange={(e) => {
            setSearch(e.target.value);
            applySearch(e.target.value);
          }}
          data-testid="filter-search"
        />
      </div>
      {narrow && (
        <div className="field filters-toggle">
          <button
            type="button"
            className="button"
            aria-expanded={expanded}
            aria-controls={`${id}-more`}
            onClick={() => setExpanded((open) => !open)}
            data-testid="filter-toggle"
          >
            {others > 0 ? `Filters (${others})` : 'Filters'}
          </button>
        </div>
      )}
      <div className="filters-more" id={`${id}-more`} hidden={!showAll}>
        <div className="field">
          <label htmlFor={`${id}-from`}>From</label>
          <input
            id={`${id}-from`}
            type="date"
            value={filters.start_date}
            max={filters.end_date || undefined}
            onChange={select('start_date')}
            data-testid="filter-start-date"
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>To</label>
          <input
            id={`${id}-to`}
            type="date"
            value={filters.end_date}
            min={filters.start_date || undefined}
            onChange={select('end_date')}
            data-testid="filter-end-date"
          />
        </div>
        <ServiceAndStaffFilters
          idPrefix={id}
          serviceId={filters.service_id}
          staffId={filters.staff_id}
          services={services}
          staff={staff}
          onChange={onChange}
          testIdPrefix="filter"
        />
        <div className="field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select id={`${id}-status`} value={filters.status} onChange={select('status')} data-testid="filter-status">
            <option value="">All statuses</option>
            {BOOKING_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-source`}>Source</label>
          <select id={`${id}-source`} value={filters.source} onChange={select('source')} data-testid="filter-source">
            <option value="">All sources</option>
            {BOOKING_SOURCES.map((s) => (
              <option key={s} value={s}>
                {SOURCE_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-sort`}>Order</label>
          <select id={`${id}-sort`} value={filters.sort} onChange={select('sort')} data-testid="filter-sort">
            <option value="">Appointment time</option>
            <option value="created_at">Newest bookings first</option>
          </select>
        </div>
        <div className="field filters-clear">
          <button
            type="button"
            className="button ghost"
            onClick={() => {
              applySearch.cancel();
              onClear();
            }}
            data-testid="filter-clear"
          >
            Clear filters
          </button>
        </div>
      </div>
    </form>
  );
}
