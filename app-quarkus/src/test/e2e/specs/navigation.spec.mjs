// Navigation from the checklist: every page from the main menu, the current one highlighted, links into a booking,
// and signing out (that every page requires signing in is in login.spec.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, signedIn } from '../support/browser.mjs';
import { book, openSlot, service, setUpSalon, staffMember, uniqueCustomer } from '../support/api.mjs';

const PAGES = [
  { link: 'Dashboard', path: '/' },
  { link: 'Bookings', path: '/bookings' },
  { link: 'Waitlist', path: '/waitlist' },
  { link: 'Settings', path: '/settings' },
];

let browser;

before(async () => {
  browser = await launch();
  await setUpSalon();
});
after(async () => {
  await browser?.close();
});

function mainMenu(page) {
  return page.getByRole('navigation', { name: 'Main' });
}

/** The names of the menu's links marked as the current page. */
async function currentItems(page) {
  return mainMenu(page).locator('a[aria-current="page"]').allInnerTexts();
}

test('the main menu leads to every page and highlights the one you are on', async () => {
  const { context, page } = await signedIn(browser, 'alice', '/');
  try {
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    assert.equal(await page.getByTestId('business-name').innerText(), 'Salon Aurora');
    assert.equal(await page.getByTestId('user-name').innerText(), 'alice');

    for (const { link, path } of [...PAGES.slice(1), PAGES[0]]) {
      await mainMenu(page).getByRole('link', { name: link, exact: true }).click();
      await page.waitForURL((url) => url.pathname === path);
      await page.getByRole('heading', { level: 1, name: link }).waitFor();
      assert.deepEqual(await currentItems(page), [link], `only ${link} is highlighted`);
      assert.equal(await page.title(), `${link} – Frontdesk`);
    }

    // A deeper address of a page still highlights its menu item.
    await page.goto('/bookings?status=confirmed&page=1');
    await page.getByRole('heading', { level: 1, name: 'Bookings' }).waitFor();
    assert.deepEqual(await currentItems(page), ['Bookings']);

    // An unknown address says so, and highlights nothing.
    await page.goto('/no-such-page');
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    assert.deepEqual(await currentItems(page), []);
    await page.getByRole('link', { name: 'Go to the dashboard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  } finally {
    await context.close();
  }
});

test('the waitlist page is there to add customers, and the settings placeholder says what is coming', async () => {
  const { context, page } = await signedIn(browser, 'bob', '/waitlist');
  try {
    await page.getByRole('heading', { level: 1, name: 'Waitlist' }).waitFor();
    await page.getByTestId('add-to-waitlist').waitFor();
    await mainMenu(page).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.getByTestId('placeholder').getByText('Coming soon').waitFor();
  } finally {
    await context.close();
  }
});

test("a link to a booking opens its details, also when it is the page's first address", async () => {
  const cut = await service('Cut & style');
  const mira = await staffMember('Mira Keller', [cut]);
  const booking = await book(await openSlot(cut, mira, 3), uniqueCustomer('Lina Link'));
  const { context, page } = await signedIn(browser, 'alice', `/bookings?booking=${booking.id}`);
  try {
    const details = page.getByRole('dialog', { name: `Booking – ${booking.customerName}` });
    await details.getByTestId('booking-details').waitFor();
    await details.getByRole('button', { name: 'Close' }).last().click();
    await details.waitFor({ state: 'detached' });
    assert.equal(new URL(page.url()).searchParams.get('booking'), null, 'closing forgets the booking');
  } finally {
    await context.close();
  }
});

test('signing out ends the session: the app asks to sign in again', async () => {
  const { context, page } = await signedIn(browser, 'alice', '/bookings');
  try {
    await page.getByRole('link', { name: 'Sign out' }).click();
    await page.waitForURL(/\/protocol\/openid-connect\/auth/, { timeout: 20000 });
    assert.ok(await page.locator('#kc-login').isVisible(), 'the login page is shown');
    const me = await page.request.get('/api/me');
    assert.equal(me.status(), 401, 'the API no longer knows the browser');
  } finally {
    await context.close();
  }
});
