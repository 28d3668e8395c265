import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { RouteTable } from '../../shared/src/spa-page';
import { registerCompany } from '../../server/test/accounts-helpers';
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

  it("takes the theme's colours and Mantine's global classes from the stylesheet, none written by the page", async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${app.url}/sign-in`);
    await page.getByRole('heading', { level: 1, name: en.auth.signIn.title }).waitFor();
    const seen = await page.evaluate(() => {
      const root = getComputedStyle(document.documentElement);
      const probe = document.createElement('div');
      probe.className = 'mantine-hidden-from-sm';
      document.body.append(probe);
      const hidden = getComputedStyle(probe).display;
      probe.remove();
      return {
        scheme: document.documentElement.getAttribute('data-mantine-color-scheme'),
        // The provider's variables ("true") and classes; responsive props write "inline" ones.
        written: document.querySelectorAll(
          'style[data-mantine-styles="true"], style[data-mantine-styles="classes"]',
        ).length,
        dimmed: root.getPropertyValue('--mantine-color-dimmed').trim(),
        teal: root.getPropertyValue('--mantine-color-teal-light-color').trim(),
        orange9: root.getPropertyValue('--mantine-color-orange-9').trim(),
        primary: root.getPropertyValue('--mantine-primary-color-filled').trim(),
        hidden,
      };
    });
    expect(seen).toEqual({
      scheme: 'light',
      written: 0,
      // Without the theme: gray 6 (#868e96), teal 9, orange 9 #d9480f, blue 6 (#228be6).
      dimmed: '#495057',
      teal: '#066649',
      orange9: '#c2410c',
      primary: '#1971c2',
      hidden: 'none',
    });
  });

  it('loads a language in parts and never shows a key instead of a text', async () => {
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
    // Three parts per language (the first, the request list's, the rest), each fetched once
    // per page load: twice for English.
    expect(new Set(texts.filter((url) => url.includes('/en-'))).size).toBe(3);
    expect(new Set(texts.filter((url) => url.includes('/pl-'))).size).toBe(3);
  });

  it("starts a signed-in page signed in and in the person's language, with no Viewer round trip", async () => {
    const { browser: session } = await registerCompany(app, { locale: 'hu' });
    const [name, value] = session.cookie!.split('=') as [string, string];
    await page.context().addCookies([{ name, value, url: app.url }]);
    const operations: string[] = [];
    const texts: string[] = [];
    page.on('request', (req) => {
      if (req.url().endsWith('/graphql') && req.method() === 'POST') {
        operations.push((req.postDataJSON() as { operationName?: string }).operationName ?? '?');
      }
      if (/\/assets\/(en|uk|hu|pl)-[\w-]+\.js$/.test(req.url())) texts.push(req.url());
    });
    // Every heading the page ever shows: an English one before the Hungarian one counts.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { headingsSeen: string[] }).headingsSeen = seen;
      new MutationObserver(() => {
        for (const h of document.querySelectorAll('h1')) {
          if (h.textContent && !seen.includes(h.textContent)) seen.push(h.textContent);
        }
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    // The request list waits for the first part of the texts and its own, not for the rest
    // (every other page's texts), which is held back here until the list is on screen.
    const table = JSON.parse(
      fs.readFileSync(path.join(clientDist, 'first-route.json'), 'utf8'),
    ) as RouteTable;
    const [, rest, requests] = (table.locales.hu ?? []).map((i) => table.files[i]!);
    let releaseRest = () => {};
    const restHeld = new Promise<void>((resolve) => (releaseRest = resolve));
    let restDelivered = false;
    await page.route(`**/${rest}`, async (route) => {
      await restHeld;
      restDelivered = true;
      await route.continue();
    });
    // An English browser, a Hungarian representative: the page is Hungarian from the start.
    await page.goto(`${app.url}/requests`);
    await page.getByRole('heading', { level: 1, name: hu.requests.list.title }).waitFor();
    await page.getByText(hu.requests.list.introMine).waitFor();
    await page.getByRole('button', { name: new RegExp(hu.requests.filters.statusOpen) }).waitFor();
    expect(restDelivered).toBe(false);
    expect(texts.some((url) => url.endsWith(`/${requests}`))).toBe(true);
    expect(await page.locator('#main-content').innerText()).not.toMatch(
      new RegExp(`\\b(${Object.keys(en).join('|')})\\.[a-zA-Z]`),
    );
    releaseRest();
    expect(operations).not.toContain('Viewer');
    expect(texts.every((url) => url.includes('/hu-'))).toBe(true);
    expect(await page.getAttribute('html', 'lang')).toBe('hu');
    expect(
      await page.evaluate(() => (window as unknown as { headingsSeen: string[] }).headingsSeen),
    ).toEqual([hu.requests.list.title]);
    // Signed out (the cookie gone): the same address asks for sign-in, and the app asked the
    // server who is signed in, as the page carried no viewer.
    await page.context().clearCookies();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: hu.auth.signIn.title }).waitFor();
    expect(operations).toContain('Viewer');
  });

  it("loads the language's date data while the page waits for its code, not in the list's first render", async () => {
    const { browser: session } = await registerCompany(app, { locale: 'hu' });
    const [name, value] = session.cookie!.split('=') as [string, string];
    await page.context().addCookies([{ name, value, url: app.url }]);
    // Who builds the page's first relative time formatter (the one that loads ICU's data), in
    // which language, and whether the app had rendered by then.
    await page.addInitScript(() => {
      const built: Array<{ locale: string; stack: string; appRendered: boolean }> = [];
      (window as unknown as { formatters: typeof built }).formatters = built;
      const Original = Intl.RelativeTimeFormat;
      (Intl as { RelativeTimeFormat: unknown }).RelativeTimeFormat = class extends Original {
        constructor(locale?: string | string[], options?: Intl.RelativeTimeFormatOptions) {
          super(locale, options);
          built.push({
            locale: String(locale),
            stack: new Error().stack ?? '',
            appRendered: document.querySelector('#main-content') !== null,
          });
        }
      };
    });
    // A slow network: the app's entry arrives half a second after the page.
    await page.route(/\/assets\/main-[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await route.continue();
    });
    await page.goto(`${app.url}/requests`);
    await page.getByRole('heading', { level: 1, name: hu.requests.list.title }).waitFor();
    const [first] = await page.evaluate(
      () => (window as unknown as { formatters: Array<Record<string, unknown>> }).formatters,
    );
    expect(first).toMatchObject({ locale: 'hu', appRendered: false });
    expect(first!.stack).toMatch(/\/assets\/boot-[\w-]+\.js/);
    // Signed out, sign-in shows no date: nothing loaded for it (in the language chosen before).
    await page.context().clearCookies();
    await page.goto(`${app.url}/sign-in`);
    await page.getByRole('heading', { level: 1, name: hu.auth.signIn.title }).waitFor();
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { formatters: [] }).formatters)).toEqual(
      [],
    );
  });

  it("paints the request list's heading with the page, where the list's own then takes over", async () => {
    const { browser: session } = await registerCompany(app, {
      locale: 'pl',
      companyName: 'Volt Parts Sp. z o.o.',
    });
    const [name, value] = session.cookie!.split('=') as [string, string];
    const intro = pl.requests.list.introMine;
    type Box = { x: number; y: number; width: number; height: number };
    const boxes = (selector: string) =>
      `[...document.querySelectorAll(${JSON.stringify(selector)})].map((e) => e.getBoundingClientRect().toJSON())`;
    // A phone and a desktop, with the browser's default text size and with a larger one.
    for (const [width, height, textSize] of [
      [412, 823, 16],
      [1280, 900, 16],
      [412, 823, 20],
      [1280, 900, 20],
    ] as const) {
      const context = await browser.newContext({ locale: 'en-US', viewport: { width, height } });
      await context.addCookies([{ name, value, url: app.url }]);
      await context.addInitScript((size: number) => {
        document.addEventListener('DOMContentLoaded', () => {
          const style = document.createElement('style');
          style.textContent = `html { font-size: ${size}px; }`;
          document.head.append(style);
        });
      }, textSize);
      // Before any script has run: the heading and introduction the server wrote.
      const bare = await context.newPage();
      await bare.route('**/assets/*.js', (route) => route.abort());
      await bare.goto(`${app.url}/requests`);
      const written = bare.locator('#first-heading');
      expect(await written.locator('h1').textContent()).toBe(pl.requests.list.title);
      expect(await written.locator('p').textContent()).toBe(intro);
      expect(await written.isVisible()).toBe(true);
      const before = (await bare.evaluate(boxes('#first-heading h1, #first-heading p'))) as Box[];
      // The app: its own heading in the same place, the written one gone, nothing shifted.
      const full = await context.newPage();
      await full.addInitScript(() => {
        const w = window as unknown as { shifts: number };
        w.shifts = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as Array<{ value: number }>)
            w.shifts += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await full.goto(`${app.url}/requests`);
      await full.getByRole('heading', { level: 1, name: pl.requests.list.title }).waitFor();
      await full.getByText(intro).waitFor();
      await full.getByRole('link', { name: pl.requests.list.new }).waitFor();
      expect(await full.locator('#first-heading').count()).toBe(0);
      expect(await full.locator('h1').count()).toBe(1);
      const after = (await full.evaluate(boxes('#requests-title, #requests-title + p'))) as Box[];
      expect(after).toHaveLength(2);
      // Within a pixel (the browser rounds the user menu's text lines at 20 px).
      after.forEach((box, i) => {
        const was = before[i]!;
        const off = [box.x - was.x, box.y - was.y, box.height - was.height].map(Math.abs);
        expect(Math.max(...off)).toBeLessThanOrEqual(1);
      });
      expect(
        await full.evaluate(() => (window as unknown as { shifts: number }).shifts),
      ).toBeLessThan(0.1);
      await context.close();
    }
  });

  it("opens the user menu, whose code loads on intent, once for a mouse's press and a finger's tap", async () => {
    const { browser: session } = await registerCompany(app, { locale: 'en' });
    const [name, value] = session.cookie!.split('=') as [string, string];
    const context = await browser.newContext({ locale: 'en-US', hasTouch: true });
    await context.addCookies([{ name, value, url: app.url }]);
    const tab = await context.newPage();
    // The menu's chunk is held until the test lets it through.
    let release: (() => void) | null = null;
    let arrived = false;
    await tab.route(/\/assets\/UserMenuDropdown-[\w-]+\.js$/, async (route) => {
      await new Promise<void>((resolve) => (release = resolve));
      await route.continue();
      arrived = true;
    });
    const letThrough = async () => {
      for (let i = 0; i < 100 && !release; i++) await tab.waitForTimeout(20);
      expect(release).not.toBeNull(); // the press asked for it
      release!();
      release = null;
    };
    const menu = tab.getByRole('menu');
    const button = tab.locator('.user-menu-button');
    const box = async () => {
      const b = (await button.boundingBox())!;
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    };
    const arrival = async () => {
      for (let i = 0; i < 100 && !arrived; i++) await tab.waitForTimeout(20);
      await tab.waitForTimeout(200);
    };

    // A mouse: the press, then the code arrives and replaces the button, then the release.
    await tab.goto(`${app.url}/requests`);
    await tab.getByRole('heading', { level: 1, name: en.requests.list.title }).waitFor();
    const at = await box();
    await tab.mouse.move(at.x, at.y);
    await tab.mouse.down();
    await letThrough();
    await arrival();
    await tab.mouse.up();
    await menu.getByRole('menuitem', { name: en.userMenu.signOut }).waitFor();
    await tab.waitForTimeout(300);
    expect(await menu.isVisible()).toBe(true);

    // A finger (a new page load, the chunk held again): the tap's press, the code's arrival,
    // the release; the tap's click reaches the menu's own button, which opens it, once.
    arrived = false;
    await tab.goto(`${app.url}/requests`);
    await tab.getByRole('heading', { level: 1, name: en.requests.list.title }).waitFor();
    const cdp = await context.newCDPSession(tab);
    const point = await box();
    const touch = (type: 'touchStart' | 'touchEnd') =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x: point.x, y: point.y }],
      });
    await touch('touchStart');
    await letThrough();
    await arrival();
    await touch('touchEnd');
    await menu.getByRole('menuitem', { name: en.userMenu.signOut }).waitFor();
    await tab.waitForTimeout(300);
    expect(await menu.isVisible()).toBe(true);
    await context.close();
  });

  it("preloads every chunk of the page it moves to at once, a layout's and its child page's", async () => {
    const { browser: session } = await registerCompany(app, { locale: 'en' });
    const [name, value] = session.cookie!.split('=') as [string, string];
    await page.context().addCookies([{ name, value, url: app.url }]);
    const table = JSON.parse(
      fs.readFileSync(path.join(clientDist, 'first-route.json'), 'utf8'),
    ) as RouteTable;
    // /shop is the shop's layout and, inside it, the catalogue: both pages' chunks.
    const shop = (table.routes.find(([pattern]) => new RegExp(pattern).test('/shop'))?.[1] ?? [])
      .map((i) => table.files[i]!)
      .map((file) => `/${file}`);
    const catalogue = shop.find((file) => /\/CataloguePage-[\w-]+\.js$/.test(file));
    expect(shop.some((file) => /\/ShopLayout-[\w-]+\.js$/.test(file))).toBe(true);
    expect(catalogue).toBeDefined();

    const requested = new Set<string>();
    page.on('request', (req) => requested.add(new URL(req.url()).pathname));
    await page.goto(`${app.url}/requests`);
    await page.getByRole('heading', { level: 1, name: en.requests.list.title }).waitFor();
    await page.waitForLoadState('networkidle');
    const loadedBefore = new Set(requested);
    // The catalogue's own chunk is held: what it imports is asked for all the same, with the
    // layout's, before the browser could read that chunk's imports.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(`**${catalogue}`, async (route) => {
      await held;
      await route.continue();
    });
    await page.getByRole('link', { name: en.nav.shop }).first().click();
    const wanted = shop.filter((file) => file !== catalogue && !loadedBefore.has(file));
    for (let i = 0; i < 100 && !wanted.every((file) => requested.has(file)); i++) {
      await page.waitForTimeout(50);
    }
    expect(wanted.filter((file) => !requested.has(file))).toEqual([]);
    expect(requested.has(catalogue!)).toBe(true);
    release();
    await page.getByRole('heading', { level: 1, name: en.shop.catalogue.title }).waitFor();
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
