// The admin app's screens as the specs use them, through roles, labels and the test ids of its README.
import assert from 'node:assert/strict';
import { eventually } from './browser.mjs';
import { findBookings } from './api.mjs';

export const SOURCE_LABELS = { walk_in: 'Walk-in', manual: 'Phone / manual', direct: 'Direct', waitlist: 'Waitlist' };

/** How long a list may take to show a change: the search's debounce, the request, and a slow shared machine. */
export const LIST_TIMEOUT = 8000;

/** The row (wide screens) or card (narrow screens) of one booking. */
export function bookingItem(page, bookingId) {
  return page.locator(
    `[data-testid="booking-row"][data-booking-id="${bookingId}"], [data-testid="booking-card"][data-booking-id="${bookingId}"]`,
  );
}

/** The ids of the bookings the list shows now, once it is not updating. */
export async function shownBookingIds(page) {
  const summary = await page.getByTestId('bookings-summary').textContent();
  if (summary.includes('Updating')) throw new Error('the list is still updating');
  return page
    .locator('[data-testid="booking-row"], [data-testid="booking-card"]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-booking-id')));
}

/** Waits until the list shows exactly these bookings (in any order). */
export async function expectShown(page, bookingIds, what = 'the bookings') {
  await eventually(async () => {
    assert.deepEqual([...(await shownBookingIds(page))].sort(), [...bookingIds].sort(), `the list shows ${what}`);
  }, { timeout: LIST_TIMEOUT });
}

/** Types into the list's search box and waits until the page's address carries the search. */
export async function searchBookings(page, text) {
  await page.getByRole('search', { name: 'Filter bookings' }).getByLabel('Search').fill(text);
  await page.waitForURL((url) => (url.searchParams.get('search') ?? '') === text.trim(), { timeout: LIST_TIMEOUT });
}

/** The status a booking's row or card shows. */
export async function shownStatus(page, bookingId) {
  return bookingItem(page, bookingId).getByTestId('status-badge').getAttribute('data-status');
}

export async function expectStatus(page, bookingId, status) {
  await eventually(async () => assert.equal(await shownStatus(page, bookingId), status, 'the status in the list'), {
    timeout: LIST_TIMEOUT,
  });
}

/** Opens the New booking dialog from the bookings page. */
export async function openCreateDialog(page) {
  await page.getByRole('button', { name: 'New booking' }).click();
  const dialog = page.getByRole('dialog', { name: 'New booking' });
  await dialog.waitFor();
  return dialog;
}

export function serviceOption(service) {
  return `${service.name} (${service.durationMinutes} min)`;
}

export function staffOption(staff) {
  return staff.role ? `${staff.name} – ${staff.role}` : staff.name;
}

/** The heading the dialog gives the day of an instant in the business's zone, written as the page writes it. */
export async function dayHeading(page, instant, timeZone = 'Europe/Berlin') {
  return page.evaluate(
    ([at, zone]) => {
      const date = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })
        .format(new Date(at));
      const [y, m, d] = date.split('-').map(Number);
      return new Intl.DateTimeFormat(navigator.language, {
        timeZone: 'UTC', weekday: 'long', year: 'numeric', month: 'long', day: 'numeric',
      }).format(new Date(Date.UTC(y, m - 1, d)));
    },
    [instant, timeZone],
  );
}

/** The slot's choice in the dialog, found inside the group of its day (so that the grouping is checked too). */
export async function slotChoice(page, dialog, slot) {
  const day = dialog.getByRole('group', { name: await dayHeading(page, slot.startTime), exact: true });
  return day.locator(`[data-testid="slot-option"][data-slot-id="${slot.id}"]`);
}

/** Any choice of this slot in the dialog, whatever its day. */
export function anySlotChoice(dialog, slotId) {
  return dialog.locator(`[data-testid="slot-option"][data-slot-id="${slotId}"]`);
}

/**
 * Fills the New booking dialog: service, staff member (or "Any available" when none is given), the slot, the
 * customer and the source.
 */
export async function fillCreateDialog(page, dialog, { service, staff, slot, customer, email, source }) {
  await dialog.getByLabel('Service (required)').selectOption({ label: serviceOption(service) });
  await dialog.getByLabel('Staff', { exact: true }).selectOption(staff ? { label: staffOption(staff) } : { label: 'Any available' });
  await (await slotChoice(page, dialog, slot)).getByRole('radio').check();
  await dialog.getByLabel('Name (required)').fill(customer.name);
  await dialog.getByLabel('Phone (required)').fill(customer.phone);
  if (email) await dialog.getByLabel('Email (optional)').fill(email);
  await dialog.getByRole('radio', { name: new RegExp(`^${escapeRegExp(SOURCE_LABELS[source])}`) }).check();
}

/** Submits the dialog, waits until it closed and the success notice came, and returns the booking (from the API). */
export async function submitCreateDialog(page, dialog, customer) {
  await dialog.getByRole('button', { name: 'Create booking' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByTestId('toast').filter({ hasText: `Booked ${customer.name}` }).waitFor();
  const { bookings } = await findBookings({ search: customer.name });
  assert.equal(bookings.length, 1, `one booking for ${customer.name}`);
  return bookings[0];
}

/** Confirms (or, with {@code keep}, backs out of) the status change dialog titled {@code title}. */
export async function answerStatusDialog(page, title, { reason, keep = false } = {}) {
  const dialog = page.getByRole('alertdialog', { name: title });
  await dialog.waitFor();
  if (reason !== undefined) await dialog.getByLabel('Reason (optional)').fill(reason);
  if (keep) await dialog.getByRole('button', { name: title === 'Cancel booking' ? 'Keep booking' : 'Not now' }).click();
  else await dialog.getByTestId('confirm-status-change').click();
  await dialog.waitFor({ state: 'detached' });
}

/** Opens a booking's details dialog with the View quick action. */
export async function openDetails(page, booking) {
  await bookingItem(page, booking.id).getByTestId('booking-action-view').click();
  const dialog = page.getByRole('dialog', { name: `Booking – ${booking.customerName}` });
  await dialog.getByTestId('booking-details').waitFor();
  return dialog;
}

/** The texts of the audit trail's entries, oldest first. */
export async function auditEntries(dialog) {
  return dialog.getByTestId('audit-trail').locator(':scope > li').allInnerTexts();
}

/** The number a dashboard card shows. */
export async function statValue(page, testId) {
  const text = await page.getByTestId(testId).locator('.stat-value').textContent();
  return Number(text.trim());
}

/** Waits until the dashboard's numbers are loaded and not being refreshed, then reads them. */
export async function readStats(page) {
  return eventually(async () => {
    const stats = page.getByTestId('stats');
    assert.equal(await stats.getAttribute('aria-busy'), 'false', 'the statistics are loaded');
    const values = {};
    for (const key of ['total', 'today', 'upcoming', 'completed', 'canceled', 'no-show']) {
      values[key] = await statValue(page, `stat-${key}`);
    }
    values.noShowNote = (await page.getByTestId('stat-no-show').locator('.stat-note').textContent()).trim();
    return values;
  }, { timeout: LIST_TIMEOUT });
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
