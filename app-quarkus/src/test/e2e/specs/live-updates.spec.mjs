// Two desks of one business see each other's bookings live, without reloading; another business never does.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, launch, signedIn } from '../support/browser.mjs';
import {
  book, call, e164, openSlot, service, setUpSalon, staffMember, uniqueCustomer,
} from '../support/api.mjs';
import { bookingItem, fillCreateDialog, openCreateDialog } from '../support/ui.mjs';

/** How soon another desk must show a change. */
const LIVE_WITHIN_MS = 2000;

let browser;

before(async () => {
  browser = await launch();
  await setUpSalon();
});
after(async () => {
  await browser?.close();
});

/** Records, in every page, the booking events the app's live connection receives (window.bookingEventsSeen). */
function recordBookingEvents() {
  window.bookingEventsSeen = [];
  const Original = window.EventSource;
  window.EventSource = class extends Original {
    constructor(...args) {
      super(...args);
      this.addEventListener('booking', (message) => window.bookingEventsSeen.push(JSON.parse(message.data)));
    }
  };
}

async function liveOn(page) {
  await eventually(async () => {
    assert.equal((await page.getByTestId('live-status').textContent()).trim(), 'Live updates on');
  }, { timeout: 10000 });
}

async function eventsSeen(page) {
  return page.evaluate(() => window.bookingEventsSeen);
}

test("a booking made at one desk shows on the other desk's open list within two seconds, and never at another business", async () => {
  const cut = await service('Cut & style');
  const mira = await staffMember('Mira Keller', [cut]);
  const slot = await openSlot(cut, mira, 4);
  const customer = uniqueCustomer('Lars Live');

  // Carol's business, with a slot of its own to book later.
  const physio = await service('Physiotherapy', { durationMinutes: 45, priceMinor: 6000, user: 'carol' });
  const therapist = await staffMember('Theo Hart', [physio], 'Physiotherapist', 'carol');
  const carolsSlot = await openSlot(physio, therapist, 4, 'carol');

  const alice = await signedIn(browser, 'alice', '/bookings');
  const bob = await signedIn(browser, 'bob', '/bookings?sort=created_at', { initScript: recordBookingEvents });
  const carol = await signedIn(browser, 'carol', '/bookings?sort=created_at', { initScript: recordBookingEvents });
  try {
    await liveOn(bob.page);
    await liveOn(carol.page);
    await bob.page.getByRole('heading', { level: 1, name: 'Bookings' }).waitFor();
    await bob.page.evaluate(() => {
      window.notReloaded = true;
    });

    const dialog = await openCreateDialog(alice.page);
    await fillCreateDialog(alice.page, dialog, { service: cut, staff: mira, slot, customer, source: 'walk_in' });
    const created = alice.page.waitForResponse((r) => r.url().endsWith('/api/bookings') && r.request().method() === 'POST');
    await dialog.getByRole('button', { name: 'Create booking' }).click();
    const { booking } = await (await created).json();
    const bookedAt = Date.now();

    // Bob's list, newest first, shows it on its own.
    const row = bob.page.getByTestId('booking-row').filter({ hasText: customer.name });
    await row.waitFor({ timeout: LIVE_WITHIN_MS });
    const shownAfter = Date.now() - bookedAt;
    assert.ok(shownAfter <= LIVE_WITHIN_MS, `shown after ${shownAfter} ms`);
    assert.equal(await bob.page.evaluate(() => window.notReloaded), true, "bob's page was not reloaded");
    assert.equal(await row.getAttribute('data-booking-id'), booking.id);
    assert.ok((await eventsSeen(bob.page)).some((e) => e.bookingId === booking.id && e.type === 'created'));

    // Carol's business books too: her open list shows her own booking live ...
    const carolsBooking = await book(carolsSlot, { name: `Greta ${customer.tag}`, phone: e164(customer.phone) },
      { user: 'carol' });
    await bookingItem(carol.page, carolsBooking.id).waitFor({ timeout: LIVE_WITHIN_MS * 2 });
    // ... and, events arriving in order, has never been told about alice's, which came first.
    const carolSaw = await eventsSeen(carol.page);
    assert.ok(carolSaw.some((e) => e.bookingId === carolsBooking.id));
    assert.ok(!carolSaw.some((e) => e.bookingId === booking.id), "carol's stream never carried alice's booking");
    assert.equal(await carol.page.getByText(customer.name).count(), 0, "carol's list does not show it");
    const { bookings } = await call('carol', 'GET', '/api/bookings', { query: { search: customer.name } });
    assert.deepEqual(bookings, [], 'nor does her search');
    await assert.rejects(call('carol', 'GET', `/api/bookings/${booking.id}`), (e) => e.status === 404);
  } finally {
    await Promise.all([alice.context.close(), bob.context.close(), carol.context.close()]);
  }
});

test("a status change at one desk shows on the other desk's open booking and list", async () => {
  const cut = await service('Cut & style');
  const mira = await staffMember('Mira Keller', [cut]);
  const booking = await book(await openSlot(cut, mira, 4), uniqueCustomer('Uwe Update'));
  const alice = await signedIn(browser, 'alice', `/bookings?search=${encodeURIComponent(booking.customerName)}&booking=${booking.id}`);
  try {
    await liveOn(alice.page);
    const details = alice.page.getByRole('dialog', { name: `Booking – ${booking.customerName}` });
    await details.getByTestId('details-action-complete').waitFor();

    await call('bob', 'PATCH', `/api/bookings/${booking.id}`, { body: { status: 'completed' } });
    await details.getByTestId('status-badge').and(alice.page.locator('[data-status="completed"]'))
      .waitFor({ timeout: LIVE_WITHIN_MS });
    await details.getByTestId('details-action-complete').waitFor({ state: 'detached' });
    await details.press('Escape');
    await bookingItem(alice.page, booking.id).locator('[data-status="completed"]').waitFor({ timeout: LIVE_WITHIN_MS });
  } finally {
    await alice.context.close();
  }
});
