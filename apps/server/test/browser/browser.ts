import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DEMO_REFERENCE_DATE, clock, openOrm, setupDatabase } from '@wuye/db';
import { createApp } from '../../src/app.js';
import { createLogger } from '../../src/logging.js';

export const DEMO_PASSWORD = 'Demo@2026pass';
/** The built dashboard; WUYE_DASHBOARD_DIR lets parallel work build into its own directory. */
const DASHBOARD_DIR = process.env.WUYE_DASHBOARD_DIR ?? new URL('../../../dashboard/dist', import.meta.url).pathname;
export const SHOTS_DIR = new URL('../../test-results/screenshots', import.meta.url).pathname;

/** Debian's chromium, started the way this intranet needs: no sandbox (root), no background network. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('Chromium not found: install Debian’s `chromium` package (scripts/test-all.sh does as root) or set CHROMIUM_PATH');
  return found;
}

export interface Stage {
  url: string;
  orm: MikroORM;
  browser: Browser;
  /** A fresh browser context (no token) per role, so journeys do not share sessions. */
  newPage: () => Promise<Page>;
  /** Outbound requests seen by any page: must stay empty on an intranet. */
  external: string[];
  stop: () => Promise<void>;
}

/**
 * `fromDb`: copy this already seeded demo database instead of seeding afresh (benchmarks and screenshots). Journeys take
 * it from WUYE_BROWSER_DEMO_DB when set: a copy of a demo county seeded once (as of its reference date), so a run of
 * several journey files does not seed the county again for each (minutes on a loaded machine).
 */
export async function startStage(options: { fromDb?: string } = {}): Promise<Stage> {
  const fromDb = options.fromDb ?? (process.env.WUYE_BROWSER_DEMO_DB || undefined);
  if (!existsSync(join(DASHBOARD_DIR, 'index.html'))) {
    throw new Error(`The dashboard is not built (${DASHBOARD_DIR}); run: pnpm --filter @wuye/dashboard build`);
  }
  mkdirSync(SHOTS_DIR, { recursive: true });
  // The demo county is made as of its reference date: the server under test runs from that morning, whatever day it is.
  clock.startAt(new Date(`${DEMO_REFERENCE_DATE}T09:00:00+08:00`));
  const dir = mkdtempSync(join(tmpdir(), 'wuye-browser-'));
  if (fromDb) copyFileSync(fromDb, join(dir, 'demo.sqlite'));
  const orm = await openOrm({ sqlitePath: join(dir, 'demo.sqlite') });
  await setupDatabase(orm, { seed: !fromDb });
  const { app } = await createApp({
    orm,
    databaseKind: 'sqlite',
    dashboardDir: DASHBOARD_DIR,
    logError: (e) => console.error(e),
    logger: createLogger({ level: 'warn' }),
  });
  const server: Server = createServer(app);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--lang=zh-CN',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const external: string[] = [];
  const newPage = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    page.on('request', (r) => {
      if (!r.url().startsWith(url) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) external.push(r.url());
    });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    return page;
  };
  return {
    url,
    orm,
    browser,
    newPage,
    external,
    stop: async () => {
      await browser.close();
      await new Promise<void>((ok) => server.close(() => ok()));
      await orm.close(true);
      clock.startAt(null);
    },
  };
}

export async function login(page: Page, url: string, username: string): Promise<void> {
  await page.goto(`${url}/`);
  await page.getByLabel(/用户名/).fill(username);
  await page.getByLabel(/密码/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((u) => !u.hash.includes('login'), { timeout: 20_000 });
}

export async function shot(page: Page, name: string): Promise<void> {
  // The picture is documentation: the journey has asserted what it shows. On a loaded machine a page that keeps a
  // connection busy (GraphiQL's editor workers) may not go idle in time; the screenshot is taken anyway.
  await page.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => undefined);
  await page.screenshot({ path: join(SHOTS_DIR, `${name}.png`), fullPage: false });
}
