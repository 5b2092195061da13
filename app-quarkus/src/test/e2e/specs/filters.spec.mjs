// Booking management from the checklist: search by customer name and by phone, and each filter — date range,
// service, staff, status, source — on three bookings of this run (found by the run's tag in their names).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, launch, signedIn } from '../support/browser.mjs';
import {
  book, changeStatus, openSlot, runTag, salonDateOf, salonDayOf, service, setUpSalon, staffMember, uniqueCustomer,
} from '../support/api.mjs';
import { expectShown, searchBookings } from '../support/ui.mjs';

let browser;
let tag;
let cut;
let colour;
let mira;
let jonas;
/** A: cut with Mira on day 5, walk-in, confirmed. B: colour with Mira on a later day, by phone, completed.
 * C: cut with Jonas on A's day, direct, canceled. (On later days when those are full: dates are read back.) */
let a;
let b;
let c;

before(async () => {
  browser = await launch();
  await setUpSalon();
  cut = await service('Cut & style');
  colour = await service('Colour', { durationMinutes: 60, priceMinor: 6500 });
  mira = await staffMember('Mira Keller', [cut, colour]);
  jonas = await staffMember('Jonas Brandt', [cut], 'Barber');
  tag = runTag();
  a = await book(await openSlot(cut, mira, 5), uniqueCustomer('Anna Filter', tag), { source: 'walk_in' });
  b = await book(await openSlot(colour, mira, salonDayOf(a.startTime) + 1), uniqueCustomer('Bruno Filter', tag),
    { source: 'manual' });
  c = await book(await openSlot(cut, jonas, salonDayOf(a.startTime)), uniqueCustomer('Clara Filter', tag),
    { source: 'direct' });
  b = await changeStatus(b.id, 'completed');
  c = await changeStatus(c.id, 'canceled', { reason: 'Moved away' });
});
after(async () => {
  await browser?.close();
});

/** The bookings page, signed in, showing this run's three bookings. */
async function bookingsOfThisRun() {
  const session = await signedIn(browser, 'alice', '/bookings');
  await searchBookings(session.page, tag);
  await expectShown(session.page, [a.id, b.id, c.id], "this run's bookings");
  return session;
}

function filters(page) {
  return page.getByRole('search', { name: 'Filter bookings' });
}

test('search by customer name finds the customer', async () => {
  const { context, page } = await bookingsOfThisRun();
  try {
    await searchBookings(page, a.customerName);
    await expectShown(page, [a.id], 'the customer searched by full name');
    await searchBookings(page, `bruno filter ${tag.toLowerCase()}`);
    await expectShown(page, [b.id], 'the customer searched in lower case');
    await searchBookings(page, `Nobody ${tag}`);
    await page.getByTestId('empty-state').getByText('No bookings match these filters').waitFor();
  } finally {
    await context.close();
  }
});

test('search by phone number finds the customer whichever way the number is written', async () => {
  const { context, page } = await signedIn(browser, 'alice', '/bookings');
  try {
    // Stored as +4930…; typed at booking time as "030 1…".
    const subscriber = a.customerPhone.replace('+4930', '');
    const notations = [
      `030 ${subscriber}`,
      `+49 30 ${subscriber}`,
      `(030) ${subscriber.slice(0, 3)}-${subscriber.slice(3)}`,
      `0049 30 ${subscriber}`,
    ];
    for (const notation of notations) {
      await searchBookings(page, notation);
      await expectShown(page, [a.id], `the customer searched as ${notation}`);
    }
  } finally {
    await context.close();
  }
});

test('the date range, service and staff filters narrow the list, and the view can be bookmarked', async () => {
  const { context, page } = await bookingsOfThisRun();
  try {
    const dayOf = (booking) => salonDateOf(booking.startTime);
    const between = (from, to) => [a, b, c].filter((x) => dayOf(x) >= from && dayOf(x) <= to).map((x) => x.id);
    const [first, last] = [dayOf(a), dayOf(b)].sort();
    assert.notEqual(first, last, 'A and B are on different days');
    await filters(page).getByLabel('From', { exact: true }).fill(first);
    await filters(page).getByLabel('To', { exact: true }).fill(first);
    await expectShown(page, between(first, first), `the bookings of ${first}`);
    await filters(page).getByLabel('To', { exact: true }).fill(last);
    await expectShown(page, [a.id, b.id, c.id], `the bookings of ${first} to ${last}`);
    await filters(page).getByLabel('From', { exact: true }).fill(last);
    await expectShown(page, between(last, last), `the bookings of ${last}`);
    await filters(page).getByLabel('From', { exact: true }).fill('');
    await filters(page).getByLabel('To', { exact: true }).fill('');
    await expectShown(page, [a.id, b.id, c.id], 'all again');

    await filters(page).getByLabel('Service').selectOption({ label: 'Colour' });
    await expectShown(page, [b.id], 'the colour booking');
    await filters(page).getByLabel('Service').selectOption({ label: 'Cut & style' });
    await expectShown(page, [a.id, c.id], 'the cuts');

    await filters(page).getByLabel('Staff').selectOption({ label: 'Jonas Brandt' });
    await expectShown(page, [c.id], "Jonas's cut");

    // The filters live in the address: a reload (or a bookmark) shows the same view.
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('service_id'), cut.id);
    assert.equal(url.searchParams.get('staff_id'), jonas.id);
    await page.reload();
    await expectShown(page, [c.id], 'the same view after a reload');
    assert.equal(await filters(page).getByLabel('Staff').inputValue(), jonas.id);

    await filters(page).getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForURL((u) => u.search === '');
    // The search box follows the address in the render after it, so wait for it rather than read it once.
    await eventually(async () => assert.equal(await filters(page).getByLabel('Search').inputValue(), ''));
  } finally {
    await context.close();
  }
});

test('the status and source filters narrow the list', async () => {
  const { context, page } = await bookingsOfThisRun();
  try {
    const status = filters(page).getByLabel('Status');
    for (const [label, expected] of [['Confirmed', [a.id]], ['Completed', [b.id]], ['Canceled', [c.id]], ['No-show', []]]) {
      await status.selectOption({ label });
      if (expected.length === 0) await page.getByTestId('empty-state').waitFor();
      await expectShown(page, expected, `the ${label.toLowerCase()} bookings`);
    }
    await status.selectOption({ label: 'All statuses' });

    const source = filters(page).getByLabel('Source');
    for (const [label, expected] of [['Walk-in', [a.id]], ['Phone / manual', [b.id]], ['Direct', [c.id]], ['Waitlist', []]]) {
      await source.selectOption({ label });
      if (expected.length === 0) await page.getByTestId('empty-state').waitFor();
      await expectShown(page, expected, `the ${label} bookings`);
    }

    // Filters combine: walk-ins that are canceled — none.
    await source.selectOption({ label: 'Walk-in' });
    await status.selectOption({ label: 'Canceled' });
    await page.getByTestId('empty-state').getByText('No bookings match these filters').waitFor();
    await expectShown(page, [], 'no canceled walk-ins');
  } finally {
    await context.close();
  }
});
