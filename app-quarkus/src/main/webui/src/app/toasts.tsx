import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

export type ToastKind = 'success' | 'error' | 'info';

export interface ToastInput {
  kind: ToastKind;
  message: string;
  /** A button in the toast, such as "Retry"; running it dismisses the toast. */
  action?: { label: string; run: () => void };
}

interface Toast extends ToastInput {
  id: number;
}

interface Toasts {
  notify: (toast: ToastInput) => void;
}

const ToastContext = createContext<Toasts>({ notify: () => {} });

export function useToasts(): Toasts {
  return useContext(ToastContext);
}

const SUCCESS_MS = 5000;
const MAX_TOASTS = 4;

/**
 * Short notices at the corner of the screen. Failures stay until dismissed and are announced at once
 * (role=alert); successes are announced politely and go away by themselves. Rendered outside the app's root
 * so that they stay reachable and announced while a dialog makes the page behind it inert.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => {
    setToasts((all) => all.filter((t) => t.id !== id));
  }, []);

  const notify = useCallback(
    (input: ToastInput) => {
      const id = nextId.current++;
      setToasts((all) => [...all.filter((t) => t.message !== input.message), { ...input, id }].slice(-MAX_TOASTS));
      if (input.kind !== 'error') setTimeout(() => dismiss(id), SUCCESS_MS);
    },
    [dismiss],
  );

  const value = useMemo(() => ({ notify }), [notify]);

  return (
    <ToastContext.Provider value={value}>
      {children}
      {createPortal(
        <div className="toasts" role="region" aria-label="Notifications" data-testid="toasts">
          {toasts.map((toast) => (
            <div
              key={toast.id}
              className={`toast toast-${toast.kind}`}
              role={toast.kind === 'error' ? 'alert' : 'status'}
              data-testid="toast"
            >
              <p className="toast-message">{toast.message}</p>
              <div className="toast-actions">
                {toast.action && (
                  <button
                    type="button"
                    className="button small"
                    onClick={() => {
                      dismiss(toast.id);
                      toast.action?.run();
                    }}
                  >
                    {toast.action.label}
                  </button>
                )}
                <button
                  type="button"
                  className="button small ghost"
                  aria-label="Dismiss notification"
                  onClick={() => dismiss(toast.id)}
                >
                  ×
                </button>
              </div>
            </div>
          ))}
        </div>,
        document.body,
      )}
    </ToastContext.Provider>
  );
}
