import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CreateBookingModal } from '../src/bookings/CreateBookingModal';
import { apiError, json, mockApi, type ApiMock } from './support/fetchMock';
import { FakeEventSource } from './support/fakeEventSource';
import { booking, services, slot, staff } from './support/fixtures';
import { renderSignedIn } from './support/render';

// Berlin is UTC+2 in summer: 21:30Z on 14 June is 23:30 that day; 22:30Z is already 00:30 on 15 June.
const lateEvening = slot('slot-a', '2030-06-14T21:30:00Z', '2030-06-14T22:15:00Z');
const afterMidnight = slot('slot-b', '2030-06-14T22:30:00Z', '2030-06-14T23:15:00Z', staff[1]);
const nextMorning = slot('slot-c', '2030-06-15T07:00:00Z', '2030-06-15T07:45:00Z');

let api: ApiMock;

const serviceSelect = () => screen.getByRole('combobox', { name: /^Service/ });
const nameInput = () => screen.getByRole('textbox', { name: /^Name/ });
const phoneInput = () => screen.getByRole('textbox', { name: /^Phone/ });
const emailInput = () => screen.getByRole('textbox', { name: /^Email/ });

beforeEach(() => {
  FakeEventSource.install();
  api = mockApi()
    .on('GET', '/api/services', json({ success: true, services }))
    .on('GET', '/api/staff', json({ success: true, staff }))
    .on('GET', '/api/slots', json({ success: true, slots: [lateEvening, afterMidnight, nextMorning] }));
});

function renderModal() {
  const onSuccess = vi.fn();
  const onClose = vi.fn();
  renderSignedIn(<CreateBookingModal onClose={onClose} onSuccess={onSuccess} />);
  return { onSuccess, onClose, dialog: screen.getByRole('dialog', { name: 'New booking' }) };
}

async function chooseService(user: ReturnType<typeof userEvent.setup>) {
  await screen.findByRole('option', { name: /Haircut/ });
  await user.selectOptions(serviceSelect(), 'svc-cut');
}

async function chooseServiceAndSlot(user: ReturnType<typeof userEvent.setup>, slotId = 'slot-a') {
  await chooseService(user);
  const option = await screen.findByText((_, el) => el?.getAttribute('data-slot-id') === slotId);
  await user.click(within(option).getByRole('radio'));
}

async function fillCustomer(user: ReturnType<typeof userEvent.setup>) {
  await user.type(nameInput(), '  Dana Whitfield ');
  await user.type(phoneInput(), '0151 1234 5678');
  await user.type(emailInput(), 'dana@example.com');
  await user.click(screen.getByRole('radio', { name: /Walk-in/ }));
}

describe('CreateBookingModal', () => {
  it('shows every missing field inline, focuses the first and sends nothing', async () => {
    const user = userEvent.setup();
    renderModal();
    await screen.findByRole('option', { name: /Haircut/ });

    await user.click(screen.getByRole('button', { name: 'Create booking' }));

    expect(serviceSelect()).toHaveAttribute('aria-invalid', 'true');
    expect(serviceSelect()).toHaveFocus();
    expect(serviceSelect()).toHaveAccessibleDescription('Choose a service.');
    expect(nameInput()).toHaveAccessibleDescription("Enter the customer's name.");
    expect(phoneInput()).toHaveAccessibleDescription(/Enter a phone number\./);
    expect(screen.getByTestId('error-booking_source')).toHaveTextContent('Choose how the booking came in.');
    expect(emailInput()).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('create-booking-error')).toHaveTextContent('Please correct the 5 marked fields.');
    expect(api.sent('POST', '/api/bookings')).toHaveLength(0);
  });

  it('checks the name after trimming and the email format before sending', async () => {
    const user = userEvent.setup();
    renderModal();
    await chooseServiceAndSlot(user);
    await user.type(nameInput(), ' D ');
    await user.type(phoneInput(), '030 1234567');
    await user.type(emailInput(), 'dana@');
    await user.click(screen.getByRole('radio', { name: /Phone \/ manual/ }));
    await user.click(screen.getByRole('button', { name: 'Create booking' }));

    expect(nameInput()).toHaveAccessibleDescription('The name needs at least 2 characters.');
    expect(nameInput()).toHaveFocus();
    expect(emailInput()).toHaveAccessibleDescription(/valid email address/);
    expect(api.sent('POST', '/api/bookings')).toHaveLength(0);

    await user.type(nameInput(), 'ana');
    expect(nameInput()).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('groups open slots by day in the business time zone', async () => {
    const user = userEvent.setup();
    renderModal();
    await chooseService(user);

    // Tests run in the en-US locale of the test DOM.
    const friday = await screen.findByRole('group', { name: 'Friday, June 14, 2030' });
    const saturday = screen.getByRole('group', { name: 'Saturday, June 15, 2030' });
    expect(within(friday).getAllByRole('radio')).toHaveLength(1);
    expect(within(friday).getByText('11:30 PM–12:15 AM')).toBeInTheDocument();
    expect(within(saturday).getAllByRole('radio')).toHaveLength(2);
    expect(within(saturday).getByText('12:30 AM–01:15 AM')).toBeInTheDocument();
    expect(within(saturday).getByText('Jonas Berg')).toBeInTheDocument();
  });

  it('asks for slots of the chosen staff member, or of anyone available', async () => {
    const user = userEvent.setup();
    renderModal();
    await chooseService(user);
    await screen.findAllByTestId('slot-option');
    const anyone = api.last('GET', '/api/slots')!;
    expect(anyone.query.get('service_id')).toBe('svc-cut');
    expect(anyone.query.get('status')).toBe('open');
    expect(anyone.query.has('staff_id')).toBe(false);
    expect(api.last('GET', '/api/staff')!.query.get('service_id')).toBe('svc-cut');

    const staffSelect = screen.getByLabelText('Staff');
    await waitFor(() => expect(staffSelect).toBeEnabled());
    await user.selectOptions(staffSelect, 'stf-jonas');
    await waitFor(() => expect(api.last('GET', '/api/slots')!.query.get('staff_id')).toBe('stf-jonas'));
  });

  it('sends the booking in the API shape: snake_case, trimmed, email only when given', async () => {
    const user = userEvent.setup();
    const created = booking({ id: 'bk-new' });
    api.on('POST', '/api/bookings', json({ success: true, booking: created, message: 'Booking created' }, 201));
    const { onSuccess } = renderModal();
    await chooseServiceAndSlot(user);
    await user.type(nameInput(), '  Dana Whitfield ');
    await user.type(phoneInput(), ' 0151 1234 5678 ');
    await user.click(screen.getByRole('radio', { name: /Direct/ }));
    await user.click(screen.getByRole('button', { name: 'Create booking' }));

    await waitFor(() => expect(onSuccess).toHaveBeenCalledWith(created));
    const post = api.last('POST', '/api/bookings')!;
    expect(post.body).toEqual({
      slot_id: 'slot-a',
      customer_name: 'Dana Whitfield',
      customer_phone: '0151 1234 5678',
      booking_source: 'direct',
    });
    expect(post.headers.get('X-Requested-With')).toBe('frontdesk');
    expect(post.credentials).toBe('same-origin');
  });

  it('shows the server’s violations on the fields they name', async () => {
    const user = userEvent.setup();
    api.on(
      'POST',
      '/api/bookings',
      apiError(400, 'VALIDATION.FAILED', 'customer_phone: is not a valid phone number', [
        { field: 'customer_phone', message: 'is not a valid phone number' },
        { field: 'customer_email', message: 'is not a valid email address' },
      ]),
    );
    const { onSuccess } = renderModal();
    await chooseServiceAndSlot(user);
    await fillCustomer(user);
    await user.click(screen.getByRole('button', { name: 'Create booking' }));

    const phone = phoneInput();
    await waitFor(() => expect(phone).toHaveAttribute('aria-invalid', 'true'));
    expect(phone).toHaveAccessibleDescription(/Phone is not a valid phone number\./);
    expect(phone).toHaveFocus();
    expect(emailInput()).toHaveAccessibleDescription('Email is not a valid email address.');
    expect(nameInput()).not.toHaveAttribute('aria-invalid', 'true');
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it('on 409 says the slot is gone, shows the slots still open and keeps the customer data', async () => {
    const user = userEvent.setup();
    api.on('POST', '/api/bookings', apiError(409, 'SLOT.UNAVAILABLE', 'This slot has been booked by another customer'));
    const { onSuccess } = renderModal();
    await chooseServiceAndSlot(user, 'slot-a');
    await fillCustomer(user);
    const slotRequestsBefore = api.sent('GET', '/api/slots').length;
    api.on('GET', '/api/slots', json({ success: true, slots: [afterMidnight, nextMorning] }));

    await user.click(screen.getByRole('button', { name: 'Create booking' }));

    const notice = await screen.findByTestId('slot-unavailable');
    expect(notice).toHaveTextContent('This slot is no longer available');
    expect(notice).toHaveAttribute('role', 'alert');
    await waitFor(() => expect(notice).toHaveFocus());
    await waitFor(() => expect(api.sent('GET', '/api/slots').length).toBe(slotRequestsBefore + 1));
    await waitFor(() =>
      expect(screen.queryByText((_, el) => el?.getAttribute('data-slot-id') === 'slot-a')).not.toBeInTheDocument(),
    );
    expect(screen.getAllByTestId('slot-option')).toHaveLength(2);
    expect(screen.getAllByRole('radio', { checked: true }).map((r) => r.getAttribute('value'))).toEqual(['walk_in']);
    expect(nameInput()).toHaveValue('  Dana Whitfield ');
    expect(phoneInput()).toHaveValue('0151 1234 5678');
    expect(emailInput()).toHaveValue('dana@example.com');
    expect(onSuccess).not.toHaveBeenCalled();

    // Picking another time books it with the same customer.
    const created = booking({ id: 'bk-2', slotId: 'slot-c' });
    api.on('POST', '/api/bookings', json({ success: true, booking: created, message: 'Booking created' }, 201));
    const other = screen.getByText((_, el) => el?.getAttribute('data-slot-id') === 'slot-c');
    await user.click(within(other).getByRole('radio'));
    await user.click(screen.getByRole('button', { name: 'Create booking' }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledWith(created));
    expect(api.last('POST', '/api/bookings')!.body).toMatchObject({
      slot_id: 'slot-c',
      customer_name: 'Dana Whitfield',
      customer_email: 'dana@example.com',
    });
  });

  it('says when the server limits bookings, with the wait it asks for', async () => {
    const user = userEvent.setup();
    api.on('POST', '/api/bookings', apiError(429, 'RATE_LIMITED', 'Too many requests', undefined, { 'Retry-After': '30' }));
    renderModal();
    await chooseServiceAndSlot(user);
    await fillCustomer(user);
    await user.click(screen.getByRole('button', { name: 'Create booking' }));
    await waitFor(() =>
      expect(screen.getByTestId('create-booking-error')).toHaveTextContent('Try again in 30 seconds.'),
    );
  });

  it('keeps focus inside while open and closes with Escape', async () => {
    const user = userEvent.setup();
    const { onClose, dialog } = renderModal();
    await waitFor(() => expect(serviceSelect()).toBeEnabled());
    serviceSelect().focus();

    for (let i = 0; i < 25; i++) {
      await user.tab();
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
    }
    await user.tab({ shift: true });
    expect(dialog).toContainElement(document.activeElement as HTMLElement);

    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalled();
  });
});
