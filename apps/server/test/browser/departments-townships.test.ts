import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Community, Complaint, ComplaintEvent, Milestone, TownshipDataFiling, TownshipPlan, clock } from '@wuye/db';
import { login, shot, startStage, type Stage } from './browser.js';

/**
 * Issue 16 item 3: departments and townships do their own part of the campaign (seed part 7 四(一)(二)). A partner
 * department completes the milestone in its remit (and is offered no other); a township files its work plan with its
 * leader; the bureau sees every township's plan, the missing ones too; a township handles the owners' committee dispute
 * routed to it from its inbox; a township keeps the archive of its communities (数据资料收集建档), fills a gap and files the
 * archive (报送建档): the filing is listed beside the demo's earlier one, which opens read only as it was filed.
 */
let stage: Stage;
beforeAll(async () => {
  stage = await startStage();
});
afterAll(async () => stage?.stop());

const RAW_KEY = /\b(app|resources|ra|enums)\.[a-z]+\.[a-zA-Z.]+/;
async function rawKeys(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  return (await page.locator('body').innerText()).split('\n').filter((line) => RAW_KEY.test(line));
}
const dialogConfirm = (page: Page) => page.getByRole('dialog').getByRole('button', { name: '确认' });

describe('a department completes its milestone', () => {
  it('民政局 sees its own milestone first, completes it with evidence, and is offered no other department’s', async () => {
    const page = await stage.newPage();
    await login(page, stage.url, 'dept_mzj');
    await page.getByRole('menuitem', { name: '专项行动' }).click();
    await page.waitForURL((u) => u.hash.includes('/campaign'), { timeout: 20_000 });
    const milestones = page.getByRole('table', { name: '工作节点' });
    // The department filter starts at its own department: the one 民政局 milestone.
    await expect.poll(() => milestones.getByRole('row').count(), { timeout: 30_000 }).toBe(2);
    await expect.poll(() => milestones.getByText(/物业服务\+养老服务/).isVisible()).toBe(true);
    expect(await rawKeys(page)).toEqual([]);
    // All milestones: still only its own can be completed.
    await page.getByRole('combobox', { name: '按责任部门筛选' }).click();
    await page.getByRole('option', { name: '全部' }).click();
    await expect.poll(() => milestones.getByRole('row').count()).toBe(16);
    expect(await milestones.getByRole('button', { name: '标记完成' }).count()).toBe(1);
    await page.getByRole('combobox', { name: '按责任部门筛选' }).click();
    await page.getByRole('option', { name: '民政局' }).click();
    await expect.poll(() => milestones.getByRole('row').count()).toBe(2);

    await milestones.getByRole('button', { name: '标记完成' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/完成日期/).fill(clock.today());
    await dialog.getByLabel(/佐证材料/).fill('“物业服务+养老服务”试点总结报告（青民〔2026〕31号），3 个试点小区');
    await shot(page, 'department-milestone');
    await dialogConfirm(page).click();
    await expect.poll(async () => (await stage.orm.em.fork().findOneOrFail(Milestone, { code: 'M13' })).status, { timeout: 20_000 }).toBe('DONE');
    await expect.poll(() => milestones.getByText('已完成', { exact: true }).isVisible(), { timeout: 20_000 }).toBe(true);
    // Done once: the button stays, disabled, with the reason the command would give.
    await expect.poll(() => milestones.getByText('该节点已完成').isVisible()).toBe(true);
    const m13 = await stage.orm.em.fork().findOneOrFail(Milestone, { code: 'M13' });
    expect([m13.doneOn, m13.evidence]).toEqual([clock.today(), '“物业服务+养老服务”试点总结报告（青民〔2026〕31号），3 个试点小区']);
  });
});

describe('a township files its work plan', () => {
  it('城关镇 edits its draft plan and files it; the bureau then sees it filed, and the townships without a plan', async () => {
    const page = await stage.newPage();
    await login(page, stage.url, 'township_chengguan');
    await page.getByRole('menuitem', { name: '专项行动' }).click();
    await page.waitForURL((u) => u.hash.includes('/campaign'), { timeout: 20_000 });
    await page.getByRole('tab', { name: '乡镇工作方案' }).click();
    await expect.poll(() => page.getByRole('heading', { name: '本乡镇（街道）2026 年度工作方案' }).isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => page.getByText('草稿').isVisible()).toBe(true);
    expect(await rawKeys(page)).toEqual([]);

    await page.getByRole('button', { name: '修改' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/资源调配/).fill('抽调城建办干部 3 名，镇财政安排专项经费 8 万元');
    await dialogConfirm(page).click();
    await expect
      .poll(async () => (await stage.orm.em.fork().findOneOrFail(TownshipPlan, { township: { name: '城关镇' } })).resources, { timeout: 20_000 })
      .toBe('抽调城建办干部 3 名，镇财政安排专项经费 8 万元');
    await page.getByRole('button', { name: '报备' }).click();
    await dialogConfirm(page).click();
    await expect
      .poll(async () => (await stage.orm.em.fork().findOneOrFail(TownshipPlan, { township: { name: '城关镇' } })).status, { timeout: 20_000 })
      .toBe('FILED');
    // Filed: no more editing; the button stays with the reason.
    await expect.poll(() => page.getByText('已报备').first().isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => page.getByText('该工作方案已报备，不能再修改').first().isVisible()).toBe(true);
    await shot(page, 'township-plan-filed');

    const bureau = await stage.newPage();
    await login(bureau, stage.url, 'regulator');
    await bureau.getByRole('menuitem', { name: '专项行动' }).click();
    await bureau.waitForURL((u) => u.hash.includes('/campaign'), { timeout: 20_000 });
    await bureau.getByRole('tab', { name: '乡镇工作方案' }).click();
    const table = bureau.getByRole('table', { name: '各乡镇（街道）2026 年度工作方案' });
    await expect.poll(() => table.getByRole('row').count(), { timeout: 30_000 }).toBe(1 + 14);
    await expect.poll(() => table.getByText('已报备').count()).toBe(12);
    await expect.poll(() => table.getByText('未编写').count()).toBe(2);
    await expect
      .poll(() =>
        bureau
          .getByRole('article', { name: '城关镇 工作方案' })
          .getByText(/专项经费 8 万元/)
          .isVisible(),
      )
      .toBe(true);
    expect(await rawKeys(bureau)).toEqual([]);
    expect(stage.external).toEqual([]);
  });
});

describe('a township handles an owners’ committee dispute routed to it', () => {
  it('城关镇 opens the dispute from 我的任务, sees the complainant, responds and answers it', async () => {
    const content = '业委会换届选举未按规定公示候选人名单，部分业主未收到选票';
    const dispute = await stage.orm.em.fork().findOneOrFail(Complaint, { content, township: { name: '城关镇' } });
    expect([dispute.state, dispute.handledByTownship, dispute.department]).toEqual(['ROUTED', true, null]);

    const page = await stage.newPage();
    await login(page, stage.url, 'township_chengguan');
    await page.goto(`${stage.url}/#/inbox`);
    const link = page.getByRole('link', { name: content.slice(0, 20) });
    await expect.poll(() => link.isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await rawKeys(page)).toEqual([]);
    await link.click();
    await page.waitForURL((u) => u.hash.includes(`/complaints/${dispute.id}/show`), { timeout: 20_000 });
    // The township handles it (not a county group) and, handling it, sees the complainant in full.
    await expect.poll(() => page.getByText('城关镇（乡镇办理）').first().isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => page.getByText(dispute.complainantPhone!).isVisible()).toBe(true);
    expect(await rawKeys(page)).toEqual([]);

    const state = async () => (await stage.orm.em.fork().findOneOrFail(Complaint, { id: dispute.id })).state;
    await page.getByRole('button', { name: '首次响应' }).click();
    await page
      .getByRole('dialog')
      .getByLabel(/响应说明/)
      .fill('已受理，约业委会主任和投诉业主到镇城建办面谈。');
    await dialogConfirm(page).click();
    await expect.poll(state, { timeout: 20_000 }).toBe('RESPONDED');

    await page.getByRole('button', { name: '答复办结' }).click();
    await page
      .getByRole('dialog')
      .getByLabel(/答复内容/)
      .fill('经核实候选人名单未公示，已指导业委会补充公示七日后再行选举。');
    await page
      .getByRole('dialog')
      .getByLabel(/投诉属实/)
      .check();
    await shot(page, 'township-dispute');
    await dialogConfirm(page).click();
    await expect.poll(state, { timeout: 20_000 }).toBe('RESOLVED');
    const actions = (await stage.orm.em.fork().find(ComplaintEvent, { complaint: dispute.id }, { orderBy: { id: 'asc' } })).map((e) => e.action);
    expect(actions).toEqual(['RECEIVE', 'ROUTE', 'RESPOND', 'RESOLVE']);
    expect(stage.external).toEqual([]);
  });
});

describe('a township collects data for its communities (数据资料收集建档)', () => {
  it('城关镇 sees its archive with the gaps, fills a community’s management office on its record, and the gap is gone; the bureau sees every township', async () => {
    // A community of 城关镇 whose management office (物业管理用房) is not recorded: the demo's old communities lack it often.
    const missing = await stage.orm.em
      .fork()
      .findOneOrFail(Community, { township: { name: '城关镇' }, officeArea: null }, { orderBy: { name: 'asc', id: 'asc' } });
    const page = await stage.newPage();
    await login(page, stage.url, 'township_chengguan');
    await page.getByRole('menuitem', { name: '专项行动' }).click();
    await page.waitForURL((u) => u.hash.includes('/campaign'), { timeout: 20_000 });
    await page.getByRole('tab', { name: '数据建档' }).click();
    await expect.poll(() => page.getByRole('heading', { name: '本乡镇（街道）物业管理数据建档' }).isVisible(), { timeout: 30_000 }).toBe(true);
    const summary = page.getByRole('definition').filter({ hasText: /个小区，合计/ });
    await expect.poll(() => summary.isVisible(), { timeout: 20_000 }).toBe(true);
    const table = page.getByRole('table', { name: '城关镇小区档案' });
    await page.getByLabel('只看待补录').check();
    const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: missing.name, exact: true }) });
    await expect.poll(() => row.getByText('缺物业管理用房').isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await rawKeys(page)).toEqual([]);
    await shot(page, 'township-data');

    await row.getByRole('link', { name: `补录 ${missing.name}` }).click();
    await page.waitForURL((u) => u.hash.includes(`/communities/${missing.id}`), { timeout: 20_000 });
    const office = page.getByLabel('物业管理用房面积（㎡）');
    await expect.poll(() => office.isVisible(), { timeout: 20_000 }).toBe(true);
    await office.fill('36.5');
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(async () => (await stage.orm.em.fork().findOneOrFail(Community, { id: missing.id })).officeArea, { timeout: 20_000 }).toBe(36.5);
    // The save's redirect to the record comes after the commit: leaving before it lands would be overtaken by it.
    await page.waitForURL((u) => u.hash.endsWith(`/communities/${missing.id}/show`), { timeout: 20_000 });

    await page.goto(`${stage.url}/#/campaign`);
    await page.reload();
    await page.getByRole('tab', { name: '数据建档' }).click();
    const after = page
      .getByRole('table', { name: '城关镇小区档案' })
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: missing.name, exact: true }) });
    await expect.poll(() => after.getByText('36.5').isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await after.getByText('缺物业管理用房').count()).toBe(0);

    // 报送建档: the demo's filing of 2026-10-30 is listed; today's filing joins it, and the server offers no second one today.
    const filings = page.getByRole('table', { name: '城关镇建档报送记录' });
    await expect.poll(() => filings.getByRole('row').count(), { timeout: 30_000 }).toBe(1 + 1);
    await expect.poll(() => page.getByText('最近一次报送：2026-10-30').isVisible()).toBe(true);
    await page.getByRole('button', { name: '报送建档' }).click();
    await expect
      .poll(
        () =>
          page
            .getByRole('dialog')
            .getByText(/按今天的登记数据报送/)
            .isVisible(),
        { timeout: 20_000 },
      )
      .toBe(true);
    await dialogConfirm(page).click();
    const today = clock.today();
    await expect
      .poll(
        async () => (await stage.orm.em.fork().find(TownshipDataFiling, { township: { name: '城关镇' } }, { orderBy: { asOf: 'desc' } })).map((f) => f.asOf),
        {
          timeout: 20_000,
        },
      )
      .toEqual([today, '2026-10-30']);
    await expect.poll(() => filings.getByRole('row').count(), { timeout: 30_000 }).toBe(1 + 2);
    await expect.poll(() => filings.getByRole('row').nth(1).getByRole('cell', { name: today, exact: true }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText(`今天（${today}）已报送数据建档，每天报送一次`).isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await rawKeys(page)).toEqual([]);
    await shot(page, 'township-data-filed');

    // The earlier filing opens read only, as it was: the management office was still missing then.
    await filings.getByRole('button', { name: '查看 2026-10-30' }).click();
    const filed = page.getByRole('dialog', { name: '城关镇物业管理数据建档（2026-10-30 报送）' });
    const filedRow = filed
      .getByRole('table', { name: '城关镇小区档案' })
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: missing.name, exact: true }) });
    await expect.poll(() => filedRow.getByText('缺物业管理用房').isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await filed.getByRole('link', { name: `补录 ${missing.name}` }).count()).toBe(0);
    await expect.poll(() => filed.getByText(/报送人：赵志强/).isVisible()).toBe(true);
    const [print] = await Promise.all([page.waitForEvent('popup'), filed.getByRole('button', { name: '打印' }).click()]);
    await expect.poll(() => print.locator('h1').innerText(), { timeout: 20_000 }).toBe('城关镇物业管理数据建档（2026-10-30 报送）');
    expect(await print.getByText('缺物业管理用房').count()).toBeGreaterThan(0);
    await print.close();
    await filed.getByRole('button', { name: '关闭' }).click();

    const bureau = await stage.newPage();
    await login(bureau, stage.url, 'regulator');
    await bureau.goto(`${stage.url}/#/campaign`);
    await bureau.getByRole('tab', { name: '数据建档' }).click();
    const all = bureau.getByRole('table', { name: '各乡镇（街道）物业管理数据建档' });
    await expect.poll(() => all.getByRole('row').count(), { timeout: 30_000 }).toBe(1 + 14);
    // Each township's latest filing day: 城关镇 today's, the others none yet.
    await expect.poll(() => all.getByRole('row').filter({ hasText: '城关镇' }).getByRole('cell', { name: today, exact: true }).isVisible()).toBe(true);
    expect(await all.getByText('未报送').count()).toBe(13);
    expect(await rawKeys(bureau)).toEqual([]);
    expect(stage.external).toEqual([]);
  });
});
