// Booking creation from the checklist: walk-in, phone reservation without and with email, the slot marked as
// booked, and the audit entry.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, signedIn } from '../support/browser.mjs';
import {
  call, e164, openSlot, openSlots, service, setUpSalon, staffMember, uniqueCustomer,
} from '../support/api.mjs';
import {
  anySlotChoice, auditEntries, bookingItem, expectShown, fillCreateDialog, openCreateDialog, openDetails,
  searchBookings, serviceOption, slotChoice, staffOption, submitCreateDialog,
} from '../support/ui.mjs';

let browser;
let cut;
let mira;
let jonas;

before(async () => {
  browser = await launch();
  await setUpSalon();
  cut = await service('Cut & style');
  mira = await staffMember('Mira Keller', [cut]);
  jonas = await staffMember('Jonas Brandt', [cut], 'Barber');
});
after(async () => {
  await browser?.close();
});

test('a walk-in customer is booked with a chosen staff member, and the slot is not offered any more', async () => {
  const slot = await openSlot(cut, mira, 2);
  const stillOpen = await openSlot(cut, mira, 2);
  const customer = uniqueCustomer('Wanda Walkin');
  const { context, page } = await signedIn(browser, 'alice', '/bookings');
  try {
    const dialog = await openCreateDialog(page);
    await fillCreateDialog(page, dialog, { service: cut, staff: mira, slot, customer, source: 'walk_in' });
    const booking = await submitCreateDialog(page, dialog, customer);

    assert.equal(booking.slotId, slot.id);
    assert.equal(booking.staffName, 'Mira Keller');
    assert.equal(booking.bookingSource, 'walk_in');
    assert.equal(booking.status, 'confirmed');
    assert.equal(booking.customerPhone, e164(customer.phone), 'the phone is stored in international form');
    assert.equal(booking.customerEmail, null);
    assert.equal(booking.createdBy, 'alice');

    // The list shows it, confirmed, as a walk-in.
    await searchBookings(page, customer.name);
    await expectShown(page, [booking.id], 'the new booking');
    const row = bookingItem(page, booking.id);
    assert.equal(await row.getByTestId('status-badge').getAttribute('data-status'), 'confirmed');
    assert.match(await row.innerText(), /Walk-in/);
    assert.match(await row.innerText(), /Mira Keller/);

    // The slot is booked: the API no longer lists it as open, and the dialog no longer offers it.
    const { slots } = await call('alice', 'GET', '/api/slots', {
      query: { staff_id: mira.id, from: slot.startTime, to: slot.endTime },
    });
    assert.equal(slots.find((s) => s.id === slot.id)?.status, 'booked');
    assert.ok(!(await openSlots(cut.id)).some((s) => s.id === slot.id), 'the booked slot is not open');

    const again = await openCreateDialog(page);
    await again.getByLabel('Service (required)').selectOption({ label: serviceOption(cut) });
    await again.getByLabel('Staff', { exact: true }).selectOption({ label: staffOption(mira) });
    await (await slotChoice(page, again, stillOpen)).waitFor();
    assert.equal(await anySlotChoice(again, slot.id).count(), 0, 'the booked slot is not offered');
    await again.getByRole('button', { name: 'Close' }).last().click();
    await again.waitFor({ state: 'detached' });

    // The audit trail has the creation.
    const details = await openDetails(page, booking);
    const entries = await auditEntries(details);
    assert.equal(entries.length, 1);
    assert.match(entries[0], /Booked by alice/);
    // No calendar is connected for the staff member here, and the details say so in words.
    assert.match(await details.getByTestId('calendar-sync').innerText(), /No calendar connected/);
  } finally {
    await context.close();
  }
});

test('a phone reservation without email is booked with any available staff member', async () => {
  const slot = await openSlot(cut, jonas, 3);
  const customer = uniqueCustomer('Paul Phone');
  const { context, page } = await signedIn(browser, 'alice', '/bookings');
  try {
    const dialog = await openCreateDialog(page);
    await dialog.getByLabel('Service (required)').selectOption({ label: serviceOption(cut) });
    // With "Any available" every slot says whose it is.
    const choice = await slotChoice(page, dialog, slot);
    assert.match(await choice.innerText(), /Jonas Brandt/);
    await fillCreateDialog(page, dialog, { service: cut, slot, customer, source: 'manual' });
    const booking = await submitCreateDialog(page, dialog, customer);

    assert.equal(booking.bookingSource, 'manual');
    assert.equal(booking.staffId, jonas.id);
    assert.equal(booking.customerEmail, null);

    await searchBookings(page, customer.name);
    await expectShown(page, [booking.id], 'the phone reservation');
    assert.match(await bookingItem(page, booking.id).innerText(), /Phone \/ manual/);

    const details = await openDetails(page, booking);
    const text = await details.getByTestId('booking-details').innerText();
    assert.match(text, /Email\s*—/, 'no email is shown as a dash');
    assert.match(text, /Source\s*Phone \/ manual/);
  } finally {
    await context.close();
  }
});

test('a phone reservation with email keeps the email', async () => {
  const slot = await openSlot(cut, mira, 3);
  const customer = uniqueCustomer('Emma Mail');
  const email = `emma.${customer.tag.toLowerCase()}@example.com`;
  const { context, page } = await signedIn(browser, 'alice', '/bookings');
  try {
    const dialog = await openCreateDialog(page);
    await fillCreateDialog(page, dialog, { service: cut, staff: mira, slot, customer, email, source: 'manual' });
    const booking = await submitCreateDialog(page, dialog, customer);
    assert.equal(booking.customerEmail, email);
    assert.equal(booking.bookingSource, 'manual');

    await searchBookings(page, customer.name);
    await expectShown(page, [booking.id], 'the reservation with email');
    const details = await openDetails(page, booking);
    await details.getByRole('link', { name: email }).waitFor();
    assert.equal(await details.getByRole('link', { name: email }).getAttribute('href'), `mailto:${email}`);
  } finally {
    await context.close();
  }
});

test('the dialog refuses an invalid phone number and names the field', async () => {
  const slot = await openSlot(cut, mira, 4);
  const { context, page } = await signedIn(browser, 'alice', '/bookings');
  try {
    const dialog = await openCreateDialog(page);
    const customer = { ...uniqueCustomer('Ivan Invalid'), phone: '12' };
    await fillCreateDialog(page, dialog, { service: cut, staff: mira, slot, customer, source: 'walk_in' });
    await dialog.getByRole('button', { name: 'Create booking' }).click();
    await dialog.getByTestId('error-customer_phone').waitFor();
    assert.equal(await dialog.getByLabel('Phone (required)').getAttribute('aria-invalid'), 'true');
    assert.ok(await dialog.getByLabel('Phone (required)').evaluate((el) => el === document.activeElement),
      'focus is on the field to correct');
    assert.ok((await openSlots(cut.id)).some((s) => s.id === slot.id), 'nothing was booked');
  } finally {
    await context.close();
  }
});
