import { useEffect } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { BookingsPage } from '../bookings/BookingsPage';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { Layout } from '../components/Layout';
import { DashboardPage } from '../dashboard/DashboardPage';
import { NotFoundPage, PlaceholderPage } from '../pages/PlaceholderPage';
import { WaitlistPage } from '../waitlist/WaitlistPage';
import { LiveUpdatesProvider } from './liveUpdates';
import { SessionGate } from './session';
import { ToastProvider } from './toasts';

const TITLES: Record<string, string> = {
  '/': 'Dashboard',
  '/bookings': 'Bookings',
  '/waitlist': 'Waitlist',
  '/settings': 'Settings',
};

/** Names the browser tab after the page, so that history and screen readers tell pages apart. */
function DocumentTitle() {
  const { pathname } = useLocation();
  useEffect(() => {
    const page = TITLES[pathname];
    document.title = page ? `${page} – Frontdesk` : 'Frontdesk';
  }, [pathname]);
  return null;
}

/** The admin app: sign-in check first, then the pages, all within one error boundary, toasts and live updates. */
export function App() {
  return (
    <ErrorBoundary>
      <ToastProvider>
        <SessionGate>
          <LiveUpdatesProvider>
            <DocumentTitle />
            <Routes>
              <Route element={<Layout />}>
                <Route index element={<DashboardPage />} />
                <Route path="bookings" element={<BookingsPage />} />
                <Route path="waitlist" element={<WaitlistPage />} />
                <Route
                  path="settings"
                  element={
                    <PlaceholderPage title="Settings">
                      Business details, services, staff and opening hours will be maintained here.
                    </PlaceholderPage>
                  }
                />
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Routes>
          </LiveUpdatesProvider>
        </SessionGate>
      </ToastProvider>
    </ErrorBoundary>
  );
}
