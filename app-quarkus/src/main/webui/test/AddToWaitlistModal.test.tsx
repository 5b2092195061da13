import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WaitlistPage } from '../src/waitlist/WaitlistPage';
import { apiError, json, mockApi, type ApiMock } from './support/fetchMock';
import { FakeEventSource } from './support/fakeEventSource';
import { services, staff, waitlistEntry, waitlistList } from './support/fixtures';
import { renderSignedIn } from './support/render';

let api: ApiMock;

beforeEach(() => {
  // Friday 29 March 2030, 11:00 in Berlin (UTC+1); summer time starts on Sunday 31 March.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2030-03-29T10:00:00Z'));
  FakeEventSource.install();
  api = mockApi()
    .on('GET', '/api/waitlist', json(waitlistList([])))
    .on('GET', '/api/services', json({ success: true, services }))
    .on('GET', '/api/staff', (r) =>
      json({ success: true, staff: staff.filter((s) => !r.query.get('service_id') || s.serviceIds.includes(r.query.get('service_id')!)) }),
    )
    .on('POST', '/api/waitlist', (r) =>
      json({ success: true, entry: waitlistEntry({ id: 'wl-9', customerName: (r.body as { customer_name: string }).customer_name }), message: 'Added to the waitlist' }, 201),
    );
});

afterEach(() => {
  vi.useRealTimers();
});

async function openDialog() {
  const user = userEvent.setup();
  renderSignedIn(<WaitlistPage />, '/waitlist');
  await screen.findByTestId('empty-state');
  await user.click(screen.getByRole('button', { name: 'Add to waitlist' }));
  const dialog = screen.getByRole('dialog', { name: 'Add to waitlist' });
  await within(dialog).findByRole('option', { name: 'Haircut (45 min)' });
  return { user, dialog };
}

function setDateTime(input: HTMLElement, value: string) {
  fireEvent.change(input, { target: { value } });
}

async function fillValid(user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement) {
  await user.selectOptions(within(dialog).getByLabelText('Service (required)'), 'svc-cut');
  await within(dialog).findByRole('option', { name: 'Mia Hoffmann – Stylist' });
  await user.selectOptions(within(dialog).getByLabelText('Staff (optional)'), 'stf-mia');
  setDateTime(within(dialog).getByLabelText(/^Earliest/), '2030-03-30T09:00');
  setDateTime(within(dialog).getByLabelText(/^Latest/), '2030-04-02T18:00');
  await user.type(within(dialog).getByLabelText(/^Name/), '  Ida Krause ');
  await user.type(within(dialog).getByLabelText(/^Phone/), '030 901820');
  await user.type(within(dialog).getByLabelText(/^Email/), 'ida@example.com');
}

describe('AddToWaitlistModal', () => {
  it('marks every missing field, focuses the first and sends nothing', async () => {
    const { user, dialog } = await openDialog();
    await user.click(within(dialog).getByTestId('add-waitlist-submit'));
    expect(within(dialog).getByTestId('waitlist-error-service_id')).toHaveTextContent('Choose a service.');
    expect(within(dialog).getByTestId('waitlist-error-wanted_from')).toBeInTheDocument();
    expect(within(dialog).getByTestId('waitlist-error-wanted_to')).toBeInTheDocument();
    expect(within(dialog).getByTestId('waitlist-error-customer_name')).toBeInTheDocument();
    expect(within(dialog).getByTestId('waitlist-error-customer_phone')).toBeInTheDocument();
    expect(within(dialog).getByTestId('waitlist-error-customer_email')).toHaveTextContent('offers are sent by email');
    expect(within(dialog).getByTestId('waitlist-service')).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByTestId('waitlist-service')).toHaveFocus();
    expect(within(dialog).getByTestId('add-waitlist-error')).toHaveTextContent('Please correct the 6 marked fields.');
    expect(api.sent('POST', '/api/waitlist')).toHaveLength(0);
  });

  it('checks the window as the server does: end after start, in the future, at most 92 days', async () => {
    const { user, dialog } = await openDialog();
    await fillValid(user, dialog);
    const to = within(dialog).getByLabelText(/^Latest/);

    setDateTime(to, '2030-03-30T08:00');
    await user.click(within(dialog).getByTestId('add-waitlist-submit'));
    expect(within(dialog).getByTestId('waitlist-error-wanted_to')).toHaveTextContent('The end must be after the start.');

    setDateTime(within(dialog).getByLabelText(/^Earliest/), '2030-03-28T08:00');
    setDateTime(to, '2030-03-29T10:30');
    expect(within(dialog).getByTestId('waitlist-error-wanted_to')).toHaveTextContent('The end must be in the future.');

    setDateTime(to, '2030-06-29T09:00');
    expect(within(dialog).getByTestId('waitlist-error-wanted_to')).toHaveTextContent('at most 92 days after the start');

    setDateTime(to, '2030-06-28T08:00');
    expect(within(dialog).queryByTestId('waitlist-error-wanted_to')).toBeNull();
    expect(api.sent('POST', '/api/waitlist')).toHaveLength(0);
  });

  it('asks for a valid email address', async () => {
    const { user, dialog } = await openDialog();
    await fillValid(user, dialog);
    const email = within(dialog).getByLabelText(/^Email/);
    await user.clear(email);
    await user.type(email, 'ida@example');
    await user.click(within(dialog).getByTestId('add-waitlist-submit'));
    expect(within(dialog).getByTestId('waitlist-error-customer_email')).toHaveTextContent('Enter a valid email address.');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(api.sent('POST', '/api/waitlist')).toHaveLength(0);
  });

  it('sends the entry with the window in the business time zone and its offsets, then closes', async () => {
    const { user, dialog } = await openDialog();
    await fillValid(user, dialog);
    await user.click(within(dialog).getByTestId('add-waitlist-submit'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.last('POST', '/api/waitlist')!.body).toEqual({
      customer_name: 'Ida Krause',
      customer_phone: '030 901820',
      customer_email: 'ida@example.com',
      service_id: 'svc-cut',
      staff_id: 'stf-mia',
      wanted_from: '2030-03-30T09:00:00+01:00',
      wanted_to: '2030-04-02T18:00:00+02:00',
    });
    expect(await screen.findByText('Added Ida Krause to the waitlist for Haircut.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add to waitlist' })).toHaveFocus();
  });

  it('leaves staff out when anyone will do', async () => {
    const { user, dialog } = await openDialog();
    await fillValid(user, dialog);
    await user.selectOptions(within(dialog).getByLabelText('Staff (optional)'), '');
    await user.click(within(dialog).getByTestId('add-waitlist-submit'));
    await waitFor(() => expect(api.sent('POST', '/api/waitlist')).toHaveLength(1));
    expect(api.last('POST', '/api/waitlist')!.body).not.toHaveProperty('staff_id');
  });

  it('shows the server’s violations on their fields and keeps what was typed', async () => {
    api.on(
      'POST',
      '/api/waitlist',
      apiError(400, 'VALIDATION.FAILED', 'Invalid input', [
        { field: 'customer_phone', message: 'is not a valid phone number for region DE' },
        { field: 'staff_id', message: 'does not perform this service' },
      ]),
    );
    const { user, dialog } = await openDialog();
    await fillValid(user, dialog);
    await user.click(within(dialog).getByTestId('add-waitlist-submit'));
    expect(await within(dialog).findByTestId('waitlist-error-customer_phone')).toHaveTextContent(
      'Phone is not a valid phone number for region DE.',
    );
    expect(within(dialog).getByTestId('waitlist-error-staff_id')).toHaveTextContent('Staff does not perform this service.');
    expect(within(dialog).getByLabelText(/^Phone/)).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByTestId('waitlist-staff')).toHaveFocus();
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Please correct the marked fields.');
    expect(within(dialog).getByLabelText(/^Name/)).toHaveValue('  Ida Krause ');
  });
});
