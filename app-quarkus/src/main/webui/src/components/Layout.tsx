import { useEffect, useState } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { LOGOUT_URL } from '../browser';
import { useLiveStatus } from '../app/liveUpdates';
import { useSession } from '../app/session';
import { ErrorBoundary } from './ErrorBoundary';

const NAV_ITEMS = [
  { to: '/', label: 'Dashboard', end: true },
  { to: '/bookings', label: 'Bookings', end: false },
  { to: '/waitlist', label: 'Waitlist', end: false },
  { to: '/settings', label: 'Settings', end: false },
];

const LIVE_LABELS = { live: 'Live updates on', connecting: 'Connecting live updates…', offline: 'Live updates off' };

/** The frame of every signed-in page: business and user, main navigation, sign-out, and the page itself. */
export function Layout() {
  const { user, tenant } = useSession();
  const live = useLiveStatus();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);

  useEffect(() => setMenuOpen(false), [location.pathname]);

  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">Frontdesk</span>
          <span className="business-name" data-testid="business-name">
            {tenant.name}
          </span>
        </div>
        <button
          type="button"
          className="button ghost menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="main-nav"
          onClick={() => setMenuOpen((open) => !open)}
        >
          Menu
        </button>
        <nav id="main-nav" aria-label="Main" className={menuOpen ? 'main-nav open' : 'main-nav'}>
          <ul>
            {NAV_ITEMS.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end} className="nav-link">
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="user-box">
          <span className={`live-indicator live-${live}`} title={LIVE_LABELS[live]} data-testid="live-status">
            <span className="live-dot" aria-hidden="true" />
            <span className="visually-hidden">{LIVE_LABELS[live]}</span>
          </span>
          <span className="user-name" data-testid="user-name">
            {user.name}
          </span>
          <a className="button small" href={LOGOUT_URL}>
            Sign out
          </a>
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <ErrorBoundary resetKey={location.pathname}>
          <Outlet />
        </ErrorBoundary>
      </main>
    </div>
  );
}
