// Debian's Chromium through playwright-core, for the dashboard's browser suites.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

/** Headless Chromium as the suites run it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/**
 * A new browser context logged in through the login form: `landing` (a page behind the login)
 * first sends it to /login, and it lands there once logged in. Every Content Security Policy
 * violation the page reports is pushed to `cspViolations`.
 */
export async function loggedInPage(browser: Browser, base: string, username: string, password: string, landing: string, cspViolations: string[]): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  await page.goto(`${base}${landing}`);
  expect(new URL(page.url()).pathname).toBe('/login');
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', password);
  await Promise.all([page.waitForURL(`${base}${landing}`), page.click('button[type=submit]')]);
  return { context, page };
}
