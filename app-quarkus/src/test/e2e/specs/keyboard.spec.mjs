// Keyboard only: a booking made from start to end with Tab, Shift+Tab, arrow keys, typing and Enter; focus kept
// inside open dialogs and given back to the control that opened them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, hasFocus, launch, signedIn, tabTo } from '../support/browser.mjs';
import {
  book, findBookings, openSlot, service, setUpSalon, staffMember, uniqueCustomer,
} from '../support/api.mjs';
import { expectShown, searchBookings, serviceOption, slotChoice, staffOption } from '../support/ui.mjs';

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

/** Whether the focus is inside the element of {@code locator}. */
async function focusWithin(locator) {
  return locator.evaluate((element) => element.contains(document.activeElement));
}

test('a booking can be made with the keyboard alone, and focus returns to New booking', async () => {
  const slot = await openSlot(cut, mira, 4);
  const customer = uniqueCustomer('Kira Keys');
  const { context, page } = await signedIn(browser, 'alice', '/bookings');
  try {
    const newBooking = page.getByRole('button', { name: 'New booking' });
    await newBooking.waitFor();
    await tabTo(page, newBooking);
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog', { name: 'New booking' });
    const serviceField = dialog.getByLabel('Service (required)');
    await eventually(async () => assert.ok(await hasFocus(serviceField), 'focus starts on the first field'));
    await serviceField.locator('option', { hasText: serviceOption(cut) }).waitFor({ state: 'attached' });
    await page.keyboard.type(cut.name); // type-ahead in the focused menu
    await eventually(async () => assert.equal(await serviceField.inputValue(), cut.id, 'the service is chosen'));

    const staffField = dialog.getByLabel('Staff', { exact: true });
    await staffField.locator('option', { hasText: staffOption(mira) }).waitFor({ state: 'attached' });
    await eventually(async () => assert.ok(await staffField.isEnabled()));
    await tabTo(page, staffField);
    await page.keyboard.type(mira.name);
    await eventually(async () => assert.equal(await staffField.inputValue(), mira.id, 'the staff member is chosen'));

    // The open times are one group of radio buttons: Tab enters it, arrow keys move to (and pick) a time.
    const target = (await slotChoice(page, dialog, slot)).getByRole('radio');
    await target.waitFor();
    const radios = dialog.getByTestId('slot-picker').getByRole('radio');
    const firstRadio = radios.first();
    await tabTo(page, firstRadio);
    const position = (await radios.evaluateAll((all) => all.map((r) => r.value))).indexOf(slot.id);
    assert.ok(position >= 0, 'the slot is offered');
    for (let i = 0; i < position; i++) await page.keyboard.press('ArrowDown');
    assert.ok(await hasFocus(target), 'focus is on the chosen time');
    await eventually(async () => assert.ok(await target.isChecked(), 'the time is picked'));

    await page.keyboard.press('Tab');
    assert.ok(await hasFocus(dialog.getByLabel('Name (required)')), 'Tab leaves the times for the name');
    await page.keyboard.type(customer.name);
    await page.keyboard.press('Tab');
    await page.keyboard.type(customer.phone);
    await page.keyboard.press('Tab');
    assert.ok(await hasFocus(dialog.getByLabel('Email (optional)')));

    const walkIn = dialog.getByRole('radio', { name: /^Walk-in/ });
    await tabTo(page, walkIn);
    await page.keyboard.press('ArrowRight');
    const byPhone = dialog.getByRole('radio', { name: /^Phone \/ manual/ });
    assert.ok(await hasFocus(byPhone));
    await eventually(async () => assert.ok(await byPhone.isChecked(), 'the arrow key picks the source'));

    // Shift+Tab walks back through the form and wraps around inside the dialog.
    await tabTo(page, dialog.getByLabel('Phone (required)'), { backwards: true });
    await tabTo(page, dialog.getByRole('button', { name: 'Create booking' }), { backwards: true });
    assert.ok(await focusWithin(dialog), 'focus never left the dialog');

    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('toast').filter({ hasText: `Booked ${customer.name}` }).waitFor();
    await eventually(async () => assert.ok(await hasFocus(newBooking), 'focus is back on New booking'));

    const { bookings } = await findBookings({ search: customer.name });
    assert.equal(bookings.length, 1);
    assert.equal(bookings[0].slotId, slot.id);
    assert.equal(bookings[0].bookingSource, 'manual');
    assert.equal(bookings[0].customerEmail, null);
  } finally {
    await context.close();
  }
});

test('Tab stays inside an open dialog, and Escape gives focus back to the control that opened it', async () => {
  const booking = await book(await openSlot(cut, mira, 4), uniqueCustomer('Fritz Focus'));
  const { context, page } = await signedIn(browser, 'alice', '/bookings');
  try {
    await searchBookings(page, booking.customerName);
    await expectShown(page, [booking.id], booking.customerName);

    // The New booking dialog: many Tabs later focus is still inside; Escape returns it to the button.
    const newBooking = page.getByRole('button', { name: 'New booking' });
    await tabTo(page, newBooking);
    await page.keyboard.press('Enter');
    const create = page.getByRole('dialog', { name: 'New booking' });
    await create.waitFor();
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press(i % 3 === 2 ? 'Shift+Tab' : 'Tab');
      assert.ok(await focusWithin(create), `focus is inside the dialog after ${i + 1} presses`);
    }
    await page.keyboard.press('Escape');
    await create.waitFor({ state: 'detached' });
    assert.ok(await hasFocus(newBooking), 'focus is back on New booking');

    // The details dialog, opened from the row's View button.
    const view = page.getByRole('button', { name: new RegExp(`^View – ${booking.customerName}`) });
    await tabTo(page, view);
    await page.keyboard.press('Enter');
    const details = page.getByRole('dialog', { name: `Booking – ${booking.customerName}` });
    await details.getByTestId('booking-details').waitFor();
    assert.ok(await focusWithin(details), 'focus moved into the details');

    // Its cancel confirmation, opened with the keyboard, gives focus back to the details' Cancel booking.
    const cancel = details.getByTestId('details-action-cancel');
    await tabTo(page, cancel);
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('alertdialog', { name: 'Cancel booking' });
    await eventually(async () => assert.ok(await hasFocus(confirm.getByLabel('Reason (optional)')), 'focus is on the reason'));
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    assert.ok(await hasFocus(cancel), 'focus is back on Cancel booking');

    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'detached' });
    await eventually(async () => assert.ok(await hasFocus(view), 'focus is back on the View button'));
  } finally {
    await context.close();
  }
});
