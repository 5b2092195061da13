import type { BookingSource, BookingStatus } from './api/types';

/** How statuses and sources read on screen. */
export const STATUS_LABELS: Record<BookingStatus, string> = {
  confirmed: 'Confirmed',
  completed: 'Completed',
  no_show: 'No-show',
  canceled: 'Canceled',
};

export const SOURCE_LABELS: Record<BookingSource, string> = {
  waitlist: 'Waitlist',
  direct: 'Direct',
  walk_in: 'Walk-in',
  manual: 'Phone / manual',
};

export function statusLabel(status: string): string {
  return STATUS_LABELS[status as BookingStatus] ?? status;
}

export function sourceLabel(source: string): string {
  return SOURCE_LABELS[source as BookingSource] ?? source;
}

/** Audit actions such as `booking.canceled` as a sentence start: "Canceled". */
export function auditActionLabel(action: string): string {
  const known: Record<string, string> = {
    'booking.created': 'Booked',
    'booking.confirmed': 'Booked',
    'booking.completed': 'Marked as completed',
    'booking.no_show': 'Marked as no-show',
    'booking.marked_no_show': 'Marked as no-show',
    'booking.canceled': 'Canceled',
  };
  if (known[action]) return known[action];
  const last = action.split('.').pop() ?? action;
  const words = last.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
