import { useId, useRef, useState } from 'react';
import { describeError } from '../api/client';
import { updateBooking } from '../api/endpoints';
import type { Booking, UpdateBookingRequest } from '../api/types';
import { useSession } from '../app/session';
import { useToasts } from '../app/toasts';
import { Modal } from '../components/Modal';
import { formatDateTime } from '../format';

export type StatusAction = UpdateBookingRequest['status'];

export const MAX_REASON_LENGTH = 500;

const COPY: Record<StatusAction, { title: string; question: string; confirm: string; keep: string }> = {
  completed: {
    title: 'Mark as completed',
    question: 'Mark this booking as completed?',
    confirm: 'Mark completed',
    keep: 'Not now',
  },
  no_show: {
    title: 'Mark as no-show',
    question: 'Mark this booking as a no-show? The slot becomes free again.',
    confirm: 'Mark no-show',
    keep: 'Not now',
  },
  canceled: {
    title: 'Cancel booking',
    question: 'Cancel this booking? The slot becomes free again.',
    confirm: 'Cancel booking',
    keep: 'Keep booking',
  },
};

export interface StatusChangeDialogProps {
  booking: Pick<Booking, 'id' | 'customerName' | 'startTime' | 'serviceName'>;
  action: StatusAction;
  onClose: () => void;
  /** Called with the changed booking after the server accepted the change. */
  onDone: (booking: Booking) => void;
}

/**
 * Asks before a booking is completed, marked as no-show or canceled (with an optional reason), then sends
 * `PATCH /api/bookings/{id}`. A refusal stays in the dialog, so the desk can retry or keep the booking.
 */
export function StatusChangeDialog({ booking, action, onClose, onDone }: StatusChangeDialogProps) {
  const { tenant } = useSession();
  const { notify } = useToasts();
  const [reason, setReason] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const questionId = useId();
  const reasonId = useId();
  const keepRef = useRef<HTMLButtonElement>(null);
  const copy = COPY[action];

  const confirm = async () => {
    if (pending) return;
    setPending(true);
    setError(null);
    const request: UpdateBookingRequest = { status: action };
    const trimmed = reason.trim();
    if (action === 'canceled' && trimmed) request.cancellation_reason = trimmed;
    try {
      const result = await updateBooking(booking.id, request);
      notify({ kind: 'success', message: result.message || copy.title });
      onDone(result.booking);
    } catch (e) {
      setError(describeError(e));
      setPending(false);
    }
  };

  return (
    <Modal
      title={copy.title}
      onClose={onClose}
      size="small"
      role="alertdialog"
      describedBy={questionId}
      initialFocus={action === 'canceled' ? undefined : keepRef}
      dismissible={!pending}
      testId="status-dialog"
      footer={
        <div className="button-row end">
          <button type="button" className="button" ref={keepRef} onClick={onClose} disabled={pending}>
            {copy.keep}
          </button>
          <button
            type="button"
            className={action === 'completed' ? 'button primary' : 'button danger'}
            onClick={confirm}
            aria-disabled={pending}
            data-testid="confirm-status-change"
          >
            {pending ? 'Saving…' : copy.confirm}
          </button>
        </div>
      }
    >
      <div id={questionId}>
        <p>{copy.question}</p>
        <p className="muted">
          {booking.customerName} · {booking.serviceName} · {formatDateTime(booking.startTime, tenant.timeZone)}
        </p>
      </div>
      {action === 'canceled' && (
        <div className="field">
          <label htmlFor={reasonId}>Reason (optional)</label>
          <textarea
            id={reasonId}
            value={reason}
            maxLength={MAX_REASON_LENGTH}
            rows={3}
            onChange={(e) => setReason(e.target.value)}
            disabled={pending}
          />
        </div>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </Modal>
  );
}
