/**
 * The browser-test harness: a real Sterrenwacht (buildApp over PGlite in a temporary
 * DATA_DIR, the demo school seeded, listening on a free loopback port) and Debian's
 * Chromium driven by playwright-core (never a downloaded browser). One browser per test
 * file; a fresh browser context (own cookies) per person. axe-core runs in the page and
 * fails on serious or critical violations; screenshots go to artifacts/screenshots/
 * (git-ignored). Code that runs in the page is passed as strings, so this file needs no
 * DOM types (bench:web compiles it with the server's tsconfig).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../api/app.js';
import { dbServices } from '../../api/services.js';
import { webRoot } from '../../api/web.js';
import { loadConfig } from '../../config.js';
import { openStore, type Store } from '../../store/db.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../../demo/seed.js';
import { useFixture } from '../../testing/fixture.js';

const here = dirname(fileURLToPath(import.meta.url));
const projectRoot = resolve(here, '../../..');
export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = join(projectRoot, 'artifacts', 'screenshots');
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The two widths every page is tested and photographed at. */
export const WIDTHS = [360, 1280] as const;

/** The demo accounts by role, all with the demo password. */
export const ACCOUNTS = {
  schoolleiding: DEMO_ACCOUNTS[0].email,
  medewerker: DEMO_ACCOUNTS[1].email,
  ouder: DEMO_ACCOUNTS[2].email,
  mr: DEMO_ACCOUNTS[3].email,
} as const;
export type DemoRole = keyof typeof ACCOUNTS;

export interface WebHarness {
  /** http://127.0.0.1:PORT */
  url: string;
  app: FastifyInstance;
  store: Store;
  browser: Browser;
  /** A fresh context (own cookies) at this width, with one page open. */
  open(width?: number): Promise<{ context: BrowserContext; page: Page }>;
  /** A fresh context logged in as this role through the login form; lands on the home page. */
  as(role: DemoRole, width?: number): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

/** Build the web app when dist/public is missing (a focused test run without `npm run build`). */
async function ensureBuilt(): Promise<void> {
  if (webRoot()) return;
  const { build } = await import('vite');
  await build({ configFile: join(projectRoot, 'vite.config.ts'), logLevel: 'warn', root: join(projectRoot, 'src/web') });
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} ontbreekt: apt-get install -y chromium (/ Debian's chromium is missing)`);
  // launch() gives every browser a fresh temporary profile (user-data-dir) of its own
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' } });
}

/** Wait for `p` at most `ms`; a slower step is reported on stderr and left behind (its process ends with the worker). */
async function bounded(p: Promise<unknown>, ms: number, what: string): Promise<void> {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), ms)));
  const outcome = await Promise.race([p.then(() => 'done' as const, () => 'done' as const), late]);
  clearTimeout(timer);
  if (outcome === 'late' || Date.now() - started > 5_000) console.error(`[e2e] ${what} took ${outcome === 'late' ? `over ${ms}` : Date.now() - started} ms`);
}

export async function startWeb(opts: { demo?: boolean } = {}): Promise<WebHarness> {
  await ensureBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'sterrenwacht-e2e-'));
  const config = { ...loadConfig({ DATA_DIR: dataDir }), port: 0 };
  const store = await openStore({ dataDir });
  if (opts.demo !== false) await seedDemo(store.db);
  const app = await buildApp(config, dbServices(store.db, config));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  const open = async (width = 360): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await browser.newContext({ baseURL: url, viewport: { width, height: width < 600 ? 740 : 900 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', reducedMotion: 'reduce' });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    return { context, page };
  };
  return {
    url,
    app,
    store,
    browser,
    open,
    async as(role, width = 360) {
      const opened = await open(width);
      await login(opened.page, ACCOUNTS[role]);
      return opened;
    },
    async close() {
      // Closing the browser closes its contexts. Each step is bounded and says when it was slow: in a full,
      // loaded run the close once took over a minute and failed the hook after every test had passed.
      await bounded(browser.close(), 30_000, 'browser.close');
      await bounded(app.close(), 30_000, 'app.close');
      await bounded(store.close(), 30_000, 'store.close');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Log in through the form and wait for the page behind it. */
export async function login(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/inloggen'));
}

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** Run axe-core (WCAG 2.1 A and AA) on the page; throws on any serious or critical violation. */
export async function axe(page: Page, what: string): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, html: n.html.slice(0, 200) })) })))`)) as AxeViolation[];
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length) throw new Error(`axe (${what}): ${bad.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ') + ' ' + n.html).join(' | ')}`).join('\n')}`);
  return violations;
}

/** Nothing may scroll sideways (WCAG 1.4.10 reflow at 320–360 px). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return (await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')) as number;
}

/** A full-page screenshot into artifacts/screenshots/NAME-WIDTH.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const width = page.viewportSize()?.width ?? 0;
  const file = join(SCREENSHOTS, `${name}-${width}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * The checks every page gets at every width: axe, no sideways scroll, a screenshot.
 * Call after the page shows what it is about.
 */
export async function inspect(page: Page, name: string): Promise<void> {
  await axe(page, name);
  const overflow = await horizontalOverflow(page);
  if (overflow > 0) throw new Error(`${name}: de pagina schuift ${overflow}px opzij (/ scrolls sideways)`);
  await screenshot(page, name);
}

/**
 * The server and browser for a `describe` block: started before its tests, closed after.
 * Use it instead of a `let w; beforeAll(startWeb); afterAll(close)` preamble.
 */
export function useWeb(opts: { demo?: boolean } = {}): WebHarness {
  return useFixture({ start: () => startWeb(opts), stop: (w) => w.close(), startTimeout: 120_000, stopTimeout: 120_000 });
}

/** Follow a link of the main menu, opening the folded menu first on a narrow screen. */
export async function navigate(page: Page, label: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  const toggle = nav.getByRole('button', { name: 'Menu' });
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await nav.getByRole('link', { name: label, exact: true }).click();
}
