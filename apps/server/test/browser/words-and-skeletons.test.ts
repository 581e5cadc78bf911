import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { login, shot, startStage, type Stage } from './browser.js';

let stage: Stage;
beforeAll(async () => {
  stage = await startStage();
});
afterAll(async () => stage?.stop());

/** What must never reach a reader: a message key, an enum or audit code, a chart's month code, an item code alone. */
const RAW_KEY = /\b(app|resources|ra|enums)\.[a-z]+\.[a-zA-Z.]+/;
const CODE = /\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b|\bM\d{1,2}\b|\b[a-z]+[A-Z][a-zA-Z]*\.[a-z][a-zA-Z_]+\b/;

/** The lines of the main area's visible text that show a key or a code (button labels are upper-cased by CSS: left out). */
async function codesShown(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  const text = await page.locator('main, #main-content').first().innerText();
  return text.split('\n').filter((line) => RAW_KEY.test(line) || CODE.test(line.replace(/\b[A-Z]{2,}(?: [A-Z]{2,})*\b/g, (w) => (w.includes('_') ? w : ''))));
}

async function inEnglish(page: Page) {
  await page.evaluate("localStorage.setItem('RaStore.locale', JSON.stringify('en'))");
  await page.reload();
}

describe('words everywhere (English)', () => {
  it('the regulator’s home: card titles and chart labels in English words, no keys or codes', async () => {
    const page = await stage.newPage();
    await login(page, stage.url, 'regulator');
    await inEnglish(page);
    await expect.poll(() => page.getByRole('region', { name: 'Close-off rate' }).isVisible(), { timeout: 60_000 }).toBe(true);
    await expect.poll(() => page.locator('[data-testid="kpi-chart"] svg.recharts-surface').count(), { timeout: 60_000 }).toBeGreaterThanOrEqual(3);
    const ticks = (await page.locator('.recharts-cartesian-axis-tick-value').allTextContents()).map((t) => t.trim());
    expect(ticks).toContain('Nov');
    expect(ticks.filter((t) => /^M\d+$/.test(t))).toEqual([]);
    expect(ticks).toContain('Elevator');
    expect(await codesShown(page)).toEqual([]);
  });

  it('the admin’s audit log reads its actions and record kinds in words, in English and in Chinese', async () => {
    const page = await stage.newPage();
    await login(page, stage.url, 'admin');
    await page.goto(`${stage.url}/#/auditLogs`);
    await expect.poll(() => page.getByRole('cell', { name: '登录账号 · 登录' }).first().isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await codesShown(page)).toEqual([]);
    await inEnglish(page);
    await expect.poll(() => page.getByRole('cell', { name: 'Sign-in · signed in' }).first().isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await codesShown(page)).toEqual([]);
  });
});

describe('lists', () => {
  it('show the shared skeleton while a slow first page loads, then the rows; firm and community cells link to their records', async () => {
    const page = await stage.newPage();
    await login(page, stage.url, 'regulator');
    // Hold the list query back for two seconds: the body must not stay empty meanwhile.
    await page.route('**/graphql', async (route) => {
      if (/IssueList/.test(route.request().postData() ?? '')) await new Promise((ok) => setTimeout(ok, 2000));
      await route.continue();
    });
    await page.goto(`${stage.url}/#/issues`);
    await expect.poll(() => page.getByTestId('list-skeleton').isVisible(), { timeout: 20_000 }).toBe(true);
    await shot(page, 'list-skeleton');
    // The skeleton's grey rows give way to the list's own.
    await expect.poll(() => page.getByTestId('list-skeleton').count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => page.locator('tbody tr a[href*="#/enterprises/"]').count(), { timeout: 30_000 }).toBeGreaterThan(5);
    const firm = page.locator('tbody tr').first().locator('a[href*="#/enterprises/"]');
    const community = page.locator('tbody tr').first().locator('a[href*="#/communities/"]');
    await expect.poll(() => firm.count()).toBe(1);
    expect(await community.count()).toBe(1);
    const name = await firm.innerText();
    await firm.click();
    await page.waitForURL((u) => /#\/enterprises\/\d+\/show/.test(u.href), { timeout: 20_000 });
    await expect.poll(() => page.getByText(name).first().isVisible(), { timeout: 20_000 }).toBe(true);
  });
});
