/** Grey placeholder lines while content loads; announced once as "Loading …" to screen readers. */
export function Skeleton({ lines = 3, label = 'Loading' }: { lines?: number; label?: string }) {
  return (
    <div className="skeleton" role="status" aria-live="polite" data-testid="skeleton">
      <span className="visually-hidden">{label}…</span>
      {Array.from({ length: lines }, (_, i) => (
        <span key={i} className="skeleton-line" aria-hidden="true" />
      ))}
    </div>
  );
}

/** Placeholder rows shaped like a table of the given column count. */
export function TableSkeleton({ rows = 5, columns = 6, label = 'Loading' }: { rows?: number; columns?: number; label?: string }) {
  return (
    <div className="skeleton skeleton-table" role="status" aria-live="polite" data-testid="skeleton">
      <span className="visually-hidden">{label}…</span>
      {Array.from({ length: rows }, (_, r) => (
        <div key={r} className="skeleton-row" aria-hidden="true">
          {Array.from({ length: columns }, (_, c) => (
            <span key={c} className="skeleton-line" />
          ))}
        </div>
      ))}
    </div>
  );
}
