import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from '../src/browser';
import { ErrorBoundary } from '../src/components/ErrorBoundary';
import { apiError, json, mockApi, type ApiMock } from './support/fetchMock';
import { FakeEventSource } from './support/fakeEventSource';
import { booking, bookingList, me, services, staff, stats } from './support/fixtures';
import { renderApp } from './support/render';

let api: ApiMock;
let assign: ReturnType<typeof vi.fn<(url: string) => void>>;

beforeEach(() => {
  FakeEventSource.install();
  assign = vi.fn<(url: string) => void>();
  vi.spyOn(browser, 'assign').mockImplementation(assign);
  api = mockApi()
    .on('GET', '/api/me', json({ success: true, ...me }))
    .on('GET', '/api/bookings', json(bookingList([booking()])))
    .on('GET', '/api/bookings/stats', json({ success: true, stats }))
    .on('GET', '/api/services', json({ success: true, services }))
    .on('GET', '/api/staff', json({ success: true, staff }));
});

describe('sign-in', () => {
  it('sends the browser to sign-in with the current page when there is no session', async () => {
    api.on('GET', '/api/me', apiError(401, 'AUTH.UNAUTHENTICATED', 'Sign in first'));
    renderApp('/bookings?status=confirmed&page=2');
    await waitFor(() => expect(assign).toHaveBeenCalledTimes(1));
    expect(assign).toHaveBeenCalledWith('/login?then=%2Fbookings%3Fstatus%3Dconfirmed%26page%3D2');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('sends the browser to sign-in when the session ends while working', async () => {
    renderApp('/bookings');
    await screen.findByText('Dana Whitfield');
    api.on('GET', '/api/bookings', apiError(401, 'AUTH.UNAUTHENTICATED', 'Sign in first'));
    const user = userEvent.setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'completed');
    await waitFor(() => expect(assign).toHaveBeenCalledWith('/login?then=%2Fbookings%3Fstatus%3Dcompleted'));
    expect(screen.queryByTestId('error-state')).not.toBeInTheDocument();
  });

  it('checks the session when the live stream is refused, which leads to sign-in', async () => {
    renderApp('/');
    await screen.findByRole('heading', { name: 'Dashboard' });
    api.on('GET', '/api/me', apiError(401, 'AUTH.UNAUTHENTICATED', 'Sign in first'));
    act(() => FakeEventSource.latest().fail(true));
    await waitFor(() => expect(assign).toHaveBeenCalledWith('/login?then=%2F'));
  });

  it('sends the session cookie and the app header with every request', async () => {
    renderApp('/bookings');
    await screen.findByText('Dana Whitfield');
    expect(api.requests.length).toBeGreaterThan(2);
    for (const request of api.requests) {
      expect(request.credentials).toBe('same-origin');
      expect(request.headers.get('X-Requested-With')).toBe('frontdesk');
    }
  });

  it('offers a retry when the session cannot be checked', async () => {
    api.on('GET', '/api/me', apiError(503, 'INTERNAL_ERROR', 'Service unavailable'));
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Frontdesk could not start');
    api.on('GET', '/api/me', json({ success: true, ...me }));
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Dashboard' })).toBeInTheDocument();
  });
});

describe('navigation', () => {
  it('shows the business, the user, sign-out and the current page', async () => {
    renderApp('/bookings');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(screen.getByTestId('business-name')).toHaveTextContent('Salon Aurora');
    expect(screen.getByTestId('user-name')).toHaveTextContent('Bob Baker');
    expect(screen.getByRole('link', { name: 'Sign out' })).toHaveAttribute('href', '/logout');
    expect(within(nav).getByRole('link', { name: 'Bookings' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Dashboard' })).not.toHaveAttribute('aria-current');
    expect(within(nav).getByRole('link', { name: 'Waitlist' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Settings' })).toBeInTheDocument();
  });

  it('moves between pages without reloading', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');
    await user.click(within(nav).getByRole('link', { name: 'Waitlist' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Waitlist' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/waitlist');
    expect(within(nav).getByRole('link', { name: 'Waitlist' })).toHaveAttribute('aria-current', 'page');
    expect(document.title).toBe('Waitlist – Frontdesk');
    expect(assign).not.toHaveBeenCalled();
    expect(api.sent('GET', '/api/me')).toHaveLength(1);
  });

  it('has a page for unknown addresses', async () => {
    renderApp('/nowhere');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });
});

describe('ErrorBoundary', () => {
  it('shows a way on instead of a blank screen when a page fails to render', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let broken = true;
    function Page() {
      if (broken) throw new Error('boom');
      return <p>Recovered</p>;
    }
    render(
      <ErrorBoundary>
        <Page />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong on this page');
    broken = false;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Recovered')).toBeInTheDocument();
  });
});
