/**
 * The README's screenshots (docs/screenshots), taken from the demo county in headless Chromium at 1440×900:
 *
 *   pnpm --filter @wuye/server screenshots [-- --db /tmp/demo.sqlite] [-- --out <dir>] [-- --only name,name]
 *
 * The server runs on a throwaway SQLite copy of the demo county as of its reference date (2026-11-15): seeded afresh,
 * or copied from `--db` (a file a previous `setupDatabase(orm, { seed: true })` made) to save the seeding time. Each
 * picture waits for what it shows (rows, figures, charts) before it is taken. Needs the built dashboard
 * (pnpm --filter @wuye/dashboard build) and Debian's chromium.
 */
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { DEMO_REFERENCE_DATE, Issue, clock, openOrm, setupDatabase } from '@wuye/db';
import { createApp } from '../src/app.js';
import { createLogger } from '../src/logging.js';
import { DEMO_PASSWORD, chromiumPath } from '../test/browser/browser.js';

const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const OUT = resolve(arg('--out') ?? new URL('../../../docs/screenshots', import.meta.url).pathname);
const ONLY = arg('--only')?.split(',');
const DASHBOARD_DIR = process.env.WUYE_DASHBOARD_DIR ?? new URL('../../dashboard/dist', import.meta.url).pathname;
// A 1×1 PNG for the evidence picture.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

clock.startAt(new Date(`${DEMO_REFERENCE_DATE}T09:00:00+08:00`));
const file = join(mkdtempSync(join(tmpdir(), 'wuye-shots-')), 'demo.sqlite');
const from = arg('--db');
if (from) copyFileSync(from, file);
const orm = await openOrm({ sqlitePath: file });
await setupDatabase(orm, { seed: !from });
const { app } = await createApp({
  orm,
  databaseKind: 'sqlite',
  dashboardDir: DASHBOARD_DIR,
  logError: (e) => console.error(e),
  logger: createLogger({ level: 'warn' }),
});
const server = createServer(app);
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: [
    '--headless',
    '--lang=zh-CN',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
mkdirSync(OUT, { recursive: true });

async function newPage(user?: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  if (user) {
    await page.goto(`${url}/`);
    await page.getByLabel(/用户名/).fill(user);
    await page.getByLabel(/密码/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL((u) => !u.hash.includes('login'), { timeout: 60_000 });
  }
  return page;
}

async function take(page: Page, name: string) {
  await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined);
  await page.waitForTimeout(400); // chart animations
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  console.log(`${name}.png`);
  await page.context().close();
}

const SHOTS: Record<string, () => Promise<void>> = {
  '01-login': async () => {
    const page = await newPage();
    await page.goto(`${url}/`);
    await page.getByText('ent_demo', { exact: true }).waitFor();
    await take(page, '01-login');
  },
  '02-public-boards': async () => {
    const page = await newPage();
    await page.goto(`${url}/#/public/boards`);
    await page
      .getByText(/黑名单/)
      .first()
      .waitFor();
    await take(page, '02-public-boards');
  },
  'regulator-kpi-dashboard': async () => {
    const page = await newPage('regulator');
    await page.locator('[data-testid="kpi-chart"] svg.recharts-surface').nth(3).waitFor({ timeout: 60_000 });
    await take(page, 'regulator-kpi-dashboard');
  },
  '11-ranking': async () => {
    const page = await newPage('regulator');
    await page.goto(`${url}/#/ranking`);
    await page.getByRole('row').nth(5).waitFor();
    await take(page, '11-ranking');
  },
  '20-my-credit': async () => {
    const page = await newPage('ent_demo');
    await page.goto(`${url}/#/my-credit`);
    await page
      .getByText(/信用分/)
      .first()
      .waitFor();
    await take(page, '20-my-credit');
  },
  '21-feedback-with-evidence': async () => {
    const issue = await orm.em.fork().findOneOrFail(Issue, { enterprise: 1, state: 'ASSIGNED' }, { orderBy: { id: 'asc' } });
    const page = await newPage('ent_demo');
    await page.goto(`${url}/#/issues/${issue.id}/show`);
    await page.getByRole('button', { name: '签收' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    await page.getByRole('button', { name: '反馈整改结果' }).click();
    await page
      .getByRole('dialog')
      .getByLabel(/整改情况说明/)
      .fill('已清理楼道堆物并张贴告示，附整改后照片。');
    await page.getByRole('dialog').locator('input[type=file]').setInputFiles({ name: '整改后.png', mimeType: 'image/png', buffer: PNG });
    await page
      .getByText(/整改后\.png/)
      .first()
      .waitFor();
    await take(page, '21-feedback-with-evidence');
  },
  '22-self-check': async () => {
    const page = await newPage('ent_demo');
    await page.goto(`${url}/#/selfChecks/create`);
    await page.getByRole('combobox', { name: /小区/ }).click();
    await page.getByRole('option').first().click();
    await page.locator('input[name="deduction-SEC-01"]').fill('2');
    await take(page, '22-self-check');
  },
  'regulator-campaign': async () => {
    const page = await newPage('regulator');
    await page.goto(`${url}/#/campaign`);
    await page.getByText('当前阶段').first().waitFor();
    await page.getByRole('table', { name: '工作节点' }).getByRole('row').nth(5).waitFor();
    await take(page, 'regulator-campaign');
  },
  'anonymous-bulletin': async () => {
    const page = await newPage();
    await page.goto(`${url}/#/public/bulletins`);
    await page.getByRole('link', { name: '2026年10月' }).click();
    await page.getByRole('table', { name: '各乡镇（街道）指标' }).getByRole('cell', { name: '全县', exact: true }).waitFor();
    await take(page, 'anonymous-bulletin');
  },
  'analyst-graphiql': async () => {
    const page = await newPage('analyst');
    await page.goto(`${url}/graphiql`);
    const example = page.locator('[data-example="kpi-by-township-month"]');
    await example.waitFor({ timeout: 60_000 });
    await page.locator('.graphiql-query-editor .monaco-editor').waitFor({ timeout: 60_000 });
    await example.click();
    await page.locator('.graphiql-execute-button').click();
    await page
      .locator('.graphiql-response')
      .getByText(/groupName/)
      .first()
      .waitFor({ timeout: 60_000 });
    await take(page, 'analyst-graphiql');
  },
  'analyst-export': async () => {
    const page = await newPage('analyst');
    await page.goto(`${url}/#/issues?filter=${encodeURIComponent(JSON.stringify({ category: 'ELEVATOR' }))}`);
    await page.getByText(/共 \d+ 条/).waitFor();
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: '导出 CSV' }).click();
    await page.getByRole('dialog').getByTestId('export-done').waitFor({ timeout: 60_000 });
    await download;
    await take(page, 'analyst-export');
  },
};

try {
  for (const [name, run] of Object.entries(SHOTS)) if (!ONLY || ONLY.includes(name)) await run();
} finally {
  await browser.close();
  server.close();
  await orm.close(true);
}
