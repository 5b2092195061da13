import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DashboardPage } from '../src/dashboard/DashboardPage';
import { json, mockApi, type ApiMock } from './support/fetchMock';
import { FakeEventSource } from './support/fakeEventSource';
import { stats } from './support/fixtures';
import { renderSignedIn } from './support/render';

let api: ApiMock;

beforeEach(() => {
  // Still Thursday 2 May in UTC, but already Friday 3 May in the business's zone (Berlin, UTC+2).
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2030-05-02T22:30:00Z'));
  FakeEventSource.install();
  api = mockApi().on('GET', '/api/bookings/stats', json({ success: true, stats }));
});

afterEach(() => {
  vi.useRealTimers();
});

function lastRange() {
  return Object.fromEntries(api.last('GET', '/api/bookings/stats')!.query);
}

describe('DashboardPage', () => {
  it('asks for today in the business time zone, not the browser’s', async () => {
    renderSignedIn(<DashboardPage />, '/');
    await screen.findByTestId('stats');
    expect(lastRange()).toEqual({ start_date: '2030-05-03', end_date: '2030-05-03' });
  });

  it('asks for this week (Monday to Sunday), this month and a custom range, kept in the URL', async () => {
    const user = userEvent.setup();
    renderSignedIn(<DashboardPage />, '/');
    await screen.findByTestId('stats');

    await user.click(screen.getByRole('radio', { name: 'This week' }));
    await waitFor(() => expect(lastRange()).toEqual({ start_date: '2030-04-29', end_date: '2030-05-05' }));
    expect(window.location.search).toBe('?period=week');

    await user.click(screen.getByRole('radio', { name: 'This month' }));
    await waitFor(() => expect(lastRange()).toEqual({ start_date: '2030-05-01', end_date: '2030-05-31' }));

    await user.click(screen.getByRole('radio', { name: 'Custom range' }));
    const from = screen.getByLabelText('From');
    const to = screen.getByLabelText('To');
    await user.clear(from);
    await user.type(from, '2030-01-10');
    await user.clear(to);
    await user.type(to, '2030-02-20');
    await waitFor(() => expect(lastRange()).toEqual({ start_date: '2030-01-10', end_date: '2030-02-20' }));
    expect(new URLSearchParams(window.location.search).get('period')).toBe('custom');
    expect(new URLSearchParams(window.location.search).get('end_date')).toBe('2030-02-20');
  });

  it('does not ask for a custom range that ends before it starts', async () => {
    renderSignedIn(<DashboardPage />, '/?period=custom&start_date=2030-03-10&end_date=2030-03-01');
    expect(await screen.findByRole('alert')).toHaveTextContent('the end not before the start');
    expect(api.sent('GET', '/api/bookings/stats')).toHaveLength(0);
  });

  it('shows the counts, the no-show rate and both charts with their values as text', async () => {
    renderSignedIn(<DashboardPage />, '/?period=month');
    await screen.findByTestId('stats');
    expect(screen.getByTestId('stat-today')).toHaveTextContent('6');
    expect(screen.getByTestId('stat-upcoming')).toHaveTextContent('17');
    expect(screen.getByTestId('stat-completed')).toHaveTextContent('20');
    expect(screen.getByTestId('stat-canceled')).toHaveTextContent('3');
    expect(screen.getByTestId('stat-no-show')).toHaveTextContent('5');
    expect(screen.getByTestId('stat-no-show')).toHaveTextContent('20% no-show rate');

    const bySource = screen.getByRole('figure', { name: 'Bookings by source' });
    expect(within(bySource).getByText('Walk-in').closest('li')).toHaveTextContent('16 (40%)');
    const byStatus = screen.getByRole('figure', { name: 'Bookings by status' });
    expect(within(byStatus).getByText('No-show').closest('li')).toHaveTextContent('5 (13%)');
  });

  it('shows the waitlist fill rate of the period with the accepted and made offers as text', async () => {
    api.on(
      'GET',
      '/api/bookings/stats',
      json({ success: true, stats: { ...stats, waitlistOffersMade: 7, waitlistOffersAccepted: 3, waitlistFillRate: 3 / 7 } }),
    );
    renderSignedIn(<DashboardPage />, '/?period=week');
    const card = await screen.findByTestId('stat-waitlist-fill-rate');
    expect(card).toHaveTextContent('Waitlist fill rate');
    expect(card).toHaveTextContent('42.9%');
    expect(card).toHaveTextContent('3 of 7 offers accepted');
  });

  it('says so when no waitlist offer was made in the period', async () => {
    api.on(
      'GET',
      '/api/bookings/stats',
      json({ success: true, stats: { ...stats, waitlistOffersMade: 0, waitlistOffersAccepted: 0, waitlistFillRate: 0 } }),
    );
    renderSignedIn(<DashboardPage />, '/');
    const card = await screen.findByTestId('stat-waitlist-fill-rate');
    expect(card).toHaveTextContent('0%');
    expect(card).toHaveTextContent('No waitlist offers made');
  });

  it('refreshes when bookings change', async () => {
    renderSignedIn(<DashboardPage />, '/');
    await screen.findByTestId('stats');
    const loads = api.sent('GET', '/api/bookings/stats').length;
    api.on('GET', '/api/bookings/stats', json({ success: true, stats: { ...stats, todayBookings: 7 } }));
    act(() => FakeEventSource.latest().emit('booking', { type: 'created', bookingId: 'bk-5', status: 'confirmed' }));
    await waitFor(() => expect(screen.getByTestId('stat-today')).toHaveTextContent('7'), { timeout: 2000 });
    expect(api.sent('GET', '/api/bookings/stats').length).toBe(loads + 1);
  });
});
