// A phone-sized screen (640 px and less): bookings as cards with touch-sized quick actions, filters and menu
// folded away, dialogs within the screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible, eventually, launch, signedIn } from '../support/browser.mjs';
import { book, openSlot, service, setUpSalon, staffMember, uniqueCustomer } from '../support/api.mjs';
import { answerStatusDialog, bookingItem, expectShown, expectStatus, openCreateDialog } from '../support/ui.mjs';

const PHONE = { viewport: { width: 375, height: 740 }, hasTouch: true };
const TOUCH_TARGET = 44;

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

test('bookings are cards whose quick actions are at least 44 by 44 pixels', async () => {
  const booking = await book(await openSlot(cut, mira, 6), uniqueCustomer('Mona Mobile'));
  const { context, page } = await signedIn(browser, 'alice',
    `/bookings?search=${encodeURIComponent(booking.customerName)}`, PHONE);
  try {
    await expectShown(page, [booking.id], booking.customerName);
    await page.getByTestId('bookings-cards').waitFor();
    assert.equal(await page.getByTestId('bookings-table').count(), 0, 'no table on a narrow screen');
    const card = bookingItem(page, booking.id);
    assert.equal(await card.getAttribute('data-testid'), 'booking-card');
    const text = await card.innerText();
    for (const fact of [booking.customerName, 'Cut & style', 'Mira Keller', 'Walk-in', 'Confirmed']) {
      assert.ok(text.includes(fact), `the card shows ${fact}`);
    }

    const actions = ['booking-action-view', 'booking-action-complete', 'booking-action-no-show', 'booking-action-cancel'];
    for (const action of actions) {
      const box = await card.getByTestId(action).boundingBox();
      assert.ok(box.width >= TOUCH_TARGET && box.height >= TOUCH_TARGET,
        `${action} is ${box.width}×${box.height} px`);
      assert.ok(box.x >= 0 && box.x + box.width <= PHONE.viewport.width, `${action} is within the screen`);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page does not scroll sideways (${overflow} px too wide)`);

    // A quick action works with a tap.
    await card.getByTestId('booking-action-complete').tap();
    await answerStatusDialog(page, 'Mark as completed');
    await expectStatus(page, booking.id, 'completed');

    await assertAccessible(page, 'the bookings page on a narrow screen');
  } finally {
    await context.close();
  }
});

test('filters and the main menu fold away, and the New booking dialog fits the screen', async () => {
  const { context, page } = await signedIn(browser, 'bob', '/bookings', PHONE);
  try {
    const filters = page.getByRole('search', { name: 'Filter bookings' });
    await filters.getByLabel('Search').waitFor();
    const toggle = page.getByTestId('filter-toggle');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await filters.getByLabel('Status').isVisible(), false, 'the other filters are folded away');
    await toggle.click();
    await filters.getByLabel('Status').selectOption({ label: 'Canceled' });
    await page.waitForURL((url) => url.searchParams.get('status') === 'canceled');
    await eventually(async () => assert.equal((await toggle.innerText()).trim(), 'Filters (1)', 'the toggle counts the filter'));

    const menu = page.getByRole('navigation', { name: 'Main' });
    assert.equal(await menu.isVisible(), false, 'the menu is folded away');
    await page.getByRole('button', { name: 'Menu' }).click();
    await menu.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await menu.waitFor({ state: 'hidden' }); // folded again after choosing a page
    await page.goBack();

    const dialog = await openCreateDialog(page);
    const box = await dialog.boundingBox();
    assert.ok(box.x >= 0 && box.width <= PHONE.viewport.width, `the dialog is ${box.width} px wide`);
    const submit = dialog.getByRole('button', { name: 'Create booking' });
    const submitBox = await submit.boundingBox();
    assert.ok(submitBox.height >= TOUCH_TARGET, `Create booking is ${submitBox.height} px high`);
    assert.ok(submitBox.y + submitBox.height <= PHONE.viewport.height, 'the dialog buttons stay on screen');
    await assertAccessible(page, 'the New booking dialog on a narrow screen');
  } finally {
    await context.close();
  }
});
