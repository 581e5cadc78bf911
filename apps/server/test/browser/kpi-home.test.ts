import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOTS_DIR, login, shot, startStage, type Stage } from './browser.js';

/** The dashboard home of each role (issue 5 item 3, issue 7 item 3). */
let stage: Stage;
beforeAll(async () => {
  stage = await startStage();
});
afterAll(async () => stage?.stop());

describe('KPI home', () => {
  it('the cards are asked for first; the charts only once the cards have answered (one SQLite connection serves all)', async () => {
    const page = await stage.newPage();
    const events: string[] = [];
    const operation = (body: string | null) => /query (Kpi\w+|IssuesByCategory|CampaignTimeline)\b/.exec(body ?? '')?.[1] ?? null;
    page.on('request', (r) => {
      const op = r.url().includes('/graphql') ? operation(r.postData()) : null;
      if (op) events.push(`request ${op}`);
    });
    page.on('requestfinished', (r) => {
      const op = r.url().includes('/graphql') ? operation(r.postData()) : null;
      if (op) events.push(`answered ${op}`);
    });
    await login(page, stage.url, 'regulator');
    await expect.poll(() => page.getByRole('region', { name: '问题销号率' }).isVisible(), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => page.locator('[data-testid="kpi-chart"] svg.recharts-surface').count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(5);
    const cardsAnswered = events.indexOf('answered KpiCards');
    expect(cardsAnswered).toBeGreaterThanOrEqual(0);
    for (const chart of ['KpiTrend', 'KpiTownships', 'IssuesByCategory', 'CampaignTimeline']) {
      expect(events.indexOf(`request ${chart}`), chart).toBeGreaterThan(cardsAnswered);
    }
  });

  it('the regulator reads the KPI cards and charts, and changes the period', async () => {
    const page = await stage.newPage();
    await login(page, stage.url, 'regulator');
    await expect.poll(() => page.getByRole('heading', { name: /KPI 看板/ }).isVisible(), { timeout: 30_000 }).toBe(true);
    const closeOff = page.getByRole('region', { name: '问题销号率' });
    await expect.poll(() => closeOff.isVisible(), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => closeOff.textContent()).toMatch(/(\d+\.\d%|—)/);
    await expect
      .poll(() =>
        closeOff
          .getByText(/达标|未达标|无数据/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await expect.poll(() => page.getByRole('region', { name: '逾期未销号问题' }).isVisible()).toBe(true);
    const committee = page.getByRole('region', { name: '业主委员会组建率' });
    await expect.poll(() => committee.textContent()).toMatch(/\d+\.\d%/);
    await expect
      .poll(() =>
        page
          .getByRole('region', { name: '信用等级分布' })
          .getByText(/AAA \d+/)
          .isVisible(),
      )
      .toBe(true);
    await expect.poll(() => page.getByText('统计范围：全县').isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('combobox', { name: '乡镇（街道）' }).textContent()).toBe('全县');
    // The charts are lazy: wait for their SVGs (trend, townships, categories, campaign, grades).
    await expect.poll(() => page.locator('[data-testid="kpi-chart"] svg.recharts-surface').count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(5);
    await expect
      .poll(() =>
        page
          .getByText(/当前阶段：/)
          .first()
          .isVisible(),
      )
      .toBe(true);

    // It opens on the last complete month and says so; month to date is one click away, and back.
    await expect.poll(() => page.getByRole('heading', { name: /KPI 看板 · 2026年10月/ }).isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('kpi-period-note').textContent()).toContain('显示上一个完整月份（2026年10月）');
    await page.getByRole('button', { name: '查看本月至今' }).click();
    await page.waitForURL((u) => u.hash.includes('period=2026-11'));
    await expect.poll(() => page.getByTestId('kpi-period-note').textContent(), { timeout: 20_000 }).toContain('2026年11月至今');
    await page.getByRole('combobox', { name: '统计期' }).click();
    await page.getByRole('option', { name: '2026年10月' }).click();
    await page.waitForURL((u) => u.hash.includes('period=2026-10'));
    await expect.poll(() => page.getByRole('heading', { name: /KPI 看板 · 2026年10月/ }).isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => page.getByText('2026-10-01 ~ 2026-10-31', { exact: false }).isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => page.locator('[data-testid="kpi-chart"] svg.recharts-surface').count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(5);
    // The whole home, cards and charts (docs/screenshots).
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: join(SHOTS_DIR, 'regulator-kpi-dashboard.png'), fullPage: true });

    // A reload keeps the filter (it lives in the URL).
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { name: /KPI 看板 · 2026年10月/ }).isVisible(), { timeout: 30_000 }).toBe(true);
  });

  it('a KPI card opens the rows it counts, and a grade bar the ranking at that grade', async () => {
    const page = await stage.newPage();
    await login(page, stage.url, 'regulator');
    // The last complete month: overdue as of its last day.
    const overdue = page.getByRole('region', { name: '逾期未销号问题' }).getByTestId('kpi-drill');
    await expect.poll(() => overdue.isVisible(), { timeout: 30_000 }).toBe(true);
    const figure = Number((await overdue.textContent())?.replace(/\D/g, ''));
    expect(figure).toBeGreaterThan(0);
    await overdue.click();
    await page.waitForURL((u) => u.hash.startsWith('#/issues'));
    expect(decodeURIComponent(page.url())).toContain('"overdueOn":"2026-10-31"');
    await expect.poll(() => page.getByText(`共 ${figure} 条`).isVisible(), { timeout: 30_000 }).toBe(true);
    await shot(page, 'kpi-drill-overdue-issues');

    // Month to date: the list's own 逾期 quick filter, lit.
    await page.goto(`${stage.url}/#/?period=2026-11`);
    const now = page.getByRole('region', { name: '逾期未销号问题' }).getByTestId('kpi-drill');
    await expect.poll(() => now.isVisible(), { timeout: 30_000 }).toBe(true);
    const today = Number((await now.textContent())?.replace(/\D/g, ''));
    await now.click();
    await page.waitForURL((u) => u.hash.startsWith('#/issues'));
    await expect.poll(() => page.getByText(`共 ${today} 条`).isVisible(), { timeout: 30_000 }).toBe(true);

    // The ranking narrowed to a grade from the URL, with the bottom-10 preset.
    await page.goto(`${stage.url}/#/ranking?grade=C`);
    await expect.poll(() => page.getByRole('combobox', { name: /^等级/ }).textContent(), { timeout: 30_000 }).toBe('C');
    await page.getByRole('button', { name: '后 10 名' }).click();
    await page.waitForURL((u) => u.hash.includes('order=worst') && u.hash.includes('perPage=10'));
  });

  it('an export of a quick-filtered list holds the rows the list shows', async () => {
    const page = await stage.newPage();
    await login(page, stage.url, 'analyst');
    await page.goto(`${stage.url}/#/issues`);
    const pager = page.getByText(/共 \d+ 条/).first();
    const total = async () => Number(/共 (\d+) 条/.exec((await pager.textContent()) ?? '')?.[1]);
    await expect.poll(() => pager.isVisible(), { timeout: 30_000 }).toBe(true);
    const all = await total();
    await page.getByRole('button', { name: '逾期', exact: true }).click();
    await page.waitForURL((u) => decodeURIComponent(u.hash).includes('"overdue":true'));
    // The pager shows the whole list until the filtered page arrives.
    await expect.poll(total, { timeout: 30_000 }).toBeLessThan(all);
    const rows = await total();
    expect(rows).toBeGreaterThan(0);
    await page.getByRole('button', { name: '导出 CSV' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByTestId('export-done').isVisible(), { timeout: 60_000 }).toBe(true);
    await expect.poll(() => dialog.textContent()).toContain(`（${rows} 行）`);
    await expect.poll(() => dialog.textContent()).toMatch(/-2026-11-\d\d\.csv/);
  });

  it('a township user sees their own slice, without the township filter', async () => {
    const page = await stage.newPage();
    await login(page, stage.url, 'township_chengguan');
    await expect.poll(() => page.getByText(/统计范围：本镇（街道）/).isVisible(), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => page.getByRole('region', { name: '问题销号率' }).isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await page.getByRole('combobox', { name: '乡镇（街道）' }).count()).toBe(0);
    await expect.poll(() => page.locator('[data-testid="kpi-chart"] svg.recharts-surface').count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
    await shot(page, 'township-kpi-home');
  });

  it('an enterprise manager lands on their firm’s home, not the county KPIs', async () => {
    const page = await stage.newPage();
    await login(page, stage.url, 'ent_demo');
    await expect.poll(() => page.getByRole('heading', { name: '青溪县安居物业服务有限公司' }).isVisible(), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => page.getByText('信用分').first().isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('heading', { name: '待整改问题（逾期在前）' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('heading', { name: '最近信用记录' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('main').getByRole('link', { name: '我的信用' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('main').getByRole('link', { name: '我的任务' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: /KPI 看板/ }).count()).toBe(0);
    await shot(page, 'enterprise-home');
  });

  it('sent no request off the server', () => {
    expect(stage.external).toEqual([]);
  });
});
