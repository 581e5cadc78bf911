import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, shot, startStage, type Stage } from './browser.js';

/** The agency's leasing KPIs on the demo data (issue 14 §9, §10): the head reads the cards and charts. */
let stage: Stage;
beforeAll(async () => {
  stage = await startStage();
});
afterAll(async () => stage?.stop());

describe('leasing KPIs', () => {
  it('the working group head opens 租赁指标 and reads occupancy, on-time collection, arrears and income with charts', async () => {
    const page = await stage.newPage();
    await login(page, stage.url, 'agency_head');
    await page.getByRole('menuitem', { name: '租赁指标' }).click();
    await expect.poll(() => page.getByRole('region', { name: '出租率' }).isVisible(), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => page.getByRole('region', { name: '出租率' }).textContent(), { timeout: 30_000 }).toContain('77.5%');
    await expect.poll(() => page.getByRole('region', { name: '出租率' }).textContent()).toContain('已出租 31 / 共 40 间');
    await expect.poll(() => page.getByRole('region', { name: '按期收缴率（本年）' }).textContent()).toMatch(/\d+\.\d%/);
    await expect.poll(() => page.getByRole('region', { name: '欠租', exact: true }).textContent()).toContain('2 份合同逾期未交');
    await expect.poll(() => page.getByRole('region', { name: '租金收入（本年累计）' }).textContent()).toMatch(/同比 \+\d+\.\d%/);
    // The charts: income by month, on-time collection by month, arrears by age.
    await expect.poll(() => page.locator('[data-testid="lease-kpi-chart"] .recharts-wrapper').count(), { timeout: 30_000 }).toBe(3);
    await shot(page, 'leasing-kpis');
    // A date a year earlier: fewer units let.
    await page.getByLabel('统计日期').fill('2025-11-15');
    await expect.poll(() => page.getByRole('region', { name: '出租率' }).textContent(), { timeout: 30_000 }).toContain('已出租 21 / 共 40 间');
  });
});
