import { existsSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { Browser, BrowserContext, Page, chromium } from 'playwright-core';
import { DEMO_PASSWORD, DemoUser } from './keycloak';
import { REPO_ROOT } from './service-process';

/** Debian's chromium, which `npm test` installs (tools/dev/prepare.mjs); no browser is downloaded. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_BIN, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => !!p);
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`chromium not found (${candidates.join(', ')}): npm test installs Debian's chromium package`);
  return found;
}

export function launchBrowser(): Promise<Browser> {
  // Root in a container has no user namespace for chromium's sandbox.
  return chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}

/** Where browser tests keep their screenshots: beside the other test results, kept as artifacts. */
export const SCREENSHOT_DIR = path.join(REPO_ROOT, '.local', 'test-results', 'screenshots');

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** A fresh browser context (no cookies, no Keycloak session) logged in to the console as a demo user. */
export async function logIn(browser: Browser, origin: string, user: DemoUser, route = '/', viewport = { width: 1440, height: 1000 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport, isMobile: viewport.width < 600, hasTouch: viewport.width < 600 });
  const page = await context.newPage();
  // A script error in the console fails loudly in the test's output instead of as a blank element later.
  page.on('pageerror', (error) => process.stderr.write(`[browser ${user}] ${error.message}\n`));
  await page.goto(`${origin}${route}`);
  await page.fill('#username', user);
  await page.fill('#password', DEMO_PASSWORD);
  await page.click('#kc-login');
  await page.waitForSelector('[data-testid=current-user]', { timeout: 30_000 });
  return { context, page };
}
