import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Bid, LeaseContract, LeaseUnit, Meter, MeterReading, SpendingRequest, SpendingStep, User, clock, principalOf, recordReading } from '@wuye/db';
import { periodicJobs } from '../../src/jobs.js';
import { login, shot, startStage, type Stage } from './browser.js';

/**
 * Issue 14: the agency's working group lets a unit the way the seed describes — a clerk records it and puts it out to
 * public tender, a bid wins, the contract is signed with its deposit and first half-year's rent; meter readings produce
 * the tenant's monthly statement; the June half goes unpaid, the daily job flags the contract and the head confirms the
 * termination (the deposit covers the arrears); the result is on the public page; and a spending request passes the
 * clerk, the deputy head and the head — three different people. The server's clock is moved forward the way the
 * demo's reference date is set (clock.startAt), never by waiting; everything the journey needs it makes through the UI.
 */
let stage: Stage;
beforeAll(async () => {
  stage = await startStage();
});
afterAll(async () => stage?.stop());

const JOURNEY = 300_000;
const em = () => stage.orm.em.fork();
const at = (day: string) => clock.startAt(new Date(`${day}T09:00:00+08:00`));
const dialog = (page: Page) => page.getByRole('dialog');
const confirm = (page: Page) => dialog(page).getByRole('button', { name: '确认' });
const closed = (page: Page) => expect.poll(() => dialog(page).count(), { timeout: 30_000 }).toBe(0);

/** A message key that reached the page untranslated (`app.leasing.units.title`, `enums.LeaseTrade.RETAIL`). */
const RAW_KEY = /\b(app|resources|ra|enums)\.[a-zA-Z]+\.[a-zA-Z.]+/;
const seen: string[] = [];
async function rawKeys(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => undefined);
  const text = await page.locator('body').innerText();
  seen.push(...text.split('\n').filter((line) => RAW_KEY.test(line)));
}

/** The journey's own names, so a re-run on the same database or the demo's leasing data cannot be mistaken for them. */
const tag = String(Date.now()).slice(-5);
const ROOM = `J${tag}`;
const WINNER = `张记便利店${tag}`;
const RUNNER_UP = `李氏文具${tag}`;
const ran: { unitId?: number; tenderId?: number; contractId?: number; master?: string; sub?: string } = {};

async function open(page: Page, menu: string, path: string): Promise<void> {
  await page.getByRole('menuitem', { name: menu }).click();
  await page.waitForURL((u) => u.hash.includes(path), { timeout: 30_000 });
}

describe('the working group lets a unit by public tender', () => {
  it(
    'a clerk records a unit with its meters and puts it out to tender; bids are taken; the highest wins after the period',
    async () => {
      at('2026-11-16');
      let page = await stage.newPage();
      await login(page, stage.url, 'agency_clerk');
      // The agency's menu is leasing only, every page of it.
      for (const item of ['房屋资产', '公开招租', '租赁合同', '收租日历', '欠租与台账', '水电抄表', '租金收入', '支出审批', '安全检查', '工作组会议']) {
        await expect.poll(() => page.getByRole('menuitem', { name: item }).isVisible(), { timeout: 30_000 }).toBe(true);
      }
      await open(page, '房屋资产', '/leasing/units');
      await rawKeys(page);
      await page.getByRole('button', { name: '登记房屋' }).click();
      await dialog(page).getByLabel(/楼栋/).fill('9号楼');
      await dialog(page).getByLabel(/楼层/).fill('1');
      await dialog(page).getByLabel(/房号/).fill(ROOM);
      await dialog(page).getByLabel(/面积/).fill('60.00');
      // 现状 is prose over several lines (the server keeps line breaks in it).
      await dialog(page).getByLabel(/现状/).fill('完好，卷闸门新换\n东墙有渗水痕迹');
      await dialog(page).getByRole('checkbox', { name: '餐饮' }).check();
      await confirm(page).click();
      await page.waitForURL((u) => /\/leasing\/units\/\d+$/.test(u.hash), { timeout: 30_000 });
      ran.unitId = Number(/units\/(\d+)/.exec(page.url())![1]);
      const unit = await em().findOneOrFail(LeaseUnit, { id: ran.unitId });
      expect(unit).toMatchObject({ room: ROOM, state: 'VACANT', condition: '完好，卷闸门新换\n东墙有渗水痕迹' });
      expect([...unit.permittedUse].sort()).toEqual(['CATERING', 'RETAIL']);
      await expect
        .poll(
          () =>
            page
              .getByText(/化粪池/)
              .first()
              .isVisible(),
          { timeout: 30_000 },
        )
        .toBe(true);

      // Its meters: an electricity master meter and the unit's sub-meter under it.
      await open(page, '水电抄表', '/leasing/meters');
      ran.master = `M-${tag}`;
      ran.sub = `S-${tag}`;
      for (const [code, master] of [
        [ran.master, null],
        [ran.sub, ran.master],
      ] as const) {
        await page.getByRole('button', { name: '新增水电表' }).click();
        await dialog(page).getByLabel(/表号/).fill(code);
        await dialog(page).getByLabel(/单价/).fill('0.80');
        if (master) {
          await dialog(page)
            .getByRole('combobox', { name: /所属总表/ })
            .click();
          await page.getByRole('option', { name: new RegExp(`^${master}（`) }).click();
          await dialog(page).getByRole('combobox', { name: /房屋/ }).click();
          await page.getByRole('option', { name: new RegExp(ROOM) }).click();
        }
        await confirm(page).click();
        await closed(page);
      }
      await expect.poll(() => em().count(Meter, { code: { $in: [ran.master!, ran.sub!] } }), { timeout: 30_000 }).toBe(2);

      // The tender: the reference rent from two comparable units, a publication period of five days.
      await page.goto(`${stage.url}/#/leasing/units/${ran.unitId}`);
      await page.getByRole('button', { name: '发布公开招租' }).click();
      await dialog(page)
        .getByLabel(/公示截止/)
        .fill('2026-11-20');
      await dialog(page)
        .getByLabel(/参照房屋/)
        .fill('8号楼101 同面积门面｜30000\n8号楼102 同面积门面｜32000');
      await confirm(page).click();
      await page.waitForURL((u) => /\/leasing\/tenders\/\d+$/.test(u.hash), { timeout: 30_000 });
      ran.tenderId = Number(/tenders\/(\d+)/.exec(page.url())![1]);
      await expect.poll(() => page.getByText('¥31,000.00').first().isVisible(), { timeout: 30_000 }).toBe(true);

      // A prohibited trade is refused with the rule's words, and nothing is written.
      const placeBid = async (name: string, trade: string, rent: string) => {
        await page.getByRole('button', { name: '登记竞租报价' }).click();
        await dialog(page)
          .getByLabel(/竞租人/)
          .fill(name);
        await dialog(page)
          .getByLabel(/联系电话/)
          .fill('13900001234');
        await dialog(page)
          .getByRole('combobox', { name: /经营业态/ })
          .click();
        await page.getByRole('option', { name: trade, exact: true }).click();
        await dialog(page)
          .getByLabel(/年租金/)
          .fill(rent);
        await confirm(page).click();
      };
      await placeBid('某烟花店', '烟花爆竹', '40000');
      await expect
        .poll(
          () =>
            dialog(page)
              .getByText(/严禁利用租赁房屋经营易燃易爆/)
              .first()
              .isVisible(),
          { timeout: 30_000 },
        )
        .toBe(true);
      expect(await em().count(Bid, { tender: ran.tenderId })).toBe(0);
      await dialog(page).getByRole('button', { name: '取消' }).click();
      await closed(page);
      await placeBid(WINNER, '零售', '36000');
      await closed(page);
      await placeBid(RUNNER_UP, '零售', '33,000');
      await closed(page);
      const bids = page.getByRole('table', { name: '竞租报价' });
      await expect.poll(() => bids.getByRole('row').count(), { timeout: 30_000 }).toBe(3);

      // Awarding is offered, blocked with the server's reason while the period runs.
      await expect.poll(() => page.getByRole('button', { name: '确定中标人' }).isDisabled(), { timeout: 30_000 }).toBe(true);
      await expect.poll(() => page.getByText(/公示期至 2026-11-20 结束，结束后才能定标/).isVisible(), { timeout: 30_000 }).toBe(true);
      // Signing the contract too, blocked until the award.
      await expect.poll(() => page.getByRole('button', { name: '签订合同' }).isDisabled(), { timeout: 30_000 }).toBe(true);
      await expect.poll(() => page.getByText('招租公告尚未定标，定标后才能与中标人签订合同').isVisible(), { timeout: 30_000 }).toBe(true);
      await rawKeys(page);

      // Five days on (a new sign-in: the session would have lapsed meanwhile).
      at('2026-11-21');
      await page.context().close();
      page = await stage.newPage();
      await login(page, stage.url, 'agency_clerk');
      await page.goto(`${stage.url}/#/leasing/tenders/${ran.tenderId}`);
      const bids2 = page.getByRole('table', { name: '竞租报价' });
      await page.getByRole('button', { name: '确定中标人' }).click();
      await confirm(page).click();
      await closed(page);
      await expect
        .poll(() => bids2.getByRole('row').filter({ hasText: WINNER }).getByText('中标', { exact: true }).isVisible(), { timeout: 30_000 })
        .toBe(true);
      await rawKeys(page);
      await shot(page, 'leasing-tender-awarded');
    },
    JOURNEY,
  );

  it(
    'the contract is signed from the won bid with its deposit and first half-year; the calendar shows the June half',
    async () => {
      const page = await stage.newPage();
      await login(page, stage.url, 'agency_clerk');
      await page.goto(`${stage.url}/#/leasing/tenders/${ran.tenderId}`);
      await page.getByRole('button', { name: '签订合同' }).click();
      await dialog(page)
        .getByLabel(/起租日期/)
        .fill('2027-01-01');
      await dialog(page)
        .getByLabel(/到期日期/)
        .fill('2027-12-31');
      await confirm(page).click();
      await page.waitForURL((u) => /\/leasing\/contracts\/\d+$/.test(u.hash), { timeout: 30_000 });
      ran.contractId = Number(/contracts\/(\d+)/.exec(page.url())![1]);
      const contract = await em().findOneOrFail(LeaseContract, { id: ran.contractId });
      expect(contract).toMatchObject({ tenantName: WINNER, annualRentFen: 3600000, depositFen: 1800000, depositHeldFen: 1800000, state: 'ACTIVE' });

      const instalments = page.getByRole('table', { name: '租金分期' });
      await expect.poll(() => instalments.getByRole('row').count(), { timeout: 30_000 }).toBe(3);
      const first = instalments.getByRole('row').filter({ hasText: '第 1 期' });
      const june = instalments.getByRole('row').filter({ hasText: '第 2 期' });
      await expect.poll(() => first.getByText('已缴清').isVisible(), { timeout: 30_000 }).toBe(true);
      await expect.poll(() => june.getByText('2027-06-30').isVisible(), { timeout: 30_000 }).toBe(true);
      const receipts = page.getByRole('table', { name: '收退款记录' });
      await expect.poll(() => receipts.getByText('收取保证金').isVisible(), { timeout: 30_000 }).toBe(true);
      await expect.poll(() => receipts.getByRole('row').filter({ hasText: '租金' }).getByText('¥18,000.00').isVisible(), { timeout: 30_000 }).toBe(true);
      // Renewal and the policy termination are offered with the server's reasons (the head's, or not yet).
      await expect.poll(() => page.getByRole('button', { name: '因政策原因解除' }).isDisabled(), { timeout: 30_000 }).toBe(true);
      await rawKeys(page);
      await shot(page, 'leasing-contract-signed');
      // Each receipt opens laid out for printing: the first half's receipt names the payer, the half and the amount.
      await receipts.getByRole('row').filter({ hasText: '租金' }).getByRole('link').click();
      await page.waitForURL((u) => /\/leasing\/contracts\/\d+\/receipts\/\d+$/.test(u.hash), { timeout: 30_000 });
      await expect.poll(() => page.getByRole('heading', { name: '收款收据' }).isVisible(), { timeout: 30_000 }).toBe(true);
      await expect.poll(() => page.getByText(`交款人：${WINNER}`).isVisible(), { timeout: 30_000 }).toBe(true);
      await expect.poll(() => page.getByText(/第 1 期 2027-01-01 至 2027-06-30/).isVisible(), { timeout: 30_000 }).toBe(true);
      await expect.poll(() => page.getByText(/¥18,000\.00/).isVisible(), { timeout: 30_000 }).toBe(true);
      await rawKeys(page);
      await shot(page, 'leasing-receipt');

      // Back on the tender: the won bid is signed once.
      await page.goto(`${stage.url}/#/leasing/tenders/${ran.tenderId}`);
      await expect.poll(() => page.getByRole('button', { name: '签订合同' }).isDisabled(), { timeout: 30_000 }).toBe(true);
      await expect.poll(() => page.getByText(`招租公告已签订租赁合同 ${contract.contractNo}，不能重复签订`).isVisible(), { timeout: 30_000 }).toBe(true);

      await open(page, '收租日历', '/leasing/calendar');
      const calendar = page.getByRole('table', { name: '租金分期' });
      await expect.poll(() => calendar.getByRole('row').filter({ hasText: WINNER }).filter({ hasText: '2027-06-30' }).count(), { timeout: 30_000 }).toBe(1);
      await rawKeys(page);
      await open(page, '租赁合同', '/leasing/contracts');
      await page.getByLabel(/搜索合同编号/).fill(WINNER);
      await expect.poll(() => page.getByRole('table', { name: '合同清单' }).getByRole('row').count(), { timeout: 30_000 }).toBe(2);
      await rawKeys(page);
      await open(page, '租金收入', '/leasing/income');
      await rawKeys(page);
    },
    JOURNEY,
  );

  it(
    'monthly readings of the master and the sub-meter produce the tenant’s printable statement with the loss shared',
    async () => {
      at('2027-02-03');
      const page = await stage.newPage();
      await login(page, stage.url, 'agency_clerk');
      await open(page, '水电抄表', '/leasing/meters');
      // Any other meters of the agency (the demo's) need their readings for these months too: entered as the office would.
      const clerk = await em().findOneOrFail(User, { username: 'agency_clerk' }, { populate: ['agency'] });
      const others = await em().find(Meter, { agency: clerk.agency!.id, code: { $nin: [ran.master!, ran.sub!] } });
      for (const m of others) {
        for (const period of ['2026-12', '2027-01']) {
          if ((await em().count(MeterReading, { meter: m.id, period })) > 0) continue;
          const last = await em().findOne(MeterReading, { meter: m.id }, { orderBy: { period: 'desc' } });
          await recordReading(
            em(),
            { principal: principalOf(clerk), name: clerk.displayName },
            {
              meterId: m.id,
              period,
              readOn: `${period}-28`,
              valueCenti: last?.valueCenti ?? 0,
            },
          );
        }
      }

      const meters = page.getByRole('table', { name: '水电表' });
      const read = async (code: string, period: string, value: string) => {
        await meters
          .getByRole('row')
          .filter({ has: page.getByRole('cell', { name: new RegExp(`^${code}`) }) })
          .first()
          .getByRole('button', { name: '录入读数' })
          .click();
        await dialog(page).getByLabel(/月份/).fill(period);
        await dialog(page)
          .getByLabel(/抄表日期/)
          .fill(period === '2026-12' ? '2026-12-31' : '2027-01-31');
        await dialog(page).getByLabel(/读数/).fill(value);
        await confirm(page).click();
      };
      await read(ran.master!, '2026-12', '1000');
      await closed(page);
      await read(ran.sub!, '2026-12', '800');
      await closed(page);
      await read(ran.master!, '2027-01', '1300');
      await closed(page);
      // A reading below the previous one is refused, naming the reading; nothing is written.
      await read(ran.sub!, '2027-01', '799.99');
      await expect.poll(() => dialog(page).getByRole('alert').isVisible(), { timeout: 30_000 }).toBe(true);
      expect(await em().count(MeterReading, { meter: { code: ran.sub! }, period: '2027-01' })).toBe(0);
      await dialog(page).getByLabel(/读数/).fill('1000');
      await confirm(page).click();
      await closed(page);

      await page.getByLabel('月份').fill('2027-01');
      await page.getByRole('button', { name: '生成本月水电费通知单' }).click();
      await confirm(page).click();
      await closed(page);
      const statements = page.getByRole('table', { name: '水电费通知单' });
      const row = statements.getByRole('row').filter({ hasText: WINNER });
      // 200 kWh of its own at ¥0.80 and the whole loss of 100 kWh (the only tenant on the master meter).
      await expect.poll(() => row.getByText('¥240.00').isVisible(), { timeout: 30_000 }).toBe(true);
      // The loss of its own master meter (the demo agency's other meters have theirs).
      const ownMaster = meters.getByRole('row').filter({ has: page.getByRole('cell', { name: new RegExp(`^${ran.master!}`) }) });
      await expect.poll(() => ownMaster.getByText('已分摊').first().isVisible(), { timeout: 30_000 }).toBe(true);
      await rawKeys(page);
      await row.getByRole('link', { name: '打印通知单' }).click();
      await page.waitForURL((u) => /\/leasing\/statements\/\d+$/.test(u.hash), { timeout: 30_000 });
      await expect.poll(() => page.getByRole('heading', { name: '2027-01 水电费缴费通知单' }).isVisible(), { timeout: 30_000 }).toBe(true);
      await expect.poll(() => page.getByText('应缴金额：¥240.00').isVisible(), { timeout: 30_000 }).toBe(true);
      await expect.poll(() => page.getByText(WINNER).first().isVisible(), { timeout: 30_000 }).toBe(true);
      await rawKeys(page);
      await shot(page, 'leasing-utility-statement');
      // Collected apart from rent: the whole amount owed, offered by the server as RECORD_PAYMENT, closes the statement.
      await page.getByRole('button', { name: '登记收款' }).click();
      await confirm(page).click();
      await closed(page);
      await expect.poll(() => page.getByText('已缴：¥240.00 · 尚欠：¥0.00').isVisible(), { timeout: 30_000 }).toBe(true);
      await expect.poll(() => page.getByRole('button', { name: '登记收款' }).isDisabled(), { timeout: 30_000 }).toBe(true);
      await expect.poll(() => page.getByText(/已交清，无需再交/).isVisible(), { timeout: 30_000 }).toBe(true);
    },
    JOURNEY,
  );

  it(
    'the June half goes unpaid: the daily job flags the contract on 1 July, the arrears show it, the head confirms the termination',
    async () => {
      at('2027-06-30');
      const job = periodicJobs(stage.orm, '/nonexistent-upload-dir', () => {}).find((j) => j.name === 'lease-overdue')!;
      await job.run();
      expect((await em().findOneOrFail(LeaseContract, { id: ran.contractId! })).state).toBe('ACTIVE');
      at('2027-07-01');
      await job.run();
      expect((await em().findOneOrFail(LeaseContract, { id: ran.contractId! })).state).toBe('FLAGGED');

      const clerkPage = await stage.newPage();
      await login(clerkPage, stage.url, 'agency_clerk');
      await clerkPage.goto(`${stage.url}/#/leasing/contracts/${ran.contractId}`);
      await expect.poll(() => clerkPage.getByText(/已于 2027-07-01 标记待解除/).isVisible(), { timeout: 30_000 }).toBe(true);
      // Confirming is the head's: offered to the clerk blocked, with the reason.
      await expect.poll(() => clerkPage.getByRole('button', { name: '确认解除（欠租）' }).isDisabled(), { timeout: 30_000 }).toBe(true);
      await expect.poll(() => clerkPage.getByText(/组长/).first().isVisible(), { timeout: 30_000 }).toBe(true);
      await rawKeys(clerkPage);
      await open(clerkPage, '欠租与台账', '/leasing/arrears');
      const arrears = clerkPage.getByRole('table', { name: '欠租账龄' });
      await expect.poll(() => arrears.getByRole('row').filter({ hasText: WINNER }).getByText('¥18,000.00').first().isVisible(), { timeout: 30_000 }).toBe(true);
      const roll = clerkPage.getByRole('table', { name: '租金台账' });
      await expect.poll(() => roll.getByRole('row').filter({ hasText: WINNER }).count(), { timeout: 30_000 }).toBe(1);
      const download = clerkPage.waitForEvent('download', { timeout: 60_000 });
      await clerkPage.getByRole('button', { name: '导出租金台账 Excel' }).click();
      expect((await download).suggestedFilename()).toBe('rent-roll-2027-07-01.xlsx');
      await rawKeys(clerkPage);
      await shot(clerkPage, 'leasing-arrears');

      const head = await stage.newPage();
      await login(head, stage.url, 'agency_head');
      await head.goto(`${stage.url}/#/leasing/contracts/${ran.contractId}`);
      await head.getByRole('button', { name: '确认解除（欠租）' }).click();
      await expect
        .poll(
          () =>
            dialog(head)
              .getByText(/保证金先抵扣欠租/)
              .isVisible(),
          { timeout: 30_000 },
        )
        .toBe(true);
      await confirm(head).click();
      await closed(head);
      await expect.poll(() => head.getByText('已解除', { exact: true }).first().isVisible(), { timeout: 30_000 }).toBe(true);
      const ended = await em().findOneOrFail(LeaseContract, { id: ran.contractId! }, { populate: ['unit'] });
      expect(ended).toMatchObject({ state: 'TERMINATED', terminationReason: 'ARREARS', depositHeldFen: 0 });
      expect(ended.unit.state).toBe('VACANT');
      await expect.poll(() => head.getByRole('table', { name: '收退款记录' }).getByText('保证金抵扣租金').isVisible(), { timeout: 30_000 }).toBe(true);
      await rawKeys(head);
    },
    JOURNEY,
  );

  it(
    'anyone sees the tender result on the public page, reached from the sign-in page, with no bidder’s contact',
    async () => {
      const page = await stage.newPage();
      await page.goto(`${stage.url}/#/login`);
      await page.getByRole('link', { name: '国有房屋招租结果公示' }).click();
      await page.waitForURL((u) => u.hash.includes('/public/tenders'), { timeout: 30_000 });
      const results = page.getByRole('table', { name: '招租结果公示' });
      const row = results.getByRole('row').filter({ hasText: WINNER });
      await expect.poll(() => row.getByText('¥36,000.00').isVisible(), { timeout: 30_000 }).toBe(true);
      expect(await row.innerText()).toContain('¥31,000.00');
      expect(await page.locator('body').innerText()).not.toContain('13900001234');
      await rawKeys(page);
      await shot(page, 'leasing-public-results');
    },
    JOURNEY,
  );
});

describe('spending approvals by position', () => {
  const title = `更换9号楼卷闸门${tag}`;

  async function inboxRow(page: Page, text: string) {
    await page.goto(`${stage.url}/#/leasing/spending`);
    return page.getByRole('table', { name: '待我办理' }).getByRole('row').filter({ hasText: text });
  }

  it(
    'the clerk signs, the deputy head reviews, the head approves — each from their inbox, three different people',
    async () => {
      at('2027-07-02');
      const clerk = await stage.newPage();
      await login(clerk, stage.url, 'agency_clerk');
      await open(clerk, '支出审批', '/leasing/spending');
      await clerk.getByRole('button', { name: '提出支出申请' }).click();
      await dialog(clerk).getByLabel(/事项/).fill(title);
      await dialog(clerk)
        .getByLabel(/用途说明/)
        .fill('9号楼门面卷闸门损坏，承租人退租后更换');
      await dialog(clerk).getByLabel(/金额/).fill('4,500');
      await confirm(clerk).click();
      await closed(clerk);
      let row = await inboxRow(clerk, title);
      await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(1);
      await row.getByRole('button', { name: '经办签字' }).click();
      await dialog(clerk).getByLabel(/意见/).fill('情况属实');
      await confirm(clerk).click();
      await closed(clerk);
      await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(0);
      // In the full list the review is offered to the clerk blocked, with the reason (the deputy head's step).
      await clerk.getByRole('tab', { name: '全部申请' }).click();
      const all = clerk.getByRole('table', { name: '全部申请' }).getByRole('row').filter({ hasText: title });
      await expect.poll(() => all.getByRole('button', { name: '副组长审核' }).isDisabled(), { timeout: 30_000 }).toBe(true);
      await expect.poll(() => all.getByText('待副组长审核').isVisible(), { timeout: 30_000 }).toBe(true);
      await rawKeys(clerk);

      const deputy = await stage.newPage();
      await login(deputy, stage.url, 'agency_deputy');
      row = await inboxRow(deputy, title);
      await row.getByRole('button', { name: '副组长审核' }).click();
      await confirm(deputy).click();
      await closed(deputy);
      await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(0);

      const head = await stage.newPage();
      await login(head, stage.url, 'agency_head');
      row = await inboxRow(head, title);
      await row.getByRole('button', { name: '组长审批' }).click();
      await dialog(head).getByLabel(/意见/).fill('同意');
      await confirm(head).click();
      await closed(head);
      await head.getByRole('tab', { name: '全部申请' }).click();
      const done = head.getByRole('table', { name: '全部申请' }).getByRole('row').filter({ hasText: title });
      await expect.poll(() => done.getByText('已审批').isVisible(), { timeout: 30_000 }).toBe(true);
      await expect.poll(() => done.getByText(/组长审批 · 冯国平/).isVisible(), { timeout: 30_000 }).toBe(true);
      await rawKeys(head);
      await shot(head, 'leasing-spending-approved');

      const request = await em().findOneOrFail(SpendingRequest, { title });
      expect(request).toMatchObject({ state: 'APPROVED', amountFen: 450000 });
      const steps = await em().find(SpendingStep, { request: request.id }, { orderBy: { id: 'asc' } });
      expect(steps.map((s) => [s.step, s.decision])).toEqual([
        ['SIGN', 'SIGNED'],
        ['REVIEW', 'SIGNED'],
        ['APPROVE', 'SIGNED'],
      ]);
      expect(new Set(steps.map((s) => s.userId)).size).toBe(3);
    },
    JOURNEY,
  );

  it(
    'a request refused at a step says why',
    async () => {
      const clerk = await stage.newPage();
      await login(clerk, stage.url, 'agency_clerk');
      await clerk.goto(`${stage.url}/#/leasing/spending`);
      await clerk.getByRole('button', { name: '提出支出申请' }).click();
      await dialog(clerk).getByLabel(/事项/).fill(`${title}（重复）`);
      await dialog(clerk)
        .getByLabel(/用途说明/)
        .fill('同一事项重复申请');
      await dialog(clerk).getByLabel(/金额/).fill('4500');
      await confirm(clerk).click();
      await closed(clerk);
      const row = await inboxRow(clerk, `${title}（重复）`);
      await row.getByRole('button', { name: '退回' }).click();
      await dialog(clerk)
        .getByLabel(/退回理由/)
        .fill('与已审批事项重复');
      await confirm(clerk).click();
      await closed(clerk);
      await clerk.getByRole('tab', { name: '全部申请' }).click();
      const refused = clerk
        .getByRole('table', { name: '全部申请' })
        .getByRole('row')
        .filter({ hasText: `${title}（重复）` });
      await expect.poll(() => refused.getByText('退回理由：与已审批事项重复').isVisible(), { timeout: 30_000 }).toBe(true);
      expect((await em().findOneOrFail(SpendingRequest, { title: `${title}（重复）` })).state).toBe('REJECTED');
      await rawKeys(clerk);
    },
    JOURNEY,
  );

  it('no page showed an untranslated message key, and no page called outside the intranet', () => {
    expect(seen).toEqual([]);
    expect(stage.external).toEqual([]);
  });
});
