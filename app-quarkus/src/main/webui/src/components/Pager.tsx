import { useId } from 'react';

/** Previous / next page, where we are, and how many per page: the pagination of every list. */
export function Pager({
  page,
  totalPages,
  limit,
  sizes,
  onPage,
  onLimit,
}: {
  page: number;
  totalPages: number;
  limit: number;
  /** The page sizes offered. */
  sizes: readonly number[];
  onPage: (page: number) => void;
  onLimit: (limit: number) => void;
}) {
  const id = useId();
  return (
    <nav className="pager" aria-label="Pagination" data-testid="pagination">
      <button
        type="button"
        className="button"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
        data-testid="pagination-prev"
      >
        Previous page
      </button>
      <span className="pager-position" data-testid="pagination-position">
        Page {page} of {totalPages}
      </span>
      <button
        type="button"
        className="button"
        disabled={page >= totalPages}
        onClick={() => onPage(page + 1)}
        data-testid="pagination-next"
      >
        Next page
      </button>
      <div className="field inline">
        <label htmlFor={`${id}-limit`}>Per page</label>
        <select id={`${id}-limit`} value={limit} onChange={(e) => onLimit(Number(e.target.value))} data-testid="pagination-limit">
          {sizes.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </div>
    </nav>
  );
}
