// An axe scan (WCAG 2.1 A and AA) of every page and every open dialog: no serious or critical violation.
import { test, before, after } from 'node:test';
import { assertAccessible, launch, signedIn } from '../support/browser.mjs';
import { book, openSlot, salonDate, service, setUpSalon, staffMember, uniqueCustomer } from '../support/api.mjs';
import { expectShown, openCreateDialog, openDetails, searchBookings, serviceOption } from '../support/ui.mjs';

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

test('the dashboard, for today and for a custom range', async () => {
  const { context, page } = await signedIn(browser, 'alice', '/');
  try {
    await page.getByTestId('stats').waitFor();
    await assertAccessible(page, 'the dashboard');
    await page.goto(`/?period=custom&start_date=${salonDate(0)}&end_date=${salonDate(30)}`);
    await page.getByTestId('period-start').waitFor();
    await page.getByTestId('stats').waitFor();
    await assertAccessible(page, 'the dashboard with a custom range');
  } finally {
    await context.close();
  }
});

test('the bookings page, with bookings and without', async () => {
  const booking = await book(await openSlot(cut, jonas, 3), uniqueCustomer('Alma Axe'));
  const { context, page } = await signedIn(browser, 'alice', '/bookings');
  try {
    await page.getByTestId('bookings-summary').waitFor();
    await searchBookings(page, booking.customerName);
    await expectShown(page, [booking.id], booking.customerName);
    await assertAccessible(page, 'the bookings page');
    await searchBookings(page, `${booking.customerName} nobody`);
    await page.getByTestId('empty-state').waitFor();
    await assertAccessible(page, 'the bookings page without results');
  } finally {
    await context.close();
  }
});

test('the New booking dialog: empty, with open times, and with errors', async () => {
  await openSlot(cut, jonas, 3);
  const { context, page } = await signedIn(browser, 'alice', '/bookings');
  try {
    const dialog = await openCreateDialog(page);
    await dialog.getByLabel('Service (required)').locator('option', { hasText: serviceOption(cut) }).waitFor({ state: 'attached' });
    await assertAccessible(page, 'the empty New booking dialog');
    await dialog.getByLabel('Service (required)').selectOption({ label: serviceOption(cut) });
    await dialog.getByTestId('slot-option').first().waitFor();
    await assertAccessible(page, 'the New booking dialog with open times');
    await dialog.getByRole('button', { name: 'Create booking' }).click();
    await dialog.getByTestId('error-slot_id').waitFor();
    await assertAccessible(page, 'the New booking dialog with errors');
  } finally {
    await context.close();
  }
});

test('the booking details dialog and the status change confirmation', async () => {
  const booking = await book(await openSlot(cut, jonas, 3), uniqueCustomer('Otto Overlay'),
    { source: 'manual' });
  const { context, page } = await signedIn(browser, 'alice', '/bookings');
  try {
    await searchBookings(page, booking.customerName);
    await expectShown(page, [booking.id], booking.customerName);
    const details = await openDetails(page, booking);
    await details.getByTestId('audit-trail').waitFor();
    await assertAccessible(page, 'the booking details dialog');
    await details.getByTestId('details-action-cancel').click();
    await page.getByRole('alertdialog', { name: 'Cancel booking' }).getByLabel('Reason (optional)').waitFor();
    await assertAccessible(page, 'the cancel confirmation');
  } finally {
    await context.close();
  }
});

test('the waitlist page, the settings placeholder and the page for unknown addresses', async () => {
  const { context, page } = await signedIn(browser, 'bob', '/waitlist');
  try {
    for (const [path, heading] of [['/waitlist', 'Waitlist'], ['/settings', 'Settings'], ['/nowhere', 'Page not found']]) {
      if (new URL(page.url()).pathname !== path) await page.goto(path);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await assertAccessible(page, `the ${heading} page`);
    }
  } finally {
    await context.close();
  }
});
