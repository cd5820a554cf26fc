// Test helper: a real browser (Debian's chromium, driven by playwright-core, which downloads none)
// on pages served from loopback. Every page records what a reader would not see: console errors,
// uncaught exceptions, failed requests, and requests that leave loopback (aborted and recorded:
// a site makes no external requests at all). Screenshots go to test-results/screenshots/.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const SCREENSHOTS = path.resolve('test-results/screenshots');
export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

/** The chromium to drive, or why there is none. Under CI a missing browser is a failure, not a skip. */
export function findChromium(): { executablePath: string } | { missing: string } {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(executablePath)) return { executablePath };
  const missing = `no chromium at ${executablePath} (install Debian's chromium, or set CHROMIUM_PATH): the browser tests are skipped`;
  if (process.env.CI === 'true') throw new Error(`CI: ${missing.replace(/: the browser.*/, '')}`);
  console.warn(missing);
  return { missing };
}

export async function launchBrowser(executablePath: string): Promise<Browser> {
  // Chromium refuses its sandbox to root (containers, CI); elsewhere it keeps it.
  const args = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  return chromium.launch({ executablePath, headless: true, args });
}

export interface WatchedPage {
  page: Page;
  /** Console errors and uncaught exceptions, as text. */
  errors: string[];
  /** Requests that failed, or were answered 400 or more. */
  failed: string[];
  /** Requests to anywhere but loopback (aborted). */
  external: string[];
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** A page in a fresh context of `viewport`, watched as described above. */
export async function watchedPage(browser: Browser, viewport = DESKTOP, options: { javaScriptEnabled?: boolean } = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, javaScriptEnabled: options.javaScriptEnabled ?? true });
  const page = await context.newPage();
  const watched: WatchedPage = { page, errors: [], failed: [], external: [], close: () => context.close() };
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || LOOPBACK.has(url.hostname)) return route.continue();
    watched.external.push(url.href);
    return route.abort('blockedbyclient');
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watched.errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => watched.errors.push(`exception: ${error.message}`));
  page.on('requestfailed', (request) => {
    if (!watched.external.includes(request.url())) watched.failed.push(`${request.url()}: ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) watched.failed.push(`${response.url()}: ${response.status()}`);
  });
  return watched;
}

/** Saves what the reader sees first (the viewport) as test-results/screenshots/<name>.png and the
 *  whole page as <name>-full.png; returns their paths. */
export async function screenshot(page: Page, name: string): Promise<string[]> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const files = [path.join(SCREENSHOTS, `${name}.png`), path.join(SCREENSHOTS, `${name}-full.png`)];
  await page.screenshot({ path: files[0] });
  await page.screenshot({ path: files[1], fullPage: true });
  return files;
}

interface Violation { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }

/** axe-core's serious and critical violations on the page, one line each (rule, impact, first targets). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { AxeBuilder } = await import('@axe-core/playwright');
  const { violations } = (await new AxeBuilder({ page }).analyze()) as { violations: Violation[] };
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}
