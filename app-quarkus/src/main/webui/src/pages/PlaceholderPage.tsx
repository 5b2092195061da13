import { Link } from 'react-router';

/** A page that is planned but not built yet. */
export function PlaceholderPage({ title, children }: { title: string; children: string }) {
  return (
    <section className="page" aria-labelledby="placeholder-heading">
      <h1 id="placeholder-heading">{title}</h1>
      <div className="empty-state" data-testid="placeholder">
        <h2>Coming soon</h2>
        <p>{children}</p>
      </div>
    </section>
  );
}

export function NotFoundPage() {
  return (
    <section className="page" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">Page not found</h1>
      <div className="empty-state">
        <p>There is no page at this address.</p>
        <Link className="button" to="/">
          Go to the dashboard
        </Link>
      </div>
    </section>
  );
}
