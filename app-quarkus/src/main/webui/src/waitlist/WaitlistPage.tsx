import { useCallback, useEffect, useId, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useSearchParams } from 'react-router';
import { api, describeError } from '../api/client';
import { listWaitlist } from '../api/endpoints';
import {
  WAITLIST_STATUSES,
  type Service,
  type Slot,
  type StaffMember,
  type WaitlistEntry,
  type WaitlistStatus,
} from '../api/types';
import { useBookingEvents } from '../app/liveUpdates';
import { useSession } from '../app/session';
import { useToasts } from '../app/toasts';
import { EmptyState, ErrorState } from '../components/ErrorState';
import { ServiceAndStaffFilters } from '../components/FormParts';
import { Pager } from '../components/Pager';
import { TableSkeleton } from '../components/Skeleton';
import { formatDate, formatDateTime, formatTimeRange } from '../format';
import { NARROW_SCREEN, useMediaQuery } from '../hooks/useMediaQuery';
import { useCatalog } from '../hooks/useCatalog';
import { useResource } from '../hooks/useResource';
import { AddToWaitlistModal } from './AddToWaitlistModal';
import {
  WAITLIST_PAGE_SIZES,
  hasWaitlistFilters,
  toWaitlistQuery,
  waitlistFiltersFromParams,
  withWaitlistFilter,
  withoutWaitlistFilters,
  type WaitlistFilterKey,
  type WaitlistFilters,
} from './filters';
import { WaitlistActionDialog, type WaitlistAction } from './WaitlistActionDialog';

export const WAITLIST_STATUS_LABELS: Record<WaitlistStatus, string> = {
  waiting: 'Waiting',
  offered: 'Offered',
  booked: 'Booked',
  expired: 'Expired',
  removed: 'Removed',
};

/** Entries that can still be taken off the waitlist. */
function removable(entry: WaitlistEntry): boolean {
  return entry.status === 'waiting' || entry.status === 'offered';
}

/**
 * The waitlist: entries oldest first (the order offers go in), filtered by status, service and staff member
 * (kept in the URL), with the hold of offered entries, adding customers, removing them and releasing holds.
 */
export function WaitlistPage() {
  const { tenant } = useSession();
  const { notify } = useToasts();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => waitlistFiltersFromParams(params), [params]);
  const apiQuery = useMemo(() => toWaitlistQuery(filters), [filters]);
  const entries = useResource(`waitlist:${JSON.stringify(apiQuery)}`, (signal) => listWaitlist(apiQuery, signal));
  const catalog = useCatalog();
  const heldSlots = useHeldSlots(entries.data?.entries ?? []);

  const [adding, setAdding] = useState(false);
  const [pendingAction, setPendingAction] = useState<{ entry: WaitlistEntry; action: WaitlistAction } | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { reload } = entries;
  // Canceled and no-show bookings free slots, which go to the waitlist: its offers change with bookings.
  useBookingEvents(reload);

  const lastError = useRef<unknown>(undefined);
  useEffect(() => {
    if (entries.error && entries.error !== lastError.current && entries.data) {
      notify({
        kind: 'error',
        message: `The waitlist could not be refreshed. ${describeError(entries.error)}`,
        action: { label: 'Retry', run: reload },
      });
    }
    lastError.current = entries.error;
  }, [entries.error, entries.data, notify, reload]);

  const setFilter = useCallback(
    (key: WaitlistFilterKey | 'page' | 'limit', value: string, replace = false) => {
      setParams((current) => withWaitlistFilter(current, key, value), { replace });
    },
    [setParams],
  );

  const totalPages = entries.data?.pagination.totalPages ?? 0;
  useEffect(() => {
    if (totalPages > 0 && filters.page > totalPages) setFilter('page', String(totalPages), true);
  }, [totalPages, filters.page, setFilter]);

  const list = entries.data;
  const pagination = list?.pagination;
  const firstShown = pagination && pagination.total > 0 ? (pagination.page - 1) * pagination.limit + 1 : 0;
  const lastShown = pagination && list ? firstShown + Math.max(list.entries.length - 1, 0) : 0;
  const filtered = hasWaitlistFilters(filters);

  return (
    <section className="page" aria-labelledby="waitlist-heading">
      <div className="page-header">
        <h1 id="waitlist-heading" ref={headingRef} tabIndex={-1}>
          Waitlist
        </h1>
        <button
          type="button"
          className="button primary"
          ref={addRef}
          onClick={() => setAdding(true)}
          data-testid="add-to-waitlist"
        >
          Add to waitlist
        </button>
      </div>

      <WaitlistFilterBar
        filters={filters}
        services={catalog.services}
        staff={catalog.staff}
        onChange={setFilter}
        onClear={() => setParams((current) => withoutWaitlistFilters(current))}
      />

      <div className="list-status" aria-live="polite" data-testid="waitlist-summary">
        {pagination && pagination.total > 0 && `Showing ${firstShown}–${lastShown} of ${pagination.total} entries`}
        {entries.loading && list && <span className="updating"> Updating…</span>}
      </div>

      {!list && entries.loading && <TableSkeleton label="Loading the waitlist" />}
      {!list && !entries.loading && entries.error !== undefined && (
        <ErrorState title="The waitlist could not be loaded" message={describeError(entries.error)} onRetry={reload} />
      )}
      {list && list.entries.length === 0 && (
        <EmptyState title={filtered ? 'No entries match these filters' : 'Nobody is on the waitlist'}>
          {filtered ? (
            <button type="button" className="button" onClick={() => setParams((c) => withoutWaitlistFilters(c))}>
              Clear filters
            </button>
          ) : (
            <p>Customers who want a time that is taken can wait here; freed times are offered to them by email.</p>
          )}
        </EmptyState>
      )}
      {list && list.entries.length > 0 && (
        <WaitlistList
          entries={list.entries}
          timeZone={tenant.timeZone}
          heldSlots={heldSlots}
          onAction={(entry, action) => setPendingAction({ entry, action })}
        />
      )}

      {pagination && pagination.totalPages > 0 && (
        <Pager
          page={pagination.page}
          totalPages={pagination.totalPages}
          limit={filters.limit}
          sizes={WAITLIST_PAGE_SIZES}
          onPage={(page) => setFilter('page', String(page))}
          onLimit={(limit) => setFilter('limit', String(limit))}
        />
      )}

      {adding && (
        <AddToWaitlistModal
          onClose={() => setAdding(false)}
          onSuccess={(entry) => {
            setAdding(false);
            notify({ kind: 'success', message: `Added ${entry.customerName} to the waitlist for ${entry.serviceName}.` });
            reload();
          }}
          returnFocus={addRef}
        />
      )}
      {pendingAction && (
        <WaitlistActionDialog
          entry={pendingAction.entry}
          action={pendingAction.action}
          onClose={() => setPendingAction(null)}
          onDone={(changed) => {
            if (changed) setPendingAction(null);
            reload();
          }}
        />
      )}
    </section>
  );
}

/**
 * The times of the slots held for offered entries: the entry names the held slot, `GET /api/slots` (held
 * slots of the entry's service in its wanted window) has its times. Missing times just stay unshown.
 */
function useHeldSlots(entries: WaitlistEntry[]): Map<string, Slot> {
  const offered = entries.filter((e) => e.status === 'offered' && e.offer && !e.offer.startTime);
  const key = offered.map((e) => `${e.id}:${e.offer?.slotId}`).join(',');
  const held = useResource(`held:${key}`, async (signal) => {
    const found = new Map<string, Slot>();
    await Promise.all(
      offered.map(async (e) => {
        try {
          const r = await api<{ slots: Slot[] }>('/api/slots', {
            query: { service_id: e.serviceId, status: 'held', from: e.wantedFrom, to: e.wantedTo },
            signal,
          });
          for (const s of r.slots ?? []) found.set(s.id, s);
        } catch {
          // The hold still shows when it ends; only the slot's time is left out.
        }
      }),
    );
    return found;
  });
  return held.data ?? new Map();
}

function WaitlistStatusBadge({ status }: { status: WaitlistStatus }) {
  return (
    <span className={`badge badge-wl-${status}`} data-testid="status-badge" data-status={status}>
      <span className="badge-dot" aria-hidden="true" />
      {WAITLIST_STATUS_LABELS[status] ?? status}
    </span>
  );
}

interface ListProps {
  entries: WaitlistEntry[];
  timeZone: string;
  heldSlots: Map<string, Slot>;
  onAction: (entry: WaitlistEntry, action: WaitlistAction) => void;
}

function WaitlistList(props: ListProps) {
  const narrow = useMediaQuery(NARROW_SCREEN);
  return narrow ? <WaitlistCards {...props} /> : <WaitlistTable {...props} />;
}

function wantedText(entry: WaitlistEntry, timeZone: string): string {
  return `${formatDateTime(entry.wantedFrom, timeZone)} – ${formatDateTime(entry.wantedTo, timeZone)}`;
}

function OfferInfo({ entry, timeZone, heldSlots }: { entry: WaitlistEntry; timeZone: string; heldSlots: Map<string, Slot> }) {
  if (entry.status !== 'offered' || !entry.offer) return null;
  const slot = heldSlots.get(entry.offer.slotId);
  const start = entry.offer.startTime ?? slot?.startTime;
  const end = entry.offer.endTime ?? slot?.endTime;
  return (
    <div className="offer-info" data-testid="waitlist-offer">
      {start && end && (
        <div className="cell-main" data-testid="waitlist-held-slot">
          Held slot: {formatDate(start, timeZone)}, {formatTimeRange(start, end, timeZone)}
        </div>
      )}
      <div className="cell-sub" data-testid="waitlist-held-until">
        Held until {formatDateTime(entry.offer.expiresAt, timeZone)}
      </div>
    </div>
  );
}

function WaitlistTable({ entries, timeZone, heldSlots, onAction }: ListProps) {
  return (
    <div className="table-wrap">
      <table className="bookings-table" data-testid="waitlist-table">
        <caption className="visually-hidden">Waitlist, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">Customer</th>
            <th scope="col">Service</th>
            <th scope="col">Wanted</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} data-testid="waitlist-row" data-entry-id={e.id}>
              <td>
                <div className="cell-main">{e.customerName}</div>
                <div className="cell-sub">{e.customerPhone}</div>
                {e.customerEmail && <div className="cell-sub">{e.customerEmail}</div>}
              </td>
              <td>
                <div className="cell-main">{e.serviceName}</div>
                <div className="cell-sub">{e.staffName ?? 'Any staff'}</div>
              </td>
              <td>{wantedText(e, timeZone)}</td>
              <td>
                <WaitlistStatusBadge status={e.status} />
                <OfferInfo entry={e} timeZone={timeZone} heldSlots={heldSlots} />
              </td>
              <td className="actions-cell">
                <EntryActions entry={e} onAction={onAction} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function WaitlistCards({ entries, timeZone, heldSlots, onAction }: ListProps) {
  return (
    <ul className="booking-cards" aria-label="Waitlist" data-testid="waitlist-cards">
      {entries.map((e) => (
        <li key={e.id} className="booking-card" data-testid="waitlist-card" data-entry-id={e.id}>
          <div className="card-top">
            <div>
              <div className="cell-main">{e.customerName}</div>
              <div className="cell-sub">{e.customerPhone}</div>
            </div>
            <WaitlistStatusBadge status={e.status} />
          </div>
          <OfferInfo entry={e} timeZone={timeZone} heldSlots={heldSlots} />
          <dl className="card-facts">
            <div>
              <dt>Service</dt>
              <dd>{e.serviceName}</dd>
            </div>
            <div>
              <dt>Staff</dt>
              <dd>{e.staffName ?? 'Any staff'}</dd>
            </div>
            <div>
              <dt>Wanted</dt>
              <dd>{wantedText(e, timeZone)}</dd>
            </div>
          </dl>
          <EntryActions entry={e} onAction={onAction} />
        </li>
      ))}
    </ul>
  );
}

function EntryActions({ entry, onAction }: { entry: WaitlistEntry; onAction: (e: WaitlistEntry, a: WaitlistAction) => void }) {
  if (!removable(entry)) return null;
  const about = <span className="visually-hidden">– {entry.customerName}, {entry.serviceName}</span>;
  return (
    <div className="quick-actions">
      {entry.status === 'offered' && (
        <button
          type="button"
          className="button small"
          onClick={() => onAction(entry, 'release')}
          data-testid="waitlist-action-release"
        >
          Release hold {about}
        </button>
      )}
      <button
        type="button"
        className="button small danger-outline"
        onClick={() => onAction(entry, 'remove')}
        data-testid="waitlist-action-remove"
      >
        Remove {about}
      </button>
    </div>
  );
}

function WaitlistFilterBar({
  filters,
  services,
  staff,
  onChange,
  onClear,
}: {
  filters: WaitlistFilters;
  services: Service[];
  staff: StaffMember[];
  onChange: (key: WaitlistFilterKey, value: string) => void;
  onClear: () => void;
}) {
  const id = useId();
  const select = (key: WaitlistFilterKey) => (e: ChangeEvent<HTMLSelectElement>) => onChange(key, e.target.value);
  return (
    <form className="filters" role="search" aria-label="Filter waitlist" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor={`${id}-status`}>Status</label>
        <select id={`${id}-status`} value={filters.status} onChange={select('status')} data-testid="waitlist-filter-status">
          <option value="">All statuses</option>
          {WAITLIST_STATUSES.map((s) => (
            <option key={s} value={s}>
              {WAITLIST_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <ServiceAndStaffFilters
        idPrefix={id}
        serviceId={filters.service_id}
        staffId={filters.staff_id}
        services={services}
        staff={staff}
        onChange={onChange}
        testIdPrefix="waitlist-filter"
      />
      <div className="field filters-clear">
        <button type="button" className="button ghost" onClick={onClear} data-testid="waitlist-filter-clear">
          Clear filters
        </button>
      </div>
    </form>
  );
}
