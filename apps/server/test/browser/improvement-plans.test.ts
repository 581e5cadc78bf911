import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ImprovementPlan, PlanAssessment, PlanMeasure } from '@wuye/db';
import { login, shot, startStage, type Stage } from './browser.js';

let stage: Stage;
beforeAll(async () => {
  stage = await startStage();
});
afterAll(async () => stage?.stop());

const RAW_KEY = /\b(app|resources|ra|enums)\.[a-z]+\.[a-zA-Z.]+/;
async function rawKeys(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  const text = await page.locator('body').innerText();
  return text.split('\n').filter((line) => RAW_KEY.test(line));
}

const LINES = ['SECURITY', 'CLEANING', 'BUILDING', 'CUSTOMER_RELATIONS', 'VALUE_ADDED'];
const OWNERS = ['李贵周', '王信娥', '马小平', '王芳', '王芳'];
const PICKED = ['RENTER_RECORDS', 'GARAGE_CCTV', 'TREE_PRUNING_PLAN', 'NOTICE_BOARD', 'OPERATING_GUIDES', 'GREENING_ADVICE'];

describe('a firm manager writes and signs off its improvement plan; the bureau sees it', () => {
  const title = `旅程提升方案 ${Date.now() % 100000}`;
  let planId = 0;
  const seen: string[] = [];
  const plan = () => stage.orm.em.fork().findOneOrFail(ImprovementPlan, { id: planId });

  it('the firm manager writes the plan from the template and starts it', async () => {
    const page = await stage.newPage();
    await login(page, stage.url, 'ent_demo');
    await page.goto(`${stage.url}/#/improvement-plans`);
    await page.getByRole('link', { name: '新建提升方案' }).click();
    await page.locator('input[name="title"]').waitFor({ timeout: 20_000 });
    await page.locator('input[name="title"]').fill(title);
    await page.locator('input[name="periodFrom"]').fill('2026-05-13');
    await page.locator('input[name="periodTo"]').fill('2026-06-30');
    await page.locator('input[name="coordinator"]').fill('李良丽');
    await page.locator('textarea[name="goals"]').fill('解决新员工多带来的服务品质延续问题；争取业主更大的满意度和美誉度。');
    for (const [i, line] of LINES.entries()) await page.locator(`input[name="owner-${line}"]`).fill(OWNERS[i]!);
    for (const code of PICKED) await page.locator(`input[name="measure-${code}"]`).check();
    seen.push(...(await rawKeys(page)));
    await shot(page, 'improvement-plan-editor');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.waitForURL((u) => /#\/improvement-plans\/\d+$/.test(u.hash), { timeout: 20_000 });
    planId = Number(/improvement-plans\/(\d+)$/.exec(page.url())![1]);
    expect((await plan()).status).toBe('DRAFT');
    expect(await stage.orm.em.fork().count(PlanMeasure, { plan: planId })).toBe(PICKED.length);

    await page.getByTestId('action-SUBMIT').click();
    await expect.poll(async () => (await plan()).status, { timeout: 20_000 }).toBe('ACTIVE');
  });

  it('records the three stages of self-assessment, completes its measures and signs the plan off for the company', async () => {
    const page = await stage.newPage();
    await login(page, stage.url, 'ent_demo');
    await page.goto(`${stage.url}/#/improvement-plans/${planId}`);
    const stages = [
      { on: '2026-05-20', scores: [78, 72, 70, 80, 75] },
      { on: '2026-06-10', scores: [85, 80, 66, 86, 78] },
      { on: '2026-06-30', scores: [90, 86, 58, 91, 82] },
    ];
    for (const [k, s] of stages.entries()) {
      const form = page.getByTestId('assess-form');
      await form.waitFor({ timeout: 20_000 });
      await form.locator('input[name="assessedOn"]').fill(s.on);
      for (const [i, line] of LINES.entries()) await form.locator(`input[name="score-${line}"]`).fill(String(s.scores[i]));
      await form.getByRole('button', { name: '记录自评' }).click();
      await expect.poll(() => stage.orm.em.fork().count(PlanAssessment, { plan: planId }), { timeout: 20_000 }).toBe((k + 1) * 5);
    }
    // Sign-off is offered only once every measure is settled: the server says why not yet.
    await expect.poll(() => page.getByTestId('action-SIGN_OFF').isDisabled(), { timeout: 20_000 }).toBe(true);
    // Drop one with a note, complete the others.
    const rows = page.getByTestId('measure-row');
    await rows.filter({ hasText: '摄像头' }).getByPlaceholder('取消原因').fill('该小区无地下车库');
    await rows.filter({ hasText: '摄像头' }).getByRole('button', { name: '取消' }).click();
    await expect.poll(() => stage.orm.em.fork().count(PlanMeasure, { plan: planId, status: 'DROPPED' }), { timeout: 20_000 }).toBe(1);
    for (let n = 1; n < PICKED.length; n++) {
      await page.getByRole('button', { name: '完成', exact: true }).first().click();
      await expect.poll(() => stage.orm.em.fork().count(PlanMeasure, { plan: planId, status: 'DONE' }), { timeout: 20_000 }).toBe(n);
    }
    const form = page.getByTestId('sign-off-form');
    await form.locator('input[name="signedBy"]').fill('陈国栋');
    await form.locator('input[name="signedOn"]').fill('2026-07-03');
    await form.locator('input[name="signOffNote"]').fill('验收合格；房管维修条线未达标，限期提升');
    await expect.poll(() => page.getByTestId('action-SIGN_OFF').isEnabled(), { timeout: 20_000 }).toBe(true);
    await page.getByTestId('action-SIGN_OFF').click();
    await expect.poll(async () => (await plan()).status, { timeout: 20_000 }).toBe('SIGNED_OFF');
    await expect.poll(() => page.getByTestId('signed-off').innerText(), { timeout: 20_000 }).toContain('房管维修服务');
    seen.push(...(await rawKeys(page)));
    await shot(page, 'improvement-plan-signed-off');
    const p = await plan();
    expect([p.signedBy, p.signedOn]).toEqual(['陈国栋', '2026-07-03']);
  });

  it('the bureau sees the plan and its progress, read-only', async () => {
    const page = await stage.newPage();
    await login(page, stage.url, 'regulator');
    await page.goto(`${stage.url}/#/improvement-plans`);
    const row = page.getByTestId('plan-row').filter({ hasText: title });
    await expect.poll(() => row.isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => row.innerText()).toContain('已验收');
    await expect.poll(() => row.innerText()).toContain('5/5');
    seen.push(...(await rawKeys(page)));
    await row.getByRole('link', { name: title }).click();
    await expect.poll(() => page.getByTestId('plan-status').innerText(), { timeout: 20_000 }).toBe('已验收');
    expect(await page.getByTestId('sign-off-form').count()).toBe(0);
    expect(await page.getByRole('link', { name: '新建提升方案' }).count()).toBe(0);
    seen.push(...(await rawKeys(page)));
    expect(seen).toEqual([]);
  });
});
