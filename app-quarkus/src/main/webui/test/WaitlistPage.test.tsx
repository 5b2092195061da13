import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { WaitlistPage } from '../src/waitlist/WaitlistPage';
import { apiError, json, mockApi, type ApiMock } from './support/fetchMock';
import { FakeEventSource } from './support/fakeEventSource';
import { services, slot, staff, waitlistEntry, waitlistList } from './support/fixtures';
import { renderSignedIn, setScreenWidth } from './support/render';

const waiting = waitlistEntry({ id: 'wl-1', customerName: 'Farah Idris' });
const offered = waitlistEntry({
  id: 'wl-2',
  customerName: 'Gustav Lind',
  status: 'offered',
  offer: { slotId: 'slot-9', offeredAt: '2030-03-30T06:50:00Z', expiresAt: '2030-03-30T07:05:00Z' },
});
const booked = waitlistEntry({ id: 'wl-3', customerName: 'Hana Sato', status: 'booked' });

let api: ApiMock;

beforeEach(() => {
  FakeEventSource.install();
  api = mockApi()
    .on('GET', '/api/waitlist', json(waitlistList([waiting, offered, booked], 1, 20, 3)))
    .on('GET', '/api/services', json({ success: true, services }))
    .on('GET', '/api/staff', json({ success: true, staff }))
    .on('GET', '/api/slots', json({ success: true, slots: [{ ...slot('slot-9', '2030-03-30T08:00:00Z', '2030-03-30T08:45:00Z'), status: 'held' }] }));
});

function lastQuery(): Record<string, string> {
  return Object.fromEntries(api.last('GET', '/api/waitlist')!.query);
}

async function rowOf(name: string): Promise<HTMLElement> {
  const cell = await screen.findByText(name);
  return cell.closest('[data-testid="waitlist-row"], [data-testid="waitlist-card"]') as HTMLElement;
}

describe('WaitlistPage list', () => {
  it('shows each entry with its status, and an offered one with its held slot and when the hold ends', async () => {
    renderSignedIn(<WaitlistPage />, '/waitlist');
    const offeredRow = await rowOf('Gustav Lind');
    expect(within(offeredRow).getByTestId('status-badge')).toHaveAttribute('data-status', 'offered');
    expect(within(offeredRow).getByTestId('status-badge')).toHaveTextContent('Offered');
    // 07:05Z is 08:05 in Berlin (UTC+1 until 31 March); the held slot 08:00Z–08:45Z is 09:00–09:45.
    expect(within(offeredRow).getByTestId('waitlist-held-until')).toHaveTextContent(/Held until .*08:05/);
    expect(await within(offeredRow).findByTestId('waitlist-held-slot')).toHaveTextContent(/09:00.*09:45/);
    // The held slot is shown only once its lookup has answered, so the lookup has been sent by now.
    const slotQuery = Object.fromEntries(api.last('GET', '/api/slots')!.query);
    expect(slotQuery).toMatchObject({ service_id: 'svc-cut', status: 'held' });
    expect(within(await rowOf('Hana Sato')).getByTestId('status-badge')).toHaveTextContent('Booked');
    expect(screen.getByTestId('waitlist-summary')).toHaveTextContent('Showing 1–3 of 3 entries');
  });

  it('offers release only for an offered entry, and no actions for a booked one', async () => {
    renderSignedIn(<WaitlistPage />, '/waitlist');
    expect(within(await rowOf('Farah Idris')).queryByTestId('waitlist-action-release')).toBeNull();
    expect(within(await rowOf('Farah Idris')).getByTestId('waitlist-action-remove')).toBeInTheDocument();
    expect(within(await rowOf('Gustav Lind')).getByRole('button', { name: 'Release hold – Gustav Lind, Haircut' })).toBeInTheDocument();
    expect(within(await rowOf('Hana Sato')).queryByRole('button')).toBeNull();
  });

  it('shows cards on narrow screens', async () => {
    setScreenWidth(400);
    renderSignedIn(<WaitlistPage />, '/waitlist');
    expect(await screen.findByTestId('waitlist-cards')).toBeInTheDocument();
    expect(screen.getAllByTestId('waitlist-card')).toHaveLength(3);
  });

  it('shows a skeleton while loading, then an empty state', async () => {
    api.on('GET', '/api/waitlist', json(waitlistList([])));
    renderSignedIn(<WaitlistPage />, '/waitlist');
    expect(screen.getByTestId('skeleton')).toBeInTheDocument();
    expect(await screen.findByTestId('empty-state')).toHaveTextContent('Nobody is on the waitlist');
  });

  it('shows a load failure with a retry that loads again', async () => {
    const user = userEvent.setup();
    api.on('GET', '/api/waitlist', apiError(500, 'INTERNAL', 'The server failed.'));
    renderSignedIn(<WaitlistPage />, '/waitlist');
    const error = await screen.findByTestId('error-state');
    expect(error).toHaveTextContent('The server failed.');
    api.on('GET', '/api/waitlist', json(waitlistList([waiting])));
    await user.click(within(error).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Farah Idris')).toBeInTheDocument();
  });
});

describe('WaitlistPage filters', () => {
  it('asks the API for the filters in the URL, leaving out values it would refuse', async () => {
    renderSignedIn(<WaitlistPage />, '/waitlist?status=offered&service_id=svc-cut&staff_id=stf-mia&page=2&limit=50');
    await screen.findByText('Farah Idris');
    expect(lastQuery()).toEqual({ status: 'offered', service_id: 'svc-cut', staff_id: 'stf-mia', page: '2', limit: '50' });
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('offered');
  });

  it('ignores an unknown status', async () => {
    renderSignedIn(<WaitlistPage />, '/waitlist?status=lost&limit=7');
    await screen.findByText('Farah Idris');
    expect(lastQuery()).toEqual({ page: '1', limit: '20' });
  });

  it('puts a chosen filter in the URL, goes back to page 1 and asks the API for it', async () => {
    const user = userEvent.setup();
    renderSignedIn(<WaitlistPage />, '/waitlist?page=3');
    await screen.findByText('Farah Idris');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'waiting');
    await waitFor(() => expect(lastQuery()).toMatchObject({ status: 'waiting', page: '1' }));
    await screen.findByRole('option', { name: 'Jonas Berg' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Service' }), 'svc-color');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Staff' }), 'stf-jonas');
    await waitFor(() =>
      expect(lastQuery()).toMatchObject({ status: 'waiting', service_id: 'svc-color', staff_id: 'stf-jonas' }),
    );
    expect(window.location.search).toBe('?status=waiting&service_id=svc-color&staff_id=stf-jonas');

    await user.click(screen.getByTestId('waitlist-filter-clear'));
    await waitFor(() => expect(lastQuery()).toEqual({ page: '1', limit: '20' }));
    expect(window.location.search).toBe('');
  });
});

describe('WaitlistPage actions', () => {
  it('removes an entry only after confirmation, then reloads the list', async () => {
    const user = userEvent.setup();
    api.on('DELETE', '/api/waitlist/wl-1', json({ success: true, entry: { ...waiting, status: 'removed' }, message: 'Removed from the waitlist' }));
    renderSignedIn(<WaitlistPage />, '/waitlist');
    const remove = within(await rowOf('Farah Idris')).getByTestId('waitlist-action-remove');
    await user.click(remove);
    const dialog = screen.getByRole('alertdialog', { name: 'Remove from waitlist' });
    expect(api.sent('DELETE', '/api/waitlist/wl-1')).toHaveLength(0);

    await user.click(within(dialog).getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(remove).toHaveFocus();
    expect(api.sent('DELETE', '/api/waitlist/wl-1')).toHaveLength(0);

    const loads = api.sent('GET', '/api/waitlist').length;
    await user.click(remove);
    await user.click(screen.getByTestId('confirm-waitlist-action'));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(api.sent('DELETE', '/api/waitlist/wl-1')).toHaveLength(1);
    await waitFor(() => expect(api.sent('GET', '/api/waitlist').length).toBe(loads + 1));
    expect(await screen.findByText('Removed from the waitlist')).toBeInTheDocument();
  });

  it('releases a hold after confirmation', async () => {
    const user = userEvent.setup();
    api.on('POST', '/api/waitlist/wl-2/release-offer', json({ success: true, entry: { ...offered, status: 'waiting', offer: null }, message: 'Hold released' }));
    renderSignedIn(<WaitlistPage />, '/waitlist');
    await user.click(within(await rowOf('Gustav Lind')).getByTestId('waitlist-action-release'));
    const dialog = screen.getByRole('alertdialog', { name: 'Release hold' });
    expect(api.sent('POST', '/api/waitlist/wl-2/release-offer')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Release hold' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(api.sent('POST', '/api/waitlist/wl-2/release-offer')).toHaveLength(1);
    expect(await screen.findByText('Hold released')).toBeInTheDocument();
  });

  it('says so when the hold ended meanwhile (409), and reloads the list', async () => {
    const user = userEvent.setup();
    api.on(
      'POST',
      '/api/waitlist/wl-2/release-offer',
      apiError(409, 'WAITLIST.TRANSITION_REFUSED', 'Cannot change waitlist entry from offered to waiting'),
    );
    renderSignedIn(<WaitlistPage />, '/waitlist');
    await user.click(within(await rowOf('Gustav Lind')).getByTestId('waitlist-action-release'));
    const loads = api.sent('GET', '/api/waitlist').length;
    await user.click(screen.getByTestId('confirm-waitlist-action'));
    const dialog = screen.getByRole('alertdialog', { name: 'Release hold' });
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('This hold has already ended');
    expect(within(dialog).queryByTestId('confirm-waitlist-action')).toBeNull();
    await waitFor(() => expect(api.sent('GET', '/api/waitlist').length).toBe(loads + 1));
  });

  it('keeps the dialog open with the message when removing fails otherwise', async () => {
    const user = userEvent.setup();
    api.on('DELETE', '/api/waitlist/wl-1', apiError(500, 'INTERNAL', 'The server failed.'));
    renderSignedIn(<WaitlistPage />, '/waitlist');
    await user.click(within(await rowOf('Farah Idris')).getByTestId('waitlist-action-remove'));
    await user.click(screen.getByTestId('confirm-waitlist-action'));
    const dialog = screen.getByRole('alertdialog', { name: 'Remove from waitlist' });
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The server failed.');
    expect(within(dialog).getByTestId('confirm-waitlist-action')).toBeInTheDocument();
  });
});
