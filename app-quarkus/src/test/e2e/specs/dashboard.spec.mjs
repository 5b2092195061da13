// Dashboard integration from the checklist: the statistics of a period, today's and upcoming bookings and the
// no-show rate, read before and after bookings are made and change status.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, launch, signedIn } from '../support/browser.mjs';
import {
  book, call, changeStatus, middayZone, openSlot, salonDateOf, service, setUpSalon, slotSoon, staffMember,
  uniqueCustomer,
} from '../support/api.mjs';
import {
  answerStatusDialog, bookingItem, expectShown, expectStatus, fillCreateDialog, openCreateDialog, readStats,
  searchBookings, submitCreateDialog,
} from '../support/ui.mjs';

let browser;
let cut;
let jonas;

before(async () => {
  browser = await launch();
  await setUpSalon();
  cut = await service('Cut & style');
  jonas = await staffMember('Jonas Brandt', [cut], 'Barber');
});
after(async () => {
  await browser?.close();
});

/** The count a chart shows for one of its rows, e.g. "Walk-in". */
async function chartCount(page, chart, label) {
  const row = page.getByRole('figure', { name: chart }).getByRole('listitem').filter({ hasText: label });
  const text = await row.innerText();
  return Number(text.match(/(\d+)\s*\(\d+%\)/)[1]);
}

/** The no-show rate as the page writes it (in its language), from the counts it shows. */
async function expectedRate(page, stats) {
  const attended = stats.completed + stats['no-show'];
  const rate = attended === 0 ? 0 : stats['no-show'] / attended;
  return page.evaluate(
    (r) => new Intl.NumberFormat(navigator.language, { style: 'percent', maximumFractionDigits: 1 }).format(r),
    rate,
  );
}

test('the numbers of a day follow a booking made at the desk and completed', async () => {
  const slot = await openSlot(cut, jonas, 1);
  const day = salonDateOf(slot.startTime);
  const customer = uniqueCustomer('Dora Dashboard');
  const { context, page } = await signedIn(browser, 'alice', `/?period=custom&start_date=${day}&end_date=${day}`);
  try {
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    assert.equal(await page.getByRole('radio', { name: 'Custom range' }).isChecked(), true);
    const start = await readStats(page);
    const walkIns = await chartCount(page, 'Bookings by source', 'Walk-in');
    const confirmed = await chartCount(page, 'Bookings by status', 'Confirmed');

    // A walk-in booked for that day.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Bookings' }).click();
    const dialog = await openCreateDialog(page);
    await fillCreateDialog(page, dialog, { service: cut, staff: jonas, slot, customer, source: 'walk_in' });
    const booking = await submitCreateDialog(page, dialog, customer);

    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('period') === 'custom');
    await eventually(async () => {
      const now = await readStats(page);
      assert.equal(now.total, start.total + 1, 'bookings in the period');
      assert.equal(now.upcoming, start.upcoming + 1, 'upcoming bookings');
      assert.equal(now.today, start.today, "today's bookings (the booking is tomorrow)");
      assert.equal(now.completed, start.completed);
    }, { timeout: 8000 });
    assert.equal(await chartCount(page, 'Bookings by source', 'Walk-in'), walkIns + 1);
    assert.equal(await chartCount(page, 'Bookings by status', 'Confirmed'), confirmed + 1);
    const afterBooking = await readStats(page);

    // The booking completed.
    await page.goForward();
    await searchBookings(page, customer.name);
    await expectShown(page, [booking.id], customer.name);
    await bookingItem(page, booking.id).getByRole('button', { name: /^Complete/ }).click();
    await answerStatusDialog(page, 'Mark as completed');
    await expectStatus(page, booking.id, 'completed');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('radio', { name: 'Custom range' }).click();
    await page.waitForURL((url) => url.searchParams.get('period') === 'custom');
    await page.getByTestId('period-start').fill(day);
    await page.getByTestId('period-end').fill(day);
    await eventually(async () => {
      const now = await readStats(page);
      assert.equal(now.total, afterBooking.total, 'bookings in the period');
      assert.equal(now.completed, afterBooking.completed + 1, 'completed bookings');
      assert.equal(now.upcoming, afterBooking.upcoming - 1, 'upcoming counts confirmed bookings only');
      assert.equal(now.noShowNote, `${await expectedRate(page, now)} no-show rate`);
    }, { timeout: 8000 });
  } finally {
    await context.close();
  }
});

test('the no-show count and rate follow a no-show while the dashboard is open', async () => {
  const booking = await book(await openSlot(cut, jonas, 1), uniqueCustomer('Nina Rate'));
  const day = salonDateOf(booking.startTime);
  const { context, page } = await signedIn(browser, 'alice', `/?period=custom&start_date=${day}&end_date=${day}`);
  try {
    const start = await readStats(page);
    await changeStatus(booking.id, 'no_show');
    await eventually(async () => {
      const now = await readStats(page);
      assert.equal(now['no-show'], start['no-show'] + 1, 'no-shows');
      assert.equal(now.upcoming, start.upcoming - 1, 'upcoming bookings');
      assert.equal(now.noShowNote, `${await expectedRate(page, now)} no-show rate`);
    }, { timeout: 8000 });
  } finally {
    await context.close();
  }
});

test("today's count includes a booking later today, and drops it when it is canceled", async () => {
  // Carol's business, moved to a zone where it is midday now, has a booking later today whenever this runs.
  await call('carol', 'PUT', '/api/tenant', {
    body: { name: 'Riverside Physio', time_zone: middayZone(), phone_region: 'DE' },
  });
  const physio = await service('Physiotherapy', { durationMinutes: 45, priceMinor: 6000, user: 'carol' });
  const therapist = await staffMember('Theo Hart', [physio], 'Physiotherapist', 'carol');
  const slot = await slotSoon(physio, therapist, 30, 'carol');

  const { context, page } = await signedIn(browser, 'carol', '/');
  try {
    assert.equal(await page.getByRole('radio', { name: 'Today' }).isChecked(), true, 'today is the default period');
    const start = await readStats(page);
    const booking = await book(slot, uniqueCustomer('Tara Today'), { user: 'carol' });
    await eventually(async () => {
      const now = await readStats(page);
      assert.equal(now.today, start.today + 1, "today's bookings");
      assert.equal(now.total, start.total + 1, "the period's bookings");
      assert.equal(now.upcoming, start.upcoming + 1, 'upcoming bookings');
    }, { timeout: 8000 });
    await changeStatus(booking.id, 'canceled', { user: 'carol' });
    await eventually(async () => {
      const now = await readStats(page);
      assert.equal(now.today, start.today, "today's bookings leave canceled ones out");
      assert.equal(now.canceled, start.canceled + 1, 'canceled bookings');
      assert.equal(now.upcoming, start.upcoming, 'upcoming bookings leave canceled ones out');
    }, { timeout: 8000 });
  } finally {
    await context.close();
  }
});
