// Debian's Chromium driven by playwright-core: never a downloaded browser.
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';

export const baseUrl = process.env.FRONTDESK_URL ?? 'http://localhost:8081';

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A new browser context signed in as {@code user} through the Keycloak login page, on {@code path}. Options go to
 * the context (e.g. a narrow {@code viewport}); dates are written in British English unless {@code locale} says
 * otherwise. {@code initScript} runs in every page before the app's own scripts.
 */
export async function signedIn(browser, user, path = '/bookings', { initScript, ...options } = {}) {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
    ...options,
  });
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  await page.goto(path);
  await page.waitForURL(/\/protocol\/openid-connect\/auth/, { timeout: 20000 });
  await page.fill('#username', user);
  await page.fill('#password', user);
  await page.click('#kc-login');
  await page.waitForURL((url) => url.toString().startsWith(baseUrl), { timeout: 20000 });
  return { context, page };
}

/** Fails on any serious or critical accessibility violation of the page as it is now. */
export async function assertAccessible(page, what) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const grave = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(grave.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`), [],
    `accessibility violations on ${what}`);
}

/**
 * Retries {@code check} (an async assertion) until it passes or {@code timeout} ms have passed, then fails with
 * its last error: the polling wait of Playwright's {@code expect.poll}, for values read from the page or the API.
 */
export async function eventually(check, { timeout = 5000, interval = 100 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() >= deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** Whether the element of {@code locator} has the keyboard focus. */
export async function hasFocus(locator) {
  return locator.evaluate((element) => element === document.activeElement);
}

/** Presses Tab (or Shift+Tab) until {@code locator} has the focus; fails after {@code max} presses. */
export async function tabTo(page, locator, { backwards = false, max = 60 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await hasFocus(locator)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  if (!(await hasFocus(locator))) {
    const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
    assert.fail(`${max} presses of ${backwards ? 'Shift+Tab' : 'Tab'} did not reach ${locator}; focus is on ${focused}`);
  }
}
