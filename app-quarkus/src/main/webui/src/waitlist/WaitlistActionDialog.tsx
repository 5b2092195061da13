import { useId, useRef, useState } from 'react';
import { ApiError, describeError } from '../api/client';
import { releaseWaitlistOffer, removeWaitlistEntry } from '../api/endpoints';
import type { WaitlistEntry } from '../api/types';
import { useToasts } from '../app/toasts';
import { Modal } from '../components/Modal';

export type WaitlistAction = 'remove' | 'release';

const COPY: Record<WaitlistAction, { title: string; question: string; confirm: string; conflict: string }> = {
  remove: {
    title: 'Remove from waitlist',
    question:
      'Take this customer off the waitlist? An open offer is withdrawn and its slot goes to the next customer in line, or reopens.',
    confirm: 'Remove',
    conflict: 'This entry cannot be removed any more: it was booked, expired or removed meanwhile.',
  },
  release: {
    title: 'Release hold',
    question:
      'End this hold now? The customer waits again in their place; the slot goes to the next customer in line, or reopens.',
    confirm: 'Release hold',
    conflict: 'This hold has already ended: the customer answered the offer or it expired meanwhile.',
  },
};

export interface WaitlistActionDialogProps {
  entry: Pick<WaitlistEntry, 'id' | 'customerName' | 'serviceName'>;
  action: WaitlistAction;
  onClose: () => void;
  /** Called after the server accepted the action, or refused it because the entry changed meanwhile. */
  onDone: (changed: boolean) => void;
}

/**
 * Asks before an entry is removed or its hold released, then sends the request. A refusal stays in the dialog;
 * a 409 (the entry changed meanwhile) says what happened, and the list behind is reloaded.
 */
export function WaitlistActionDialog({ entry, action, onClose, onDone }: WaitlistActionDialogProps) {
  const { notify } = useToasts();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const questionId = useId();
  const keepRef = useRef<HTMLButtonElement>(null);
  const copy = COPY[action];

  const confirm = async () => {
    if (pending || conflict) return;
    setPending(true);
    setError(null);
    try {
      const result = action === 'remove' ? await removeWaitlistEntry(entry.id) : await releaseWaitlistOffer(entry.id);
      notify({ kind: 'success', message: result.message || copy.title });
      onDone(true);
    } catch (e) {
      setPending(false);
      if (e instanceof ApiError && e.status === 409) {
        setConflict(true);
        setError(copy.conflict);
        onDone(false);
        return;
      }
      setError(describeError(e));
    }
  };

  return (
    <Modal
      title={copy.title}
      onClose={onClose}
      size="small"
      role="alertdialog"
      describedBy={questionId}
      initialFocus={keepRef}
      dismissible={!pending}
      testId="waitlist-action-dialog"
      footer={
        <div className="button-row end">
          <button type="button" className="button" ref={keepRef} onClick={onClose} disabled={pending}>
            {conflict ? 'Close' : 'Not now'}
          </button>
          {!conflict && (
            <button
              type="button"
              className="button danger"
              onClick={confirm}
              aria-disabled={pending}
              data-testid="confirm-waitlist-action"
            >
              {pending ? 'Saving…' : copy.confirm}
            </button>
          )}
        </div>
      }
    >
      <div id={questionId}>
        <p>{copy.question}</p>
        <p className="muted">
          {entry.customerName} · {entry.serviceName}
        </p>
      </div>
      <div aria-live="assertive">
        {error && (
          <p className="form-error" role="alert" data-testid="waitlist-action-error">
            {error}
          </p>
        )}
      </div>
    </Modal>
  );
}
