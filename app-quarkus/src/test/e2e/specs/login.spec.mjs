import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, signedIn, baseUrl, assertAccessible } from '../support/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('every page requires login, and after it the user and business are shown', async () => {
  const { context, page } = await signedIn(browser, 'alice', '/bookings');
  try {
    assert.equal(new URL(page.url()).pathname, '/bookings');
    await page.getByText('alice').first().waitFor();
    await page.getByRole('link', { name: 'Bookings' }).waitFor();
    await assertAccessible(page, 'the bookings page');
  } finally {
    await context.close();
  }
});

test('a browser without a session sees the login page, not the app', async () => {
  const context = await browser.newContext({ baseURL: baseUrl });
  try {
    const page = await context.newPage();
    await page.goto('/dashboard');
    await page.waitForURL(/\/protocol\/openid-connect\/auth/, { timeout: 20000 });
    assert.ok(await page.locator('#kc-login').isVisible());
  } finally {
    await context.close();
  }
});
