import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { describeError } from '../api/client';
import { getBooking } from '../api/endpoints';
import type { AuditEntry, CalendarSync } from '../api/types';
import { useBookingEvents } from '../app/liveUpdates';
import { useSession } from '../app/session';
import { ErrorState } from '../components/ErrorState';
import { Modal } from '../components/Modal';
import { Skeleton } from '../components/Skeleton';
import { StatusBadge } from '../components/StatusBadge';
import { formatDateTime, formatPrice, formatTimeRange, formatDate } from '../format';
import { useResource } from '../hooks/useResource';
import { auditActionLabel, sourceLabel, statusLabel } from '../labels';
import { StatusChangeDialog, type StatusAction } from './StatusChangeDialog';

export interface BookingDetailsModalProps {
  bookingId: string;
  onClose: () => void;
  /** Called after this dialog changed the booking's status. */
  onUpdate: () => void;
  returnFocus?: RefObject<HTMLElement | null>;
}

/**
 * Everything about one booking: customer, appointment, service and staff, how and when it was made, calendar
 * sync when the API reports it, and the audit trail as a timeline; with complete, no-show and cancel for
 * confirmed bookings, each confirmed first.
 */
export function BookingDetailsModal({ bookingId, onClose, onUpdate, returnFocus }: BookingDetailsModalProps) {
  const { tenant } = useSession();
  const booking = useResource(`booking:${bookingId}`, (signal) => getBooking(bookingId, signal));
  const [action, setAction] = useState<StatusAction | null>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  useBookingEvents((event) => {
    if (!event || event.bookingId === bookingId) booking.reload();
  });

  const b = booking.data;
  const zone = tenant.timeZone;

  // A status change removes the action buttons; focus that was on one of them goes to Close, not nowhere.
  useEffect(() => {
    if (document.activeElement === document.body) closeRef.current?.focus();
  }, [b?.status]);

  return (
    <Modal
      title={b ? `Booking – ${b.customerName}` : 'Booking'}
      onClose={onClose}
      size="large"
      testId="booking-details-dialog"
      returnFocus={returnFocus}
      initialFocus={closeRef}
      footer={
        <div className="button-row spread">
          <div className="button-row">
            {b?.status === 'confirmed' && (
              <>
                <button type="button" className="button primary" onClick={() => setAction('completed')} data-testid="details-action-complete">
                  Mark completed
                </button>
                <button type="button" className="button" onClick={() => setAction('no_show')} data-testid="details-action-no-show">
                  Mark no-show
                </button>
                <button type="button" className="button danger-outline" onClick={() => setAction('canceled')} data-testid="details-action-cancel">
                  Cancel booking
                </button>
              </>
            )}
          </div>
          <button type="button" className="button" ref={closeRef} onClick={onClose}>
            Close
          </button>
        </div>
      }
    >
      {!b && booking.loading && <Skeleton lines={6} label="Loading booking" />}
      {!b && !booking.loading && booking.error !== undefined && (
        <ErrorState title="The booking could not be loaded" message={describeError(booking.error)} onRetry={booking.reload} />
      )}
      {b && (
        <div className="details" data-testid="booking-details">
          <div className="details-status">
            <StatusBadge status={b.status} />
            {booking.loading && <span className="muted"> Updating…</span>}
          </div>
          <div className="details-grid">
            <Facts title="Customer">
              <Fact label="Name">{b.customerName}</Fact>
              <Fact label="Phone">
                <a href={`tel:${b.customerPhone}`}>{b.customerPhone}</a>
              </Fact>
              <Fact label="Email">{b.customerEmail ? <a href={`mailto:${b.customerEmail}`}>{b.customerEmail}</a> : '—'}</Fact>
            </Facts>
            <Facts title="Appointment">
              <Fact label="Date">{formatDate(b.slotDetails?.startTime ?? b.startTime, zone)}</Fact>
              <Fact label="Time">
                {formatTimeRange(b.slotDetails?.startTime ?? b.startTime, b.slotDetails?.endTime ?? b.endTime, zone)}
              </Fact>
              <Fact label="Time zone">{zone}</Fact>
              {b.slotDetails && <Fact label="Slot">{slotStatusLabel(b.slotDetails.status)}</Fact>}
            </Facts>
            <Facts title="Service">
              <Fact label="Name">{b.serviceDetails?.name ?? b.serviceName}</Fact>
              {b.serviceDetails && <Fact label="Duration">{b.serviceDetails.duration} min</Fact>}
              {b.serviceDetails && (
                <Fact label="Price">{formatPrice(b.serviceDetails.price, b.serviceDetails.currency) ?? '—'}</Fact>
              )}
            </Facts>
            <Facts title="Staff">
              <Fact label="Name">{b.staffDetails?.name ?? b.staffName}</Fact>
              {b.staffDetails?.role && <Fact label="Role">{b.staffDetails.role}</Fact>}
            </Facts>
            <Facts title="Booking">
              <Fact label="Status">{statusLabel(b.status)}</Fact>
              <Fact label="Source">{sourceLabel(b.bookingSource)}</Fact>
              <Fact label="Created">
                {formatDateTime(b.createdAt, zone)} by {b.createdBy}
              </Fact>
              {b.completedAt && <Fact label="Completed">{formatDateTime(b.completedAt, zone)}</Fact>}
              {b.noShowAt && <Fact label="No-show">{formatDateTime(b.noShowAt, zone)}</Fact>}
              {b.canceledAt && <Fact label="Canceled">{formatDateTime(b.canceledAt, zone)}</Fact>}
              {b.cancellationReason && <Fact label="Reason">{b.cancellationReason}</Fact>}
            </Facts>
            {b.calendar && <CalendarFacts calendar={b.calendar} />}
          </div>
          <AuditTimeline entries={b.auditTrail ?? []} timeZone={zone} />
        </div>
      )}
      {b && action && (
        <StatusChangeDialog
          booking={b}
          action={action}
          onClose={() => setAction(null)}
          onDone={() => {
            setAction(null);
            booking.reload();
            onUpdate();
          }}
        />
      )}
    </Modal>
  );
}

function Facts({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="facts">
      <h3>{title}</h3>
      <dl>{children}</dl>
    </section>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function slotStatusLabel(status: string): string {
  return { open: 'Open (released)', held: 'Held', booked: 'Booked' }[status] ?? status;
}

/** The API's calendar states (see `GET /api/bookings/{id}`) as they read. */
const CALENDAR_STATES: Record<string, string> = {
  not_configured: 'No calendar connected',
  pending: 'Waiting to sync',
  synced: 'In the calendar',
  failed: 'Sync failed',
};

function CalendarFacts({ calendar }: { calendar: CalendarSync }) {
  return (
    <section className="facts" data-testid="calendar-sync">
      <h3>Calendar</h3>
      <dl>
        <Fact label="State">{calendar.state ? (CALENDAR_STATES[calendar.state] ?? calendar.state) : '—'}</Fact>
        {typeof calendar.attempts === 'number' && <Fact label="Attempts">{calendar.attempts}</Fact>}
        {calendar.lastError && <Fact label="Last error">{calendar.lastError}</Fact>}
      </dl>
    </section>
  );
}

function AuditTimeline({ entries, timeZone }: { entries: AuditEntry[]; timeZone: string }) {
  return (
    <section className="timeline-section" aria-labelledby="audit-heading">
      <h3 id="audit-heading">History</h3>
      {entries.length === 0 ? (
        <p className="muted">No history recorded.</p>
      ) : (
        <ol className="timeline" data-testid="audit-trail">
          {entries.map((entry, i) => (
            <li key={entry.id ?? i} className="timeline-item">
              <span className="timeline-dot" aria-hidden="true" />
              <div>
                <p className="timeline-title">
                  <strong>{auditActionLabel(entry.action)}</strong> by {entry.actor}
                </p>
                <p className="timeline-time">
                  <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt, timeZone)}</time>
                </p>
                {entry.changes && Object.keys(entry.changes).length > 0 && (
                  <ul className="timeline-changes">
                    {Object.entries(entry.changes).map(([field, change]) => (
                      <li key={field}>
                        {humanField(field)}: {describeValue(field, change.before)} → {describeValue(field, change.after)}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function humanField(field: string): string {
  const words = field
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function describeValue(field: string, value: string | null): string {
  if (value === null || value === '') return '—';
  if (field === 'status') return statusLabel(value);
  if (field === 'booking_source' || field === 'bookingSource' || field === 'source') return sourceLabel(value);
  return value;
}
