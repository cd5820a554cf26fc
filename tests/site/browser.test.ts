/// <reference lib="dom" />
// What a reader sees, in a real browser: the site served by `serve` on loopback, opened in Debian's
// chromium. No console errors, no failed requests, no request leaving loopback, no serious or
// critical axe-core violation; screenshots at desktop and phone widths in test-results/screenshots/.
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSite, type SiteServer } from '../../src/serve/server.js';
import { buildSergeSite } from '../helpers/serge-site.js';
import { DESKTOP, findChromium, launchBrowser, PHONE, SCREENSHOTS, screenshot, seriousViolations, watchedPage, type WatchedPage } from '../helpers/browser.js';

const chromium = findChromium();
const describeBrowser = 'missing' in chromium ? describe.skip : describe;
const FIXTURE = path.resolve('tests/fixtures/site');

describeBrowser('the browser harness', { timeout: 60_000 }, () => {
  let browser: Browser;
  let server: SiteServer;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser((chromium as { executablePath: string }).executablePath), serveSite({ site: FIXTURE, port: 0 })]);
  }, 60_000);
  afterAll(async () => Promise.all([browser?.close(), server?.close()]));

  it('records requests that leave loopback, console errors and failed requests', async () => {
    const watched = await watchedPage(browser);
    await watched.page.goto(server.url);
    await watched.page.setContent(`<img src="https://example.org/tracker.png" alt=""><img src="${server.url}missing.png" alt=""><script>console.error("broken")</script>`);
    await watched.page.waitForTimeout(200);
    expect(watched.external).toEqual(['https://example.org/tracker.png']);
    expect(watched.failed).toEqual([`${server.url}missing.png: 404`]);
    // chromium logs each failed load as a console error too
    expect(watched.errors).toEqual(expect.arrayContaining([expect.stringMatching(/^console: broken/)]));
    await watched.close();
  });

  it('finds axe-core violations where there are some', async () => {
    const watched = await watchedPage(browser);
    await watched.page.goto(server.url);
    await watched.page.setContent('<html><body><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><a href="x"></a></body></html>');
    expect((await seriousViolations(watched.page)).map((v) => v.split(' ')[0])).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt', 'link-name']));
    await watched.close();
  });
});

/** The reader's checks of a site's person page for Victor Serge; `site` is served for the suite. */
export function sergeSuite(name: string, site: () => Promise<string>) {
  describeBrowser(name, { timeout: 90_000 }, () => {
    let browser: Browser;
    let server: SiteServer;
    const pages: WatchedPage[] = [];
    const open = async (address: string, viewport = DESKTOP, options: { javaScriptEnabled?: boolean } = {}) => {
      const watched = await watchedPage(browser, viewport, options);
      pages.push(watched);
      const response = await watched.page.goto(new URL(address, server.url).href);
      expect(response?.status()).toBe(200);
      return watched;
    };
    beforeAll(async () => {
      const root = await site();
      [browser, server] = await Promise.all([launchBrowser((chromium as { executablePath: string }).executablePath), serveSite({ site: root, port: 0 })]);
    }, 300_000);
    afterAll(async () => Promise.all([browser?.close(), server?.close()]));

    it('opens the person from the IRI path (303 to the page), in English, with the birth date', async () => {
      const { page } = await open('entity/victor-serge');
      expect(new URL(page.url()).pathname).toBe('/entity/victor-serge.html');
      expect(await page.locator('html').getAttribute('lang')).toMatch(/^[a-z]{2,3}(-|$)/);
      await expect.poll(() => page.locator('h1').innerText()).toContain('Victor Serge');
      expect(await page.locator('main').innerText()).toMatch(/30 December 1890|December 30, 1890|1890-12-30/);
    });

    it('shows both expulsion years, and on the expulsion\'s page their ranks, the deprecated struck through', async () => {
      const { page } = await open('entity/victor-serge.html');
      const expulsion = page.locator('li.claim').filter({ hasText: /expulsion from the Communist Party/ });
      expect(await expulsion.allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/1928/), expect.stringMatching(/1927/)]));
      // The years are a conflict about the event's date: ranked where that date is stated.
      await expulsion.first().locator('.value a').first().click();
      await page.waitForURL(/expulsion-from-the-party-1928\.html$/);
      const rankOf = async (year: string) => (await page.locator('li.claim').filter({ has: page.locator(`time[datetime="${year}"]`) }).first().locator('.rank').first().innerText()).trim();
      expect(await rankOf('1928')).toBe('preferred');
      expect(await rankOf('1927')).toBe('normal');
      for (const address of ['entity/victor-serge.html', 'entity/expulsion-from-the-party-1928.html']) {
        await page.goto(new URL(address, server.url).href);
        const deprecated = page.locator('.rank', { hasText: /^deprecated$/ });
        for (const rank of await deprecated.all()) {
          const struck = rank.locator('xpath=ancestor::li[1]').locator('del, .deprecated').first();
          expect(await struck.evaluate((e) => getComputedStyle(e).textDecorationLine)).toContain('line-through');
        }
      }
    });

    it('reveals a verbatim quote when its sources summary is clicked, without script', async () => {
      const { page } = await open('entity/victor-serge.html', DESKTOP, { javaScriptEnabled: false });
      const sources = page.locator('details.sources').first();
      const quote = sources.locator('blockquote[lang]').first();
      expect(await quote.isVisible()).toBe(false);
      await sources.locator('summary').click();
      expect(await quote.isVisible()).toBe(true);
      expect((await quote.innerText()).length).toBeGreaterThan(5);
    });

    it('labels its figures and links their marks', async () => {
      const { page } = await open('entity/victor-serge.html');
      const figures = await page.locator('main svg').all();
      expect(figures.length, 'the person page has its figures').toBeGreaterThan(0);
      for (const figure of figures) {
        // role="img" makes the marks presentational, so a figure with links is a group (axe: nested-interactive).
        expect(await figure.getAttribute('role')).toMatch(/^(img|group)$/);
        const labels = ((await figure.getAttribute('aria-labelledby')) ?? '').split(/\s+/).filter(Boolean);
        expect(labels.length).toBeGreaterThan(0);
        for (const id of labels) expect(await page.locator(`[id="${id}"]`).textContent()).toMatch(/\S/);
        expect(await figure.locator(':scope > title').count()).toBe(1);
        for (const mark of await figure.locator('a').all()) expect(await mark.getAttribute('href')).toMatch(/\S/);
      }
    });

    it('has links that resolve (a sample of them, 200)', async () => {
      const { page } = await open('entity/victor-serge.html');
      // getAttribute, not .href: an SVG link's href is an SVGAnimatedString.
      const hrefs = await page.locator('a[href]').evaluateAll((links) => [...new Set(links.map((a) => new URL(a.getAttribute('href')!, document.baseURI).href))]);
      const internal = hrefs.filter((href) => href.startsWith(server.url));
      expect(internal.length).toBeGreaterThan(2);
      expect(hrefs.filter((href) => !href.startsWith(server.url) && !/^https?:/.test(href))).toEqual([]);
      // Every link on a small page; an even spread of 40 on a large one.
      const step = Math.max(1, Math.ceil(internal.length / 40));
      for (const href of internal.filter((_, i) => i % step === 0)) {
        const response = await page.request.get(href, { headers: { accept: 'text/html' } });
        expect(response.status(), href).toBe(200);
      }
    });

    it('screenshots the index and the person at desktop and phone widths', async () => {
      for (const [address, name] of [['', 'index'], ['entity/victor-serge.html', 'victor-serge']] as const) {
        for (const [viewport, width] of [[DESKTOP, 'desktop'], [PHONE, 'phone']] as const) {
          const { page } = await open(address, viewport);
          await screenshot(page, `${name}-${width}`);
          // Usable on a phone: nothing wider than the screen.
          if (width === 'phone') expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
        }
      }
      // The timeline alone, as the README shows it (docs/images/victor-serge-timeline.png is a copy).
      const { page } = await open('entity/victor-serge.html', DESKTOP);
      const timeline = page.locator('svg.ll-timeline');
      expect(await timeline.count()).toBe(1);
      await timeline.screenshot({ path: path.join(SCREENSHOTS, 'victor-serge-timeline.png') });
    });

    // axe-core takes tens of seconds on the person's page (320 KB, every source in the DOM): one run
    // per page, at the phone width, on the index, the person and an event. The pages share one
    // stylesheet and one layout; a source's page (seed-000: 1 MB, 400 claims) would take minutes.
    it.each(['', 'entity/victor-serge.html', 'entity/expulsion-from-the-party-1928.html'])(
      'has no serious or critical axe-core violation on /%s', { timeout: 180_000 }, async (address) => {
        const { page } = await open(address, PHONE);
        expect(await seriousViolations(page)).toEqual([]);
      });

    it('searches offline from the index', async () => {
      const { page } = await open('');
      const box = page.locator('input[type="search"]').first();
      await box.fill('Serge');
      await expect.poll(() => page.locator('a', { hasText: 'Victor Serge' }).count()).toBeGreaterThan(0);
    });

    // Last: the pages every test above opened.
    it('had no console error, failed request or request leaving loopback on any page', () => {
      expect(pages.length).toBeGreaterThan(5);
      for (const watched of pages) {
        expect(watched.errors, `console errors on ${watched.page.url()}`).toEqual([]);
        expect(watched.failed, `failed requests on ${watched.page.url()}`).toEqual([]);
        expect(watched.external, `requests leaving loopback from ${watched.page.url()}`).toEqual([]);
      }
    });
  });
}

sergeSuite('Victor Serge on the site built from data/', buildSergeSite);
