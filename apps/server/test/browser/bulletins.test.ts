import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Bulletin, JointMeeting, Milestone, ProjectManager, TrainingAttendance, clock } from '@wuye/db';
import { login, shot, startStage, type Stage } from './browser.js';

/** Issue 5: the campaign page and the monthly bulletin from draft to the public page, in the built dashboard. */
let stage: Stage;
beforeAll(async () => {
  stage = await startStage();
});
afterAll(async () => stage?.stop());

const dialogConfirm = (page: import('playwright-core').Page) => page.getByRole('dialog').getByRole('button', { name: '确认' });
const bulletinOf = (month: string) => stage.orm.em.fork().findOne(Bulletin, { month });

describe('anonymous visitor', () => {
  it('reads the published October bulletin without logging in, with its township KPI table, and opens its print page', async () => {
    const page = await stage.newPage();
    await page.goto(`${stage.url}/`);
    await page.getByRole('link', { name: /月度通报/ }).click();
    await page.waitForURL((u) => u.hash.includes('/public/bulletins'), { timeout: 20_000 });
    await expect.poll(() => page.getByRole('link', { name: '2026年10月' }).isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => page.getByRole('link', { name: '2026年9月' }).isVisible()).toBe(true);
    await page.getByRole('link', { name: '2026年10月' }).click();
    await expect.poll(() => page.getByRole('heading', { name: /2026年10月物业管理服务监管月通报/ }).isVisible(), { timeout: 20_000 }).toBe(true);
    const towns = page.getByRole('table', { name: '各乡镇（街道）指标' });
    await expect.poll(() => towns.isVisible()).toBe(true);
    await expect.poll(() => towns.getByRole('columnheader', { name: '乡镇（街道）' }).isVisible()).toBe(true);
    await expect.poll(() => towns.getByRole('cell', { name: '城关镇', exact: true }).isVisible()).toBe(true);
    await expect.poll(() => towns.getByRole('cell', { name: '全县', exact: true }).isVisible()).toBe(true);
    expect(await towns.getByRole('row').count()).toBe(1 + 14 + 1);
    await expect.poll(async () => (await towns.textContent()) ?? '').toMatch(/\d+\.\d%/);
    await shot(page, 'anonymous-bulletin');

    const href = await page.getByRole('link', { name: /打印/ }).getAttribute('href');
    expect(href).toMatch(/^\/bulletins\/\d+\/print$/);
    const print = await stage.newPage();
    const response = await print.goto(`${stage.url}${href}`);
    expect(response?.status()).toBe(200);
    await expect.poll(() => print.locator('h1').textContent()).toBe('2026年10月物业管理服务监管月通报');
    await expect.poll(() => print.getByText('二、各乡镇（街道）指标').isVisible()).toBe(true);
  });
});

describe('the bureau', () => {
  it('a regulator reads the campaign page: phases with the current one, milestones with their status', async () => {
    const page = await stage.newPage();
    await login(page, stage.url, 'regulator');
    await page.getByRole('menuitem', { name: '专项行动' }).click();
    await page.waitForURL((u) => u.hash.includes('/campaign'), { timeout: 20_000 });
    await expect.poll(() => page.getByText('当前阶段').first().isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => page.locator('[aria-current="step"]').count()).toBe(1);
    const milestones = page.getByRole('table', { name: '工作节点' });
    await expect.poll(() => milestones.getByRole('row').count(), { timeout: 20_000 }).toBe(1 + 15);
    await expect.poll(() => milestones.getByText('逾期完成').first().isVisible()).toBe(true);
    await expect.poll(() => milestones.getByText('已逾期').first().isVisible()).toBe(true);
    await shot(page, 'regulator-campaign');
    // Filter by status: the one overdue milestone.
    await page.getByRole('combobox', { name: '按状态筛选' }).click();
    await page.getByRole('option', { name: '已逾期' }).click();
    await expect.poll(() => milestones.getByRole('row').count()).toBe(2);
    // Completing it: a future day is refused, and the error is shown under the field; then done today (late).
    await milestones.getByRole('button', { name: '标记完成' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/完成日期/).fill('2099-01-01');
    await dialog.getByLabel(/佐证材料/).fill('回头看工作总结（青住建〔2026〕88号）');
    await dialogConfirm(page).click();
    await expect.poll(() => dialog.getByLabel(/完成日期/).getAttribute('aria-invalid'), { timeout: 20_000 }).toBe('true');
    await dialog.getByLabel(/完成日期/).fill(clock.today());
    await dialogConfirm(page).click();
    await expect
      .poll(async () => (await stage.orm.em.fork().findOne(Milestone, { evidence: { $like: '回头看工作总结%' } }))?.status, { timeout: 20_000 })
      .toBe('DONE');
    // The routines: joint meetings with their notices.
    await page.getByRole('tab', { name: '联席会议' }).click();
    await expect.poll(() => page.getByRole('article').count(), { timeout: 20_000 }).toBe(3);
    await expect.poll(() => page.getByLabel('会议通知').first().textContent()).toMatch(/联席会议/);
    // Scheduling one (scheduleCampaignMeeting, kind JOINT, of this campaign): its notice is written and it is listed.
    await page.getByRole('button', { name: '召开联席会议' }).click();
    const meeting = page.getByRole('dialog');
    await meeting.getByLabel(/会议名称/).fill('物业管理联席会议（浏览器登记）');
    await meeting.getByLabel(/会议时间/).fill('2026-11-20T10:00');
    await meeting.getByLabel(/会议地点/).fill('县住建局三楼会议室');
    await meeting.getByLabel(/会议议题/).fill('一、通报整改进度\n二、部署下阶段工作');
    await meeting.getByLabel(/参会单位/).fill('县住建局\n县民政局');
    await dialogConfirm(page).click();
    const scheduled = () => stage.orm.em.fork().findOne(JointMeeting, { title: '物业管理联席会议（浏览器登记）' }, { populate: ['campaign'] });
    await expect.poll(async () => (await scheduled())?.kind, { timeout: 20_000 }).toBe('JOINT');
    expect((await scheduled())!.campaign?.year).toBe(2026);
    expect((await scheduled())!.participants).toEqual(['县住建局', '县民政局']);
    await expect.poll(() => page.getByRole('article', { name: '物业管理联席会议（浏览器登记）' }).isVisible(), { timeout: 20_000 }).toBe(true);
    await page.getByRole('tab', { name: '培训' }).click();
    await expect
      .poll(
        () =>
          page
            .getByText(/到场 \d+ \/ 应到 \d+/)
            .first()
            .isVisible(),
        { timeout: 20_000 },
      )
      .toBe(true);
    // Recording a session with a project manager picked from the registry: linked, he counts towards the TRAINING KPI.
    const [manager] = await stage.orm.em.fork().find(ProjectManager, {}, { populate: ['enterprise'], orderBy: { id: 'ASC' }, limit: 1 });
    const topic = '物业服务规范专题培训（浏览器登记）';
    await page.getByRole('button', { name: '登记培训' }).click();
    const training = page.getByRole('dialog');
    await training.getByLabel(/培训主题/).fill(topic);
    await training.getByRole('combobox', { name: '项目经理（从名册选择）' }).fill(manager!.name);
    await page
      .getByRole('option', { name: `${manager!.name} · ${manager!.enterprise.name}` })
      .first()
      .click();
    await expect.poll(() => training.getByRole('checkbox', { name: `${manager!.name} · ${manager!.enterprise.name}` }).isChecked()).toBe(true);
    await dialogConfirm(page).click();
    const attendance = () => stage.orm.em.fork().findOne(TrainingAttendance, { session: { topic } }, { populate: ['manager'] });
    await expect.poll(async () => (await attendance())?.manager?.id, { timeout: 20_000 }).toBe(manager!.id);
    expect(await attendance()).toMatchObject({ kind: 'PROJECT_MANAGER', name: manager!.name, present: true });
    await expect.poll(() => page.getByRole('cell', { name: topic }).isVisible(), { timeout: 20_000 }).toBe(true);
  });

  it('a regulator generates the November bulletin and reviews it; an admin publishes it; then it is public', async () => {
    expect(await bulletinOf('2026-11')).toBeNull();
    const page = await stage.newPage();
    await login(page, stage.url, 'regulator');
    await page.getByRole('menuitem', { name: '月度通报' }).click();
    await expect.poll(() => page.getByRole('link', { name: '2026年10月' }).isVisible(), { timeout: 20_000 }).toBe(true);
    await page.getByRole('button', { name: '生成通报' }).click();
    await page.getByRole('dialog').getByLabel(/月份/).fill('2026-11');
    await dialogConfirm(page).click();
    await page.waitForURL((u) => /\/bulletins\/\d+$/.test(u.hash), { timeout: 60_000 });
    await expect.poll(() => page.getByRole('heading', { name: /2026年11月/ }).isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => page.getByText('草稿', { exact: true }).first().isVisible()).toBe(true);
    expect((await bulletinOf('2026-11'))?.status).toBe('DRAFT');
    await expect.poll(() => page.getByRole('table', { name: '各乡镇（街道）指标' }).getByRole('row').count()).toBe(16);

    await page.getByRole('button', { name: '审核' }).click();
    await page
      .getByRole('dialog')
      .getByLabel(/审核意见/)
      .fill('数据已核对');
    await dialogConfirm(page).click();
    await expect.poll(async () => (await bulletinOf('2026-11'))?.status, { timeout: 20_000 }).toBe('REVIEWED');
    await expect.poll(() => page.getByText('已审核', { exact: true }).first().isVisible()).toBe(true);
    await expect.poll(() => page.getByText(/审核时间 \S+ \S+ 陈建国/).isVisible()).toBe(true);
    // Only an admin publishes: the regulator sees the step, disabled, with the server's reason.
    await expect.poll(() => page.getByRole('button', { name: '发布' }).isDisabled()).toBe(true);
    await expect.poll(() => page.getByText('仅系统管理员可发布').isVisible()).toBe(true);
    const id = (await bulletinOf('2026-11'))!.id;

    const admin = await stage.newPage();
    await login(admin, stage.url, 'admin');
    await admin.goto(`${stage.url}/#/bulletins/${id}`);
    await admin.getByRole('button', { name: '发布' }).click();
    await expect
      .poll(() =>
        admin
          .getByRole('dialog')
          .getByText(/不可再修改/)
          .isVisible(),
      )
      .toBe(true);
    await dialogConfirm(admin).click();
    await expect.poll(async () => (await bulletinOf('2026-11'))?.status, { timeout: 20_000 }).toBe('PUBLISHED');

    const visitor = await stage.newPage();
    await visitor.goto(`${stage.url}/#/public/bulletins`);
    await expect.poll(() => visitor.getByRole('link', { name: '2026年11月' }).isVisible(), { timeout: 20_000 }).toBe(true);
    await visitor.getByRole('link', { name: '2026年11月' }).click();
    await expect.poll(() => visitor.getByRole('table', { name: '各乡镇（街道）指标' }).isVisible(), { timeout: 20_000 }).toBe(true);
  });
});

describe('intranet', () => {
  it('no page made a request outside the server', () => {
    expect(stage.external).toEqual([]);
  });
});
