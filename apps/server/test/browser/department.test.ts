import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Complaint, ComplaintEvent } from '@wuye/db';
import { login, shot, startStage, type Stage } from './browser.js';

let stage: Stage;
beforeAll(async () => {
  stage = await startStage();
});
afterAll(async () => stage?.stop());

/** A message key that reached the page untranslated (`app.issue.note`, `resources.complaints.fields.state`, `ra.action.save`). */
const RAW_KEY = /\b(app|resources|ra|enums)\.[a-z]+\.[a-zA-Z.]+/;

/** The visible text of the page matching RAW_KEY, if any. */
async function rawKeys(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  const text = await page.locator('body').innerText();
  return text.split('\n').filter((line) => RAW_KEY.test(line));
}

const dialogConfirm = (page: Page) => page.getByRole('dialog').getByRole('button', { name: '确认' });

describe('department: a complaint routed to it, handled through to its follow-up visit', () => {
  const content = `浏览器旅程：3 号楼电梯多次困人，物业未及时处置（${Date.now()}）`;
  let complaintId: number;
  const seen: string[] = [];

  it('the bureau takes the complaint in on the intake form; the elevator category routes it to 市场监管局', async () => {
    const page = await stage.newPage();
    await login(page, stage.url, 'regulator');
    await page.goto(`${stage.url}/#/complaints/create`);
    await page.getByRole('combobox', { name: /小区/ }).click();
    await page.getByRole('option').first().click();
    await page.getByRole('combobox', { name: /类别/ }).click();
    await page.getByRole('option', { name: '电梯', exact: true }).click();
    await expect.poll(() => page.getByText(/自动分派至：市场监管局/).isVisible(), { timeout: 20_000 }).toBe(true);
    await page.getByLabel(/投诉内容/).fill(content);
    await page.getByLabel(/投诉人/).first().fill('李女士');
    await page.getByLabel(/联系电话/).fill('13800001234');
    seen.push(...(await rawKeys(page)));
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL((u) => /#\/complaints\/\d+\/show/.test(u.hash), { timeout: 20_000 });
    complaintId = Number(/complaints\/(\d+)\/show/.exec(page.url())![1]);
    const c = await stage.orm.em.fork().findOneOrFail(Complaint, { id: complaintId }, { populate: ['department'] });
    expect(c.state).toBe('ROUTED');
    expect(c.department?.name).toBe('市场监管局');
  });

  it('the department finds it in 我的任务, responds, answers it and closes it with a follow-up rating', async () => {
    const page = await stage.newPage();
    await login(page, stage.url, 'dept_scjg');
    await page.goto(`${stage.url}/#/inbox`);
    const link = page.getByRole('link', { name: content.slice(0, 20) });
    await expect.poll(() => link.isVisible(), { timeout: 20_000 }).toBe(true);
    seen.push(...(await rawKeys(page)));
    await link.click();
    await page.waitForURL((u) => u.hash.includes(`/complaints/${complaintId}/show`), { timeout: 20_000 });
    // The handling department sees the complainant in full.
    await expect.poll(() => page.getByText('13800001234').isVisible(), { timeout: 20_000 }).toBe(true);
    await shot(page, 'department-complaint');
    seen.push(...(await rawKeys(page)));

    const state = async () => (await stage.orm.em.fork().findOneOrFail(Complaint, { id: complaintId })).state;
    await page.getByRole('button', { name: '首次响应' }).click();
    await page.getByRole('dialog').getByLabel(/响应说明/).fill('已联系物业和维保单位，当日到场排查。');
    await dialogConfirm(page).click();
    await expect.poll(state, { timeout: 20_000 }).toBe('RESPONDED');

    await page.getByRole('button', { name: '答复办结' }).click();
    await page.getByRole('dialog').getByLabel(/答复内容/).fill('经查属实，已责令维保单位更换门机板并加强巡检。');
    await page.getByRole('dialog').getByLabel(/投诉属实/).check();
    await dialogConfirm(page).click();
    await expect.poll(state, { timeout: 20_000 }).toBe('RESOLVED');

    await page.getByRole('button', { name: '回访办结' }).click();
    await page.getByRole('dialog').getByRole('combobox', { name: /回访评价/ }).click();
    await page.getByRole('option', { name: '基本满意' }).click();
    await page.getByRole('dialog').getByLabel(/回访情况/).fill('电话回访，投诉人认可处理结果。');
    await shot(page, 'department-follow-up');
    await dialogConfirm(page).click();
    await expect.poll(state, { timeout: 20_000 }).toBe('CLOSED');

    const c = await stage.orm.em.fork().findOneOrFail(Complaint, { id: complaintId });
    expect(c.followUpRating).toBe('BASICALLY_SATISFIED');
    const actions = (await stage.orm.em.fork().find(ComplaintEvent, { complaint: complaintId }, { orderBy: { id: 'asc' } })).map((e) => e.action);
    expect(actions).toEqual(['RECEIVE', 'ROUTE', 'RESPOND', 'RESOLVE', 'CLOSE']);

    // The history names the follow-up visit with its rating.
    const closeRow = page.getByRole('row').filter({ hasText: '电话回访，投诉人认可处理结果。' });
    await expect.poll(() => closeRow.textContent(), { timeout: 20_000 }).toMatch(/回访办结（基本满意）/);
    await expect.poll(() => closeRow.textContent()).toMatch(/已答复 → /);
    seen.push(...(await rawKeys(page)));
  });

  it('no page showed an untranslated message key', () => {
    expect(seen).toEqual([]);
  });
});

describe('intranet', () => {
  it('no page made a request outside the server', () => {
    expect(stage.external).toEqual([]);
  });
});
