import type { MouseEvent } from 'react';
import type { Booking } from '../api/types';
import { StatusBadge } from '../components/StatusBadge';
import { formatDate, formatTimeRange } from '../format';
import { NARROW_SCREEN, useMediaQuery } from '../hooks/useMediaQuery';
import { sourceLabel } from '../labels';
import type { StatusAction } from './StatusChangeDialog';

export interface BookingListProps {
  bookings: Booking[];
  timeZone: string;
  onView: (booking: Booking) => void;
  onAction: (booking: Booking, action: StatusAction) => void;
}

/**
 * The bookings of one page: a table on wide screens, cards on narrow ones (640 px and less), each with quick
 * actions. Every action's accessible name says which booking it acts on.
 */
export function BookingList(props: BookingListProps) {
  const narrow = useMediaQuery(NARROW_SCREEN);
  return narrow ? <BookingCards {...props} /> : <BookingTable {...props} />;
}

function BookingTable({ bookings, timeZone, onView, onAction }: BookingListProps) {
  return (
    <div className="table-wrap">
      <table className="bookings-table" data-testid="bookings-table">
        <caption className="visually-hidden">Bookings</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Customer</th>
            <th scope="col">Service</th>
            <th scope="col">Staff</th>
            <th scope="col">Status</th>
            <th scope="col">Source</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {bookings.map((b) => (
            <tr key={b.id} data-testid="booking-row" data-booking-id={b.id}>
              <td>
                <div className="cell-main">{formatDate(b.startTime, timeZone)}</div>
                <div className="cell-sub">{formatTimeRange(b.startTime, b.endTime, timeZone)}</div>
              </td>
              <td>
                <div className="cell-main">{b.customerName}</div>
                <div className="cell-sub">{b.customerPhone}</div>
              </td>
              <td>{b.serviceName}</td>
              <td>{b.staffName}</td>
              <td>
                <StatusBadge status={b.status} />
              </td>
              <td>{sourceLabel(b.bookingSource)}</td>
              <td className="actions-cell">
                <QuickActions booking={b} timeZone={timeZone} onView={onView} onAction={onAction} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function BookingCards({ bookings, timeZone, onView, onAction }: BookingListProps) {
  return (
    <ul className="booking-cards" aria-label="Bookings" data-testid="bookings-cards">
      {bookings.map((b) => (
        <li key={b.id} className="booking-card" data-testid="booking-card" data-booking-id={b.id}>
          <div className="card-top">
            <div>
              <div className="cell-main">{b.customerName}</div>
              <div className="cell-sub">{b.customerPhone}</div>
            </div>
            <StatusBadge status={b.status} />
          </div>
          <dl className="card-facts">
            <div>
              <dt>When</dt>
              <dd>
                {formatDate(b.startTime, timeZone)}, {formatTimeRange(b.startTime, b.endTime, timeZone)}
              </dd>
            </div>
            <div>
              <dt>Service</dt>
              <dd>{b.serviceName}</dd>
            </div>
            <div>
              <dt>Staff</dt>
              <dd>{b.staffName}</dd>
            </div>
            <div>
              <dt>Source</dt>
              <dd>{sourceLabel(b.bookingSource)}</dd>
            </div>
          </dl>
          <QuickActions booking={b} timeZone={timeZone} onView={onView} onAction={onAction} />
        </li>
      ))}
    </ul>
  );
}

function QuickActions({
  booking,
  timeZone,
  onView,
  onAction,
}: {
  booking: Booking;
  timeZone: string;
  onView: (booking: Booking) => void;
  onAction: (booking: Booking, action: StatusAction) => void;
}) {
  const about = (
    <span className="visually-hidden">
      – {booking.customerName}, {formatDate(booking.startTime, timeZone)}{' '}
      {formatTimeRange(booking.startTime, booking.endTime, timeZone)}
    </span>
  );
  const act = (action: StatusAction) => (e: MouseEvent) => {
    e.stopPropagation();
    onAction(booking, action);
  };
  return (
    <div className="quick-actions">
      <button type="button" className="button small" data-testid="booking-action-view" onClick={() => onView(booking)}>
        View {about}
      </button>
      {booking.status === 'confirmed' && (
        <>
          <button type="button" className="button small" data-testid="booking-action-complete" onClick={act('completed')}>
            Complete {about}
          </button>
          <button type="button" className="button small" data-testid="booking-action-no-show" onClick={act('no_show')}>
            No-show {about}
          </button>
          <button type="button" className="button small danger-outline" data-testid="booking-action-cancel" onClick={act('canceled')}>
            Cancel {about}
          </button>
        </>
      )}
    </div>
  );
}
