// Status updates from the checklist: complete, no-show and cancel (with a reason), each confirmed first; the slot
// released after a cancellation or a no-show and bookable again; the audit trail showing every step.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, signedIn } from '../support/browser.mjs';
import {
  book, call, getBooking, openSlot, openSlots, service, setUpSalon, staffMember, uniqueCustomer,
} from '../support/api.mjs';
import {
  answerStatusDialog, auditEntries, bookingItem, expectShown, expectStatus, openCreateDialog, openDetails,
  searchBookings, serviceOption, slotChoice, staffOption,
} from '../support/ui.mjs';

let browser;
let cut;
let mira;

before(async () => {
  browser = await launch();
  await setUpSalon();
  cut = await service('Cut & style');
  mira = await staffMember('Mira Keller', [cut]);
});
after(async () => {
  await browser?.close();
});

/** A confirmed booking (made by bob) of a new slot, and alice's bookings page showing only it. */
async function aBookingOnScreen(first, day) {
  const slot = await openSlot(cut, mira, day);
  const booking = await book(slot, uniqueCustomer(first));
  const session = await signedIn(browser, 'alice', '/bookings');
  await searchBookings(session.page, booking.customerName);
  await expectShown(session.page, [booking.id], booking.customerName);
  return { slot, booking, ...session };
}

async function slotStatus(slot) {
  const { slots } = await call('alice', 'GET', '/api/slots', {
    query: { staff_id: slot.staffId, from: slot.startTime, to: slot.endTime },
  });
  return slots.find((s) => s.id === slot.id)?.status;
}

/** The New booking dialog offers the slot again; the dialog is closed afterwards. */
async function expectOfferedAgain(page, slot) {
  const dialog = await openCreateDialog(page);
  await dialog.getByLabel('Service (required)').selectOption({ label: serviceOption(cut) });
  await dialog.getByLabel('Staff', { exact: true }).selectOption({ label: staffOption(mira) });
  await (await slotChoice(page, dialog, slot)).waitFor();
  await dialog.press('Escape');
  await dialog.waitFor({ state: 'detached' });
}

test('a booking is marked as completed from its details after confirmation; the slot stays booked', async () => {
  const { slot, booking, context, page } = await aBookingOnScreen('Carl Complete', 1);
  try {
    const details = await openDetails(page, booking);

    // Backing out changes nothing.
    await details.getByRole('button', { name: 'Mark completed' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Mark as completed' });
    assert.match(await confirm.innerText(), /Mark this booking as completed\?/);
    await answerStatusDialog(page, 'Mark as completed', { keep: true });
    assert.equal(await details.getByTestId('status-badge').getAttribute('data-status'), 'confirmed');

    await details.getByTestId('details-action-complete').click();
    await answerStatusDialog(page, 'Mark as completed');
    await details.getByTestId('status-badge').and(page.locator('[data-status="completed"]')).waitFor();
    await details.getByTestId('details-action-complete').waitFor({ state: 'detached' });
    assert.equal(await details.getByTestId('details-action-cancel').count(), 0, 'no more actions');
    await page.getByTestId('toast').filter({ hasText: 'Booking marked as completed' }).waitFor();

    const entries = await auditEntries(details);
    assert.equal(entries.length, 2, entries.join(' | '));
    assert.match(entries[0], /Booked by bob/);
    assert.match(entries[1], /Marked as completed by alice/);
    assert.match(entries[1], /Status: Confirmed → Completed/);

    await details.press('Escape');
    await expectStatus(page, booking.id, 'completed');
    assert.equal(await slotStatus(slot), 'booked', 'a completed booking keeps its slot');
  } finally {
    await context.close();
  }
});

test('a no-show from the quick action releases the slot, which can be booked again', async () => {
  const { slot, booking, context, page } = await aBookingOnScreen('Nora Noshow', 1);
  try {
    await bookingItem(page, booking.id).getByRole('button', { name: /^No-show/ }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Mark as no-show' });
    assert.match(await confirm.innerText(), /The slot becomes free again/);
    await answerStatusDialog(page, 'Mark as no-show');
    await expectStatus(page, booking.id, 'no_show');
    assert.equal(await bookingItem(page, booking.id).getByTestId('booking-action-no-show').count(), 0);

    assert.equal(await slotStatus(slot), 'open');
    assert.ok((await openSlots(cut.id)).some((s) => s.id === slot.id), 'the slot is open again');
    await expectOfferedAgain(page, slot);

    const next = await book(slot, uniqueCustomer('Nils Next'));
    assert.equal(next.slotId, slot.id, 'the released slot was booked again');

    const details = await openDetails(page, booking);
    const entries = await auditEntries(details);
    assert.equal(entries.length, 2, entries.join(' | '));
    assert.match(entries[0], /Booked by bob/);
    assert.match(entries[1], /Marked as no-show by alice/);
    assert.match(await details.getByTestId('booking-details').innerText(), /Slot\s*Booked/,
      'the slot belongs to the next booking now');
  } finally {
    await context.close();
  }
});

test('a booking is canceled with a reason from its details; the slot is released', async () => {
  const { slot, booking, context, page } = await aBookingOnScreen('Cora Cancel', 2);
  const reason = `Called to cancel (${booking.customerName.split(' ').pop()})`;
  try {
    const details = await openDetails(page, booking);
    await details.getByRole('button', { name: 'Cancel booking' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Cancel booking' });
    await confirm.waitFor();
    // Escape closes only the confirmation; the booking stays as it was.
    await confirm.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    assert.ok(await details.isVisible());
    assert.equal(await details.getByTestId('status-badge').getAttribute('data-status'), 'confirmed');

    await details.getByTestId('details-action-cancel').click();
    await answerStatusDialog(page, 'Cancel booking', { reason });
    await details.getByTestId('status-badge').and(page.locator('[data-status="canceled"]')).waitFor();
    const facts = await details.getByTestId('booking-details').innerText();
    assert.match(facts, new RegExp(`Reason\\s*${reason.replace(/[()]/g, '\\$&')}`));
    assert.match(facts, /Slot\s*Open \(released\)/);

    const entries = await auditEntries(details);
    assert.equal(entries.length, 2, entries.join(' | '));
    assert.match(entries[0], /Booked by bob/);
    assert.match(entries[1], /Canceled by alice/);
    assert.match(entries[1], /Status: Confirmed → Canceled/);

    await details.press('Escape');
    await expectStatus(page, booking.id, 'canceled');
    const saved = await getBooking(booking.id);
    assert.equal(saved.cancellationReason, reason);
    assert.equal(await slotStatus(slot), 'open');
    await expectOfferedAgain(page, slot);
  } finally {
    await context.close();
  }
});

test('a booking is canceled from its quick action without a reason', async () => {
  const { slot, booking, context, page } = await aBookingOnScreen('Quinn Quick', 2);
  try {
    await bookingItem(page, booking.id).getByRole('button', { name: /^Cancel/ }).click();
    await answerStatusDialog(page, 'Cancel booking');
    await expectStatus(page, booking.id, 'canceled');
    const saved = await getBooking(booking.id);
    assert.equal(saved.cancellationReason, null);
    assert.equal(await slotStatus(slot), 'open');
  } finally {
    await context.close();
  }
});
