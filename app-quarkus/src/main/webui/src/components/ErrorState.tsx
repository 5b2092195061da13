import type { ReactNode } from 'react';

/** An inline failure with a retry, in place of content that could not be loaded. */
export function ErrorState({ title, message, onRetry }: { title: string; message: string; onRetry?: () => void }) {
  return (
    <div className="error-state" role="alert" data-testid="error-state">
      <h2>{title}</h2>
      <p>{message}</p>
      {onRetry && (
        <button type="button" className="button primary" onClick={onRetry}>
          Retry
        </button>
      )}
    </div>
  );
}

/** What a list shows when it has nothing to show, with an optional way on. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty-state" data-testid="empty-state">
      <h2>{title}</h2>
      {children}
    </div>
  );
}
