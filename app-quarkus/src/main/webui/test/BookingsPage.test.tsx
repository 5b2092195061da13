import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { BookingsPage } from '../src/bookings/BookingsPage';
import { apiError, json, mockApi, type ApiMock } from './support/fetchMock';
import { FakeEventSource } from './support/fakeEventSource';
import { booking, bookingDetails, bookingList, services, staff } from './support/fixtures';
import { renderSignedIn, setScreenWidth } from './support/render';

const confirmed = booking({ id: 'bk-1', customerName: 'Dana Whitfield' });
const completed = booking({ id: 'bk-2', customerName: 'Eli Novak', status: 'completed' });

let api: ApiMock;

beforeEach(() => {
  FakeEventSource.install();
  api = mockApi()
    .on('GET', '/api/bookings', json(bookingList([confirmed, completed], 1, 20, 45)))
    .on('GET', '/api/services', json({ success: true, services }))
    .on('GET', '/api/staff', json({ success: true, staff }));
});

function bookingRequests() {
  return api.sent('GET', '/api/bookings');
}

function lastQuery(): Record<string, string> {
  return Object.fromEntries(api.last('GET', '/api/bookings')!.query);
}

async function rowOf(name: string): Promise<HTMLElement> {
  const cell = await screen.findByText(name);
  return cell.closest('[data-testid="booking-row"], [data-testid="booking-card"]') as HTMLElement;
}

describe('BookingsPage filters', () => {
  it('asks the API for the filters in the URL, so a bookmarked view shows the same bookings', async () => {
    renderSignedIn(
      <BookingsPage />,
      '/bookings?status=confirmed&source=walk_in&service_id=svc-cut&staff_id=stf-mia&start_date=2030-03-01&end_date=2030-03-31&search=dana&page=2&limit=50',
    );
    await screen.findByText('Dana Whitfield');
    expect(lastQuery()).toEqual({
      status: 'confirmed',
      source: 'walk_in',
      service_id: 'svc-cut',
      staff_id: 'stf-mia',
      start_date: '2030-03-01',
      end_date: '2030-03-31',
      search: 'dana',
      page: '2',
      limit: '50',
    });
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('confirmed');
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('dana');
    expect(screen.getByLabelText('From')).toHaveValue('2030-03-01');
  });

  it('leaves out values the API would refuse', async () => {
    renderSignedIn(<BookingsPage />, '/bookings?status=lost&start_date=yesterday&page=-3&limit=7');
    await screen.findByText('Dana Whitfield');
    expect(lastQuery()).toEqual({ page: '1', limit: '20' });
  });

  it('puts a chosen filter in the URL, goes back to page 1 and asks the API for it', async () => {
    const user = userEvent.setup();
    renderSignedIn(<BookingsPage />, '/bookings?page=3');
    await screen.findByText('Dana Whitfield');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'no_show');
    await waitFor(() => expect(lastQuery()).toMatchObject({ status: 'no_show', page: '1' }));
    expect(new URLSearchParams(window.location.search).get('status')).toBe('no_show');
    expect(new URLSearchParams(window.location.search).has('page')).toBe(false);

    await screen.findByRole('option', { name: 'Jonas Berg' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Staff' }), 'stf-jonas');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Source' }), 'manual');
    await waitFor(() => expect(lastQuery()).toMatchObject({ status: 'no_show', staff_id: 'stf-jonas', source: 'manual' }));
    expect(window.location.search).toBe('?status=no_show&staff_id=stf-jonas&source=manual');
  });

  it('searches once the typing pauses, not on every keystroke', async () => {
    const user = userEvent.setup();
    renderSignedIn(<BookingsPage />, '/bookings');
    await screen.findByText('Dana Whitfield');
    const before = bookingRequests().length;

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'whitfield');
    expect(bookingRequests().length).toBe(before);

    await waitFor(() => expect(lastQuery().search).toBe('whitfield'), { timeout: 2000 });
    expect(bookingRequests().length).toBe(before + 1);
    expect(new URLSearchParams(window.location.search).get('search')).toBe('whitfield');
  });

  it('pages through the results with the page in the URL', async () => {
    const user = userEvent.setup();
    renderSignedIn(<BookingsPage />, '/bookings?status=confirmed');
    await screen.findByText('Dana Whitfield');
    expect(screen.getByTestId('pagination-position')).toHaveTextContent('Page 1 of 3');
    expect(screen.getByTestId('bookings-summary')).toHaveTextContent('Showing 1–2 of 45 bookings');
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled();

    api.on('GET', '/api/bookings', json(bookingList([confirmed], 2, 20, 45)));
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(lastQuery()).toMatchObject({ page: '2', status: 'confirmed' }));
    expect(new URLSearchParams(window.location.search).get('page')).toBe('2');
    await waitFor(() => expect(screen.getByTestId('pagination-position')).toHaveTextContent('Page 2 of 3'));
  });

  it('goes to the last page when the page in the URL is past the end', async () => {
    renderSignedIn(<BookingsPage />, '/bookings?page=9');
    await waitFor(() => expect(lastQuery()).toMatchObject({ page: '3' }));
    expect(new URLSearchParams(window.location.search).get('page')).toBe('3');
  });

  it('clears all filters at once', async () => {
    const user = userEvent.setup();
    renderSignedIn(<BookingsPage />, '/bookings?status=canceled&search=eli');
    await screen.findByText('Dana Whitfield');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(lastQuery()).toEqual({ page: '1', limit: '20' }));
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
    expect(window.location.search).toBe('');
  });
});

describe('BookingsPage list', () => {
  it('shows status as text in a badge and quick actions only for confirmed bookings', async () => {
    renderSignedIn(<BookingsPage />, '/bookings');
    const danaRow = await rowOf('Dana Whitfield');
    const eliRow = await rowOf('Eli Novak');
    expect(within(danaRow).getByTestId('status-badge')).toHaveTextContent('Confirmed');
    expect(within(eliRow).getByTestId('status-badge')).toHaveTextContent('Completed');
    expect(within(danaRow).getByRole('button', { name: /^Cancel – Dana Whitfield/ })).toBeInTheDocument();
    expect(within(danaRow).getByRole('button', { name: /^Complete/ })).toBeInTheDocument();
    expect(within(danaRow).getByRole('button', { name: /^No-show/ })).toBeInTheDocument();
    expect(within(eliRow).getByRole('button', { name: /^View – Eli Novak/ })).toBeInTheDocument();
    expect(within(eliRow).queryByRole('button', { name: /^Cancel/ })).not.toBeInTheDocument();
  });

  it('shows cards instead of a table on narrow screens', async () => {
    setScreenWidth(375);
    renderSignedIn(<BookingsPage />, '/bookings');
    await screen.findByText('Dana Whitfield');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getAllByTestId('booking-card')).toHaveLength(2);
  });

  it('folds the filters behind a button on narrow screens, saying how many are set', async () => {
    const user = userEvent.setup();
    setScreenWidth(375);
    renderSignedIn(<BookingsPage />, '/bookings?status=confirmed&source=direct&search=dana');
    await screen.findByText('Dana Whitfield');
    const toggle = screen.getByRole('button', { name: 'Filters (2)' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('combobox', { name: 'Status' })).not.toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search' })).toBeVisible();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('confirmed');
  });

  it('shows a table on wide screens', async () => {
    setScreenWidth(1280);
    renderSignedIn(<BookingsPage />, '/bookings');
    await screen.findByText('Dana Whitfield');
    expect(screen.getByRole('table')).toBeInTheDocument();
    expect(screen.getAllByTestId('booking-row')).toHaveLength(2);
  });

  it('shows a skeleton while loading, then an empty state with a way out of the filters', async () => {
    let answer!: (value: ReturnType<typeof json>) => void;
    api.on('GET', '/api/bookings', () => new Promise((resolve) => (answer = resolve)));
    renderSignedIn(<BookingsPage />, '/bookings?status=canceled');
    expect(await screen.findByTestId('skeleton')).toBeInTheDocument();
    await act(async () => answer(json(bookingList([], 1, 20, 0))));
    expect(await screen.findByText('No bookings match these filters')).toBeInTheDocument();
    expect(screen.queryByTestId('skeleton')).not.toBeInTheDocument();
  });

  it('shows a failure with a retry instead of a blank page', async () => {
    const user = userEvent.setup();
    api.on('GET', '/api/bookings', apiError(500, 'INTERNAL_ERROR', 'An unexpected error occurred. Please try again.'));
    renderSignedIn(<BookingsPage />, '/bookings');
    const error = await screen.findByTestId('error-state');
    expect(error).toHaveTextContent('An unexpected error occurred');

    api.on('GET', '/api/bookings', json(bookingList([confirmed])));
    await user.click(within(error).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Dana Whitfield')).toBeInTheDocument();
  });

  it('returns focus to the opener when a dialog closes', async () => {
    const user = userEvent.setup();
    renderSignedIn(<BookingsPage />, '/bookings');
    await screen.findByText('Dana Whitfield');
    const opener = screen.getByRole('button', { name: 'New booking' });
    await user.click(opener);
    expect(await screen.findByRole('dialog', { name: 'New booking' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });
});

describe('BookingsPage status actions', () => {
  it('cancels after confirmation, with the reason, and reloads the list', async () => {
    const user = userEvent.setup();
    api.on('PATCH', '/api/bookings/bk-1', () => {
      api.on('GET', '/api/bookings', json(bookingList([{ ...confirmed, status: 'canceled' }, completed])));
      return json({ success: true, booking: { ...confirmed, status: 'canceled' }, message: 'Booking canceled' });
    });
    renderSignedIn(<BookingsPage />, '/bookings');
    const row = await rowOf('Dana Whitfield');
    const loads = bookingRequests().length;

    await user.click(within(row).getByRole('button', { name: /^Cancel/ }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Cancel booking' });
    expect(api.sent('PATCH', '/api/bookings/bk-1')).toHaveLength(0);
    await user.type(within(dialog).getByLabelText('Reason (optional)'), '  Customer is ill  ');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel booking' }));

    await waitFor(() => expect(api.sent('PATCH', '/api/bookings/bk-1')).toHaveLength(1));
    expect(api.last('PATCH', '/api/bookings/bk-1')!.body).toEqual({
      status: 'canceled',
      cancellation_reason: 'Customer is ill',
    });
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    await waitFor(() => expect(bookingRequests().length).toBe(loads + 1));
    expect(await screen.findByText('Booking canceled')).toBeInTheDocument();
    await waitFor(() => expect(within(row).getByRole('button', { name: /^View/ })).toHaveFocus());
  });

  it('sends nothing when the desk keeps the booking', async () => {
    const user = userEvent.setup();
    renderSignedIn(<BookingsPage />, '/bookings');
    const row = await rowOf('Dana Whitfield');
    await user.click(within(row).getByRole('button', { name: /^Cancel/ }));
    await user.click(await screen.findByRole('button', { name: 'Keep booking' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(api.sent('PATCH', '/api/bookings/bk-1')).toHaveLength(0);
  });

  it('marks completed and no-show with only the status', async () => {
    const user = userEvent.setup();
    api.on('PATCH', '/api/bookings/bk-1', json({ success: true, booking: confirmed, message: 'Done' }));
    renderSignedIn(<BookingsPage />, '/bookings');
    const row = await rowOf('Dana Whitfield');

    await user.click(within(row).getByRole('button', { name: /^Complete/ }));
    await user.click(await screen.findByRole('button', { name: 'Mark completed' }));
    await waitFor(() => expect(api.sent('PATCH', '/api/bookings/bk-1')).toHaveLength(1));
    expect(api.last('PATCH', '/api/bookings/bk-1')!.body).toEqual({ status: 'completed' });
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());

    await user.click(within(await rowOf('Dana Whitfield')).getByRole('button', { name: /^No-show/ }));
    await user.click(await screen.findByRole('button', { name: 'Mark no-show' }));
    await waitFor(() => expect(api.sent('PATCH', '/api/bookings/bk-1')).toHaveLength(2));
    expect(api.last('PATCH', '/api/bookings/bk-1')!.body).toEqual({ status: 'no_show' });
  });

  it('keeps the dialog open with the server’s reason when the change is refused', async () => {
    const user = userEvent.setup();
    api.on('PATCH', '/api/bookings/bk-1', apiError(409, 'BOOKING.TRANSITION_REFUSED', 'A canceled booking cannot be completed.'));
    renderSignedIn(<BookingsPage />, '/bookings');
    await user.click(within(await rowOf('Dana Whitfield')).getByRole('button', { name: /^Complete/ }));
    await user.click(await screen.findByRole('button', { name: 'Mark completed' }));
    const dialog = screen.getByRole('alertdialog');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('A canceled booking cannot be completed.');
  });

  it('opens the details of a booking from the URL and from View', async () => {
    const user = userEvent.setup();
    api.on('GET', '/api/bookings/bk-1', json({ success: true, booking: bookingDetails({ id: 'bk-1' }) }));
    renderSignedIn(<BookingsPage />, '/bookings?status=confirmed');
    await user.click(within(await rowOf('Dana Whitfield')).getByRole('button', { name: /^View/ }));
    expect(await screen.findByRole('dialog', { name: 'Booking – Dana Whitfield' })).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('booking')).toBe('bk-1');
    expect(new URLSearchParams(window.location.search).get('status')).toBe('confirmed');
    expect(lastQuery()).not.toHaveProperty('booking');
  });
});

describe('BookingsPage live updates', () => {
  it('reloads once after a burst of booking events from other desks', async () => {
    renderSignedIn(<BookingsPage />, '/bookings?status=confirmed');
    await screen.findByText('Dana Whitfield');
    const source = FakeEventSource.latest();
    expect(source.url).toBe('/api/events');
    act(() => source.open());
    const loads = bookingRequests().length;

    api.on('GET', '/api/bookings', json(bookingList([confirmed, booking({ id: 'bk-9', customerName: 'Farah Quinn' })])));
    // Three changes 50 ms apart, as when another desk works quickly.
    for (const [bookingId, status] of [['bk-9', 'confirmed'], ['bk-1', 'canceled'], ['bk-2', 'completed']]) {
      act(() => source.emit('booking', { type: 'updated', bookingId, status }));
      await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    }

    expect(await screen.findByText('Farah Quinn', {}, { timeout: 2000 })).toBeInTheDocument();
    expect(bookingRequests().length).toBe(loads + 1);
    expect(lastQuery()).toMatchObject({ status: 'confirmed' });
  });

  it('reloads after the stream reconnects, as events may have been missed', async () => {
    renderSignedIn(<BookingsPage />, '/bookings');
    await screen.findByText('Dana Whitfield');
    const source = FakeEventSource.latest();
    act(() => source.open());
    const loads = bookingRequests().length;
    act(() => {
      source.fail(false);
      source.open();
    });
    await waitFor(() => expect(bookingRequests().length).toBe(loads + 1), { timeout: 2000 });
  });
});
