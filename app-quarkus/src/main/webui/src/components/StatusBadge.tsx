import type { BookingStatus } from '../api/types';
import { statusLabel } from '../labels';

/** A booking's status as coloured text: the colour helps, the word carries the meaning. */
export function StatusBadge({ status }: { status: BookingStatus }) {
  return (
    <span className={`badge badge-${status}`} data-testid="status-badge" data-status={status}>
      <span className="badge-dot" aria-hidden="true" />
      {statusLabel(status)}
    </span>
  );
}
