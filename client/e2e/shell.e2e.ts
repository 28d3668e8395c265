import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../server/test/harness';
import en from '../src/locales/en.json';
import hu from '../src/locales/hu.json';
import pl from '../src/locales/pl.json';
import uk from '../src/locales/uk.json';
import { clientDist, describeInBrowser, ensureClientBuilt, launchBrowser } from './browser';

describeInBrowser('the portal in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  const foreignRequests: string[] = [];

  beforeAll(async () => {
    ensureClientBuilt();
    app = await startTestApp({ clientDir: clientDist });
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  beforeEach(async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    page = await context.newPage();
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (!['localhost', '127.0.0.1'].includes(url.hostname) && !url.protocol.startsWith('data')) {
        foreignRequests.push(req.url());
      }
    });
  });
  afterEach(async () => {
    await page.context().close();
  });

  it('shows the shell and the home page, and switches through all four languages', async () => {
    await page.goto(`${app.url}/`);
    await page.getByRole('heading', { level: 1, name: en.home.title }).waitFor();
    const nav = page.getByRole('navigation', { name: en.nav.label });
    for (const item of [en.nav.requests, en.nav.returns, en.nav.shop, en.nav.company]) {
      await nav.getByRole('link', { name: item }).waitFor();
    }
    // The footer shows what the server answered to the codegen'd query.
    await page.getByText('support@example.com').first().waitFor();

    for (const [locale, t] of [
      ['uk', uk],
      ['hu', hu],
      ['pl', pl],
    ] as const) {
      await page.getByRole('combobox', { name: /Language|Мова|Nyelv|Język/ }).selectOption(locale);
      await page.getByRole('heading', { level: 1, name: t.home.title }).waitFor();
      await page
        .getByRole('navigation', { name: t.nav.label })
        .getByRole('link', { name: t.nav.requests })
        .waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe(locale);
    }
    // The choice is remembered across a reload.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: pl.home.title }).waitFor();
    expect(foreignRequests).toEqual([]);
  });

  it('loads a language in two parts and never shows a key instead of a text', async () => {
    const texts: string[] = [];
    page.on('request', (req) => {
      if (/\/assets\/(en|pl)-[\w-]+\.js$/.test(req.url())) texts.push(req.url());
    });
    // A key on screen looks like "home.title": a section of the texts, a dot, a name.
    const key = new RegExp(`\\b(${Object.keys(en).join('|')})\\.[a-zA-Z]`);
    // Every text the page ever shows, not only at the end: a key that flashed counts.
    await page.addInitScript((pattern) => {
      const seen: string[] = [];
      (window as unknown as { keysSeen: string[] }).keysSeen = seen;
      const check = (text: string | null) => {
        if (text && new RegExp(pattern).test(text)) seen.push(text.slice(0, 80));
      };
      new MutationObserver((mutations) => {
        for (const m of mutations) {
          if (m.type === 'characterData') check(m.target.textContent);
          for (const node of m.addedNodes) check(node.textContent);
        }
      }).observe(document, { subtree: true, childList: true, characterData: true });
    }, key.source);
    const noKeys = async () => {
      expect(await page.locator('body').innerText()).not.toMatch(key);
      expect(
        await page.evaluate(() => (window as unknown as { keysSeen: string[] }).keysSeen),
      ).toEqual([]);
    };
    // A first visit to a page that needs the second part: it waits for it.
    await page.goto(`${app.url}/`);
    await page.getByRole('heading', { level: 1, name: en.home.title }).waitFor();
    await noKeys();
    // Sign-in shows on the first part alone. English's second part is held back from here on
    // (the first English request of this page load is the first part, the boot script's).
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let english = 0;
    await page.route(/\/assets\/en-[\w-]+\.js$/, async (route) => {
      english += 1;
      if (english > 1) await held;
      await route.continue();
    });
    await page.goto(`${app.url}/sign-in`);
    await page.getByRole('heading', { level: 1, name: en.auth.signIn.title }).waitFor();
    await noKeys();
    // To Polish (loaded whole), its home page, then back to English, whose second part has not
    // come: the page stays Polish until it has, then shows the English home page, no key.
    const language = page.getByRole('combobox', { name: /Language|Język/ });
    await language.selectOption('pl');
    await page.getByRole('heading', { level: 1, name: pl.auth.signIn.title }).waitFor();
    await page.getByRole('link', { name: pl.app.name }).click();
    await page.getByRole('heading', { level: 1, name: pl.home.title }).waitFor();
    await language.selectOption('en');
    await page.waitForTimeout(500);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(pl.home.title);
    release();
    await page.getByRole('heading', { level: 1, name: en.home.title }).waitFor();
    await noKeys();
    // Two parts per language (each fetched once per page load: twice for English).
    expect(new Set(texts.filter((url) => url.includes('/en-'))).size).toBe(2);
    expect(new Set(texts.filter((url) => url.includes('/pl-'))).size).toBe(2);
  });

  it('opens /graphiql and runs a query against the API', async () => {
    await page.goto(`${app.url}/graphiql`);
    // Monaco fills the editor after the page loads; run once the default query is in it.
    await page.waitForFunction(
      () => document.querySelector('.graphiql-query-editor')?.textContent?.includes('appInfo'),
      undefined,
      { timeout: 30_000 },
    );
    await page.getByRole('button', { name: /execute query/i }).click();
    const response = page.locator('.graphiql-response');
    // Monaco renders spaces as no-break spaces: match on words.
    await page.waitForFunction(
      () => /"locales"/.test(document.querySelector('.graphiql-response')?.textContent ?? ''),
      undefined,
      { timeout: 30_000 },
    );
    expect(await response.innerText()).toContain('appInfo');
    expect(foreignRequests).toEqual([]);
  });
});
