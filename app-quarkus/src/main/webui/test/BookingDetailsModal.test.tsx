import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BookingDetailsModal } from '../src/bookings/BookingDetailsModal';
import { json, mockApi, type ApiMock } from './support/fetchMock';
import { FakeEventSource } from './support/fakeEventSource';
import { booking, bookingDetails } from './support/fixtures';
import { renderSignedIn } from './support/render';

let api: ApiMock;

beforeEach(() => {
  FakeEventSource.install();
  api = mockApi();
});

function renderDetails(details = bookingDetails()) {
  api.on('GET', `/api/bookings/${details.id}`, json({ success: true, booking: details }));
  const onUpdate = vi.fn();
  const onClose = vi.fn();
  renderSignedIn(<BookingDetailsModal bookingId={details.id} onClose={onClose} onUpdate={onUpdate} />);
  return { onUpdate, onClose };
}

describe('BookingDetailsModal', () => {
  it('shows customer, appointment, service, staff and the audit trail', async () => {
    renderDetails(
      bookingDetails({
        auditTrail: [
          { action: 'booking.created', actor: 'bob', occurredAt: '2030-03-29T10:00:00Z', changes: null },
          {
            action: 'booking.canceled',
            actor: 'alice',
            occurredAt: '2030-03-29T12:00:00Z',
            changes: { status: { before: 'confirmed', after: 'canceled' } },
          },
        ],
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Booking – Dana Whitfield' });
    const details = await within(dialog).findByTestId('booking-details');
    expect(within(details).getByRole('link', { name: '+4915112345678' })).toHaveAttribute('href', 'tel:+4915112345678');
    expect(within(details).getByRole('link', { name: 'dana@example.com' })).toBeInTheDocument();
    expect(details).toHaveTextContent('Haircut');
    expect(details).toHaveTextContent('45 min');
    expect(details).toHaveTextContent('€45.00');
    expect(details).toHaveTextContent('Mia Hoffmann');
    expect(details).toHaveTextContent('Stylist');
    expect(details).toHaveTextContent('Europe/Berlin');
    expect(details).not.toHaveTextContent('Calendar');

    const timeline = within(details).getByTestId('audit-trail');
    const items = within(timeline).getAllByRole('listitem').filter((li) => li.parentElement === timeline);
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Booked by bob');
    expect(items[1]).toHaveTextContent('Canceled by alice');
    expect(items[1]).toHaveTextContent('Status: Confirmed → Canceled');
  });

  it('shows calendar sync when the booking has it', async () => {
    renderDetails(bookingDetails({ calendar: { state: 'failed', lastError: 'CalDAV server refused', attempts: 3 } }));
    const calendar = await screen.findByTestId('calendar-sync');
    expect(calendar).toHaveTextContent('Sync failed');
    expect(calendar).toHaveTextContent('3');
    expect(calendar).toHaveTextContent('CalDAV server refused');
  });

  it.each([
    ['not_configured', 'No calendar connected'],
    ['pending', 'Waiting to sync'],
    ['synced', 'In the calendar'],
  ])('says in words what calendar state %s means', async (state, text) => {
    renderDetails(bookingDetails({ calendar: { state, lastError: null, attempts: 0 } }));
    const calendar = await screen.findByTestId('calendar-sync');
    expect(calendar).toHaveTextContent(text);
    expect(calendar).not.toHaveTextContent(state);
  });

  it('completes after confirmation, then shows the new state and tells the page', async () => {
    const user = userEvent.setup();
    const { onUpdate } = renderDetails();
    api.on('PATCH', '/api/bookings/bk-1', json({ success: true, booking: booking({ status: 'completed' }), message: 'Booking marked as completed' }));
    await user.click(await screen.findByRole('button', { name: 'Mark completed' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Mark as completed' });
    expect(confirm).toHaveAccessibleDescription(/Mark this booking as completed\?/);

    api.on('GET', '/api/bookings/bk-1', json({ success: true, booking: bookingDetails({ status: 'completed', completedAt: '2030-03-30T08:00:00Z' }) }));
    await user.click(within(confirm).getByRole('button', { name: 'Mark completed' }));

    await waitFor(() => expect(onUpdate).toHaveBeenCalled());
    expect(api.last('PATCH', '/api/bookings/bk-1')!.body).toEqual({ status: 'completed' });
    await waitFor(() => expect(screen.getByTestId('booking-details')).toHaveTextContent('Completed'));
    expect(screen.queryByRole('button', { name: 'Mark completed' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel booking' })).not.toBeInTheDocument();
    // The button that had focus is gone: focus goes to the footer's Close, not to the page behind.
    const closeButtons = within(screen.getByRole('dialog')).getAllByRole('button', { name: 'Close' });
    await waitFor(() => expect(closeButtons[closeButtons.length - 1]).toHaveFocus());
  });

  it('cancels without a reason when none is given', async () => {
    const user = userEvent.setup();
    renderDetails();
    api.on('PATCH', '/api/bookings/bk-1', json({ success: true, booking: booking({ status: 'canceled' }), message: 'Booking canceled' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel booking' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Cancel booking' });
    expect(within(confirm).getByLabelText('Reason (optional)')).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Cancel booking' }));
    await waitFor(() => expect(api.sent('PATCH', '/api/bookings/bk-1')).toHaveLength(1));
    expect(api.last('PATCH', '/api/bookings/bk-1')!.body).toEqual({ status: 'canceled' });
  });

  it('returns focus to the action button when the confirmation is dismissed', async () => {
    const user = userEvent.setup();
    renderDetails();
    const noShow = await screen.findByRole('button', { name: 'Mark no-show' });
    await user.click(noShow);
    await screen.findByRole('alertdialog');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(noShow).toHaveFocus();
  });

  it('reloads when another desk changes this booking', async () => {
    renderDetails();
    await screen.findByTestId('booking-details');
    const loads = api.sent('GET', '/api/bookings/bk-1').length;
    api.on('GET', '/api/bookings/bk-1', json({ success: true, booking: bookingDetails({ status: 'no_show' }) }));
    FakeEventSource.latest().emit('booking', { type: 'updated', bookingId: 'bk-1', status: 'no_show' });
    await waitFor(() => expect(screen.getByTestId('status-badge')).toHaveTextContent('No-show'), { timeout: 2000 });
    expect(api.sent('GET', '/api/bookings/bk-1').length).toBe(loads + 1);
  });
});
