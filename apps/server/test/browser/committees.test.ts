import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommitteeCandidate, CommitteeElection, Community, DEMO_VOTING_CODES, ElectionBallot, OwnerUnit, RollEntry, Township, clock } from '@wuye/db';
import { login, shot, startStage, type Stage } from './browser.js';

/**
 * Issue 13: a township runs an owners' committee election from the preparatory group to filing; an owner votes with a
 * one-time code on a phone; anyone checks a receipt on the public results page. The server's clock is moved past the
 * voting window the way the demo's reference date is set (clock.startAt), never by waiting.
 */
let stage: Stage;
beforeAll(async () => {
  stage = await startStage();
});
afterAll(async () => stage?.stop());

const JOURNEY = 300_000;
const dialogConfirm = (page: Page) => page.getByRole('dialog').getByRole('button', { name: '确认' });
const em = () => stage.orm.em.fork();

/** A resident ID number with a valid check character (GB 11643). */
function idNumber(n: number): string {
  const body = `33012219800101${String(n).padStart(3, '0')}`;
  const sum = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2].reduce((acc, w, i) => acc + w * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11];
}

/** The public GraphQL endpoint, as an owner's phone would call it (no token). */
async function gql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await fetch(`${stage.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'zh-CN' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
const CAST = `mutation($code: String!, $choices: [ID!]!) { castBallot(code: $code, choices: $choices) { __typename ... on MutationCastBallotSuccess { data { receiptId electionId } } ... on Error { message } } }`;

/** Shared between the journeys: the election the township ran and a receipt of one of its online ballots. */
const ran: { electionId?: number; receipt?: string } = {};

describe('township staff', () => {
  it(
    'runs an election from the preparatory group to filing: owners imported, candidates, codes, online and paper ballots, count, officers, sign-off, filing',
    async () => {
      const chengguan = await em().findOneOrFail(Township, { name: '城关镇' });
      const communities = await em().find(Community, { township: chengguan.id, type: { $in: ['NEW_RESIDENTIAL', 'OLD'] } }, { orderBy: { id: 'asc' } });
      const busy = new Set((await em().find(CommitteeElection, {}, { populate: ['community'] })).map((e) => e.community.id));
      const community = communities.find((c) => !busy.has(c.id))!;
      expect(community).toBeDefined();

      const page = await stage.newPage();
      await login(page, stage.url, 'township_chengguan');
      await page.getByRole('menuitem', { name: '业主委员会' }).click();
      await page.waitForURL((u) => u.hash.includes('/committees'), { timeout: 30_000 });
      const register = page.getByRole('table', { name: '业主委员会台账' });
      await expect.poll(() => register.getByRole('row').count(), { timeout: 30_000 }).toBeGreaterThan(1);
      // Filter: the communities without a committee; a township sees its own area only.
      await page.getByRole('combobox', { name: '按状态筛选' }).click();
      await page.getByRole('option', { name: /^未组建/ }).click();
      const row = register.getByRole('row').filter({ has: page.getByRole('cell', { name: community.name, exact: true }) });
      await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(1);
      await expect.poll(() => register.getByRole('cell', { name: '东城街道', exact: true }).count(), { timeout: 30_000 }).toBe(0);

      // The owners' sheet: a bad row names itself and nothing is imported; then the good sheet.
      const sheet = [
        ['1', '1', '101', '95.50', '张建华', idNumber(1), '13900000001'],
        ['1', '1', '102', '88.25', '李秀英', idNumber(2), '13900000002'],
        ['1', '1', '201', '101.00', '王国强', idNumber(3), ''],
        ['1', '1', '202', '90.75', '刘桂兰', idNumber(4), ''],
      ];
      const asText = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n');
      await row.getByRole('button', { name: '导入业主名册' }).click();
      let dialog = page.getByRole('dialog');
      await dialog.getByLabel(/业主名册（从 Excel 复制粘贴）/).fill(asText([...sheet.slice(0, 3), ['1', '1', '202', '九十', '刘桂兰', idNumber(4), '']]));
      await dialogConfirm(page).click();
      await expect
        .poll(
          () =>
            dialog
              .getByText(/4\.area.*须为大于 0 的数/)
              .first()
              .isVisible(),
          { timeout: 30_000 },
        )
        .toBe(true);
      expect(await em().count(OwnerUnit, { community: community.id })).toBe(0);
      await dialog.getByLabel(/业主名册（从 Excel 复制粘贴）/).fill(asText(sheet));
      await dialogConfirm(page).click();
      await expect.poll(() => em().count(OwnerUnit, { community: community.id }), { timeout: 30_000 }).toBe(4);
      await expect.poll(() => dialog.isVisible(), { timeout: 30_000 }).toBe(false);

      // The preparatory group and the first assembly.
      await row.getByRole('button', { name: '成立筹备组' }).click();
      dialog = page.getByRole('dialog');
      await dialog.getByLabel(/筹备组成员/).fill('城关镇社区办 组长\n张建华 业主代表');
      await dialog.getByLabel(/首次业主大会时间/).fill('2026-12-06T09:00');
      await dialog.getByLabel(/会议地点/).fill(`${community.name}会所`);
      await dialogConfirm(page).click();
      await page.waitForURL((u) => /\/committees\/elections\/\d+$/.test(u.hash), { timeout: 30_000 });
      const electionId = Number(/elections\/(\d+)/.exec(page.url())![1]);
      ran.electionId = electionId;
      await expect.poll(() => page.getByRole('heading', { name: new RegExp(`${community.name} 业主委员会选举`) }).isVisible(), { timeout: 30_000 }).toBe(true);

      // Publicising is offered but blocked, with the server's reason, until candidates are nominated.
      await expect.poll(() => page.getByRole('button', { name: '公示候选人名单' }).isDisabled(), { timeout: 30_000 }).toBe(true);

      // Ten candidates for nine seats (a contested election), by the group, attested.
      const names = ['赵志明', '钱丽娟', '孙海燕', '李文军', '周春梅', '吴德胜', '郑晓东', '王玉珍', '冯永红', '陈卫东'];
      await page.getByRole('button', { name: '提名候选人' }).click();
      dialog = page.getByRole('dialog');
      await dialog.getByLabel(/候选人姓名/).fill(names.join('\n'));
      await dialogConfirm(page).click();
      await expect.poll(() => em().count(CommitteeCandidate, { election: electionId }), { timeout: 60_000 }).toBe(10);
      const candidates = page.getByRole('table', { name: '候选人' });
      await expect.poll(() => candidates.getByRole('row').count(), { timeout: 30_000 }).toBe(11);

      for (const [name, role] of [
        ['钱某（监票人）', '监票人'],
        ['孙某（计票人）', '计票人'],
      ] as const) {
        await page.getByRole('button', { name: '指定监票人/计票人' }).click();
        dialog = page.getByRole('dialog');
        await dialog.getByLabel(/姓名/).fill(name);
        await dialog.getByRole('combobox', { name: /职责/ }).click();
        await page.getByRole('option', { name: role }).click();
        await dialogConfirm(page).click();
        await expect.poll(() => page.getByText(name, { exact: false }).first().isVisible(), { timeout: 30_000 }).toBe(true);
      }

      const step = async (label: string, status: string) => {
        await page.getByRole('button', { name: label, exact: true }).click();
        await dialogConfirm(page).click();
        await expect.poll(async () => (await em().findOneOrFail(CommitteeElection, electionId)).status, { timeout: 30_000 }).toBe(status);
      };
      await step('公示候选人名单', 'PUBLICISED');
      await step('冻结投票权名册', 'ROLL_FROZEN');

      // The printed documents: the notice lists the assembly.
      await page.getByRole('button', { name: '业主大会会议通知' }).click();
      await expect
        .poll(
          () =>
            page
              .getByRole('dialog')
              .getByText(new RegExp(`关于召开${community.name}业主大会会议的通知`))
              .isVisible(),
          { timeout: 30_000 },
        )
        .toBe(true);
      await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();

      // One code per unit, each with its QR, shown once.
      await page.getByRole('button', { name: '生成投票码' }).click();
      await dialogConfirm(page).click();
      const codesTable = page.getByRole('table', { name: '投票码清单' });
      await expect.poll(() => codesTable.getByRole('row').count(), { timeout: 30_000 }).toBe(5);
      await expect.poll(() => codesTable.getByRole('img', { name: /的二维码/ }).count(), { timeout: 30_000 }).toBe(4);
      const codes = await codesTable.locator('[data-code]').allTextContents();
      expect(new Set(codes).size).toBe(4);
      await shot(page, 'township-committee-codes');
      await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();

      // Voting from now until noon.
      await page.getByRole('button', { name: '开始投票' }).click();
      dialog = page.getByRole('dialog');
      await dialog.getByLabel(/投票开始时间/).fill('2026-11-15T08:00');
      await dialog.getByLabel(/投票截止时间/).fill('2026-11-15T12:00');
      await dialogConfirm(page).click();
      await expect.poll(async () => (await em().findOneOrFail(CommitteeElection, electionId)).status, { timeout: 30_000 }).toBe('VOTING');

      // Three owners vote online for the first nine; the fourth unit votes on paper.
      const ids = (await em().find(CommitteeCandidate, { election: electionId }, { orderBy: { id: 'asc' } })).map((c) => String(c.id));
      for (const code of codes.slice(0, 3)) {
        const r = await gql<{ castBallot: { __typename: string; data?: { receiptId: string } } }>(CAST, { code, choices: ids.slice(0, 9) });
        expect(r.castBallot.__typename).toBe('MutationCastBallotSuccess');
        ran.receipt ??= r.castBallot.data!.receiptId;
      }
      const units = await em().find(OwnerUnit, { community: community.id }, { orderBy: { id: 'asc' } });
      const voted = new Set((await em().find(RollEntry, { election: electionId, channel: { $ne: null } }, { populate: ['unit'] })).map((e) => e.unit.id));
      const paperUnit = units.find((u) => !voted.has(u.id))!;
      const paperArea = `${Math.trunc(paperUnit.areaCenti / 100)}.${String(paperUnit.areaCenti % 100).padStart(2, '0')}`;
      await page.reload();
      await page.getByRole('button', { name: '现场签到领票' }).click();
      dialog = page.getByRole('dialog');
      await dialog.getByRole('combobox', { name: /房屋/ }).click();
      await page.getByRole('option', { name: new RegExp(`${paperUnit.building}-${paperUnit.unitNo}-${paperUnit.room}`) }).click();
      await dialogConfirm(page).click();
      await expect.poll(() => page.getByText(`已签到，选票上应填专有面积 ${paperArea} ㎡`).isVisible(), { timeout: 30_000 }).toBe(true);

      // Two counters enter the paper ballot; they differ, the paper is flagged; the second corrects theirs.
      const enter = async (counter: string, chosen: readonly string[]) => {
        await page.getByRole('button', { name: '录入纸质选票' }).click();
        const d = page.getByRole('dialog');
        await d.getByRole('combobox', { name: /录入人/ }).click();
        await page.getByRole('option', { name: counter }).click();
        await d.getByLabel(/选票编号/).fill('PAPER0001');
        await d.getByLabel(/选票所载专有面积/).fill(paperArea);
        for (const n of chosen) await d.getByLabel(n, { exact: true }).check();
        await dialogConfirm(page).click();
        await expect.poll(() => d.isVisible(), { timeout: 30_000 }).toBe(false);
      };
      await enter('钱某（监票人）', names.slice(0, 9));
      await enter('孙某（计票人）', [...names.slice(0, 8), names[9]!]);
      const flags = page.getByRole('alert', { name: '纸质选票录入不一致' });
      await expect.poll(() => flags.isVisible(), { timeout: 30_000 }).toBe(true);
      await expect.poll(() => flags.textContent(), { timeout: 30_000 }).toMatch(/PAPER0001/);
      await expect.poll(() => page.getByRole('button', { name: '计票', exact: true }).count(), { timeout: 30_000 }).toBe(0);
      await enter('孙某（计票人）', names.slice(0, 9));
      await expect.poll(() => flags.isVisible(), { timeout: 30_000 }).toBe(false);

      // Voting cannot close before the window's end (the server's reason beside the disabled button); at 12:30 it can.
      await expect.poll(() => page.getByRole('button', { name: '结束投票' }).isDisabled(), { timeout: 30_000 }).toBe(true);
      clock.startAt(new Date('2026-11-15T12:30:00+08:00'));
      await page.reload();
      await step('结束投票', 'COUNTING');
      await step('计票', 'ELECTED');
      const election = await em().findOneOrFail(CommitteeElection, electionId);
      expect(election.result).toMatchObject({ valid: true, cast: 4, voidBallots: 0 });
      expect([...election.result!.elected].sort()).toEqual(ids.slice(0, 9).sort());
      await expect.poll(() => page.getByRole('table', { name: '候选人' }).getByText('委员', { exact: true }).count(), { timeout: 30_000 }).toBe(9);

      // Filing waits for the officers and the counters' sign-off.
      await expect.poll(() => page.getByRole('button', { name: '备案', exact: true }).isDisabled(), { timeout: 30_000 }).toBe(true);
      await page.getByRole('button', { name: '推选主任、副主任' }).click();
      dialog = page.getByRole('dialog');
      const officers = [names[0]!, names[1]!, names[2]!];
      const combos = dialog.getByRole('combobox');
      for (const [i, name] of officers.entries()) {
        await combos.nth(i).click();
        await page.getByRole('option', { name, exact: true }).click();
      }
      const votes = dialog.getByRole('spinbutton');
      for (let i = 0; i < 3; i++) await votes.nth(i).fill('7');
      await dialogConfirm(page).click();
      await expect
        .poll(async () => (await em().findOneOrFail(CommitteeCandidate, { election: electionId, name: names[0] })).position, { timeout: 30_000 })
        .toBe('CHAIR');
      await page.getByRole('button', { name: '监票人签字' }).click();
      await dialogConfirm(page).click();
      await expect.poll(async () => (await em().findOneOrFail(CommitteeElection, electionId)).signedOffAt, { timeout: 30_000 }).toBeTruthy();
      await page.getByRole('button', { name: '备案', exact: true }).click();
      await dialogConfirm(page).click();
      await expect
        .poll(async () => (await em().findOneOrFail(CommitteeElection, electionId, { populate: ['committee'] })).committee.filedOn, { timeout: 30_000 })
        .toBe('2026-11-15');
      await expect.poll(async () => (await em().findOneOrFail(CommitteeElection, electionId)).status, { timeout: 30_000 }).toBe('FILED');
      await expect
        .poll(
          () =>
            page
              .getByText(/2026-11-15 ~ 2029-11-14/)
              .first()
              .isVisible(),
          { timeout: 30_000 },
        )
        .toBe(true);
      await shot(page, 'township-committee-filed');

      // The register now lists the community as filed.
      await page.getByRole('link', { name: '返回台账' }).click();
      const filedRow = page
        .getByRole('table', { name: '业主委员会台账' })
        .getByRole('row')
        .filter({ has: page.getByRole('cell', { name: community.name, exact: true }) });
      await expect.poll(() => filedRow.getByText('已备案').isVisible(), { timeout: 30_000 }).toBe(true);
    },
    JOURNEY,
  );
});

describe('an owner on a phone', () => {
  it(
    'votes with the printed code on a 390×844 screen and gets a receipt; the same code is refused a second time',
    async () => {
      const context = await stage.browser.newContext({
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
      });
      const page = await context.newPage();
      page.on('request', (r) => {
        if (!r.url().startsWith(stage.url) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) stage.external.push(r.url());
      });
      const code = DEMO_VOTING_CODES[0];
      const before = await em().count(ElectionBallot, {});
      await page.goto(`${stage.url}/#/public/vote`);
      await page.getByLabel('投票码').fill(code);
      await page.getByRole('button', { name: '打开选票' }).click();
      const ballot = page.getByRole('region', { name: '选票' });
      await expect.poll(() => ballot.getByRole('heading', { name: /业主委员会委员选举/ }).isVisible(), { timeout: 30_000 }).toBe(true);
      const boxes = ballot.getByRole('checkbox');
      await expect.poll(() => boxes.count(), { timeout: 30_000 }).toBe(11);
      // Nothing wider than the phone.
      expect(
        await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth),
      ).toBeLessThanOrEqual(390);
      // Ten of eleven: more than the nine seats, the ballot cannot be cast; nine can.
      for (let i = 0; i < 10; i++) await boxes.nth(i).check();
      await expect.poll(() => ballot.getByRole('button', { name: /提交选票/ }).isDisabled(), { timeout: 30_000 }).toBe(true);
      await boxes.nth(9).uncheck();
      await shot(page, 'owner-phone-ballot');
      await ballot.getByRole('button', { name: '提交选票（已选 9 名）' }).click();
      await expect.poll(() => page.getByText('投票成功，感谢参与！').isVisible(), { timeout: 30_000 }).toBe(true);
      const receipt = (await page.getByLabel('您的选票回执号').textContent())!.trim();
      expect(receipt).toMatch(/^[A-Z0-9]{8,32}$/);
      await expect.poll(() => em().count(ElectionBallot, {}), { timeout: 30_000 }).toBe(before + 1);
      expect(await em().findOne(ElectionBallot, { receiptId: receipt })).not.toBeNull();
      expect(
        await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth),
      ).toBeLessThanOrEqual(390);
      await shot(page, 'owner-phone-receipt');

      // The same code again: the ballot is refused with the server's words, and nothing is added.
      await page.goto(`${stage.url}/#/public/vote?code=${code}`);
      await page.reload();
      await expect.poll(() => ballot.getByRole('checkbox').count(), { timeout: 30_000 }).toBe(11);
      await ballot.getByRole('checkbox').first().check();
      await ballot.getByRole('button', { name: /提交选票/ }).click();
      await expect
        .poll(
          () =>
            ballot
              .getByRole('alert')
              .filter({ hasText: /已投票|已经投票|投过/ })
              .isVisible(),
          { timeout: 30_000 },
        )
        .toBe(true);
      expect(await em().count(ElectionBallot, {})).toBe(before + 1);
      // A code that does not exist.
      await page.getByLabel('投票码').fill('QXVT-0000-NONE');
      await page.getByRole('button', { name: '打开选票' }).click();
      await expect.poll(() => page.getByText('投票码不存在，请核对后重新输入。').isVisible(), { timeout: 30_000 }).toBe(true);
      await context.close();
    },
    JOURNEY,
  );
});

describe('anyone', () => {
  it(
    'checks a receipt on the public results page, with the ballot list, its hash and a recount equal to the official count',
    async () => {
      expect(ran.electionId && ran.receipt).toBeTruthy();
      const page = await stage.newPage();
      await page.goto(`${stage.url}/#/public/elections/${ran.electionId}`);
      await expect.poll(() => page.getByRole('heading', { name: /业主委员会选举结果/ }).isVisible(), { timeout: 30_000 }).toBe(true);
      const list = page.getByRole('table', { name: '匿名选票清单' });
      await expect.poll(() => list.getByRole('row').count(), { timeout: 30_000 }).toBe(1 + 4);
      const election = await em().findOneOrFail(CommitteeElection, ran.electionId!);
      await expect.poll(() => page.getByLabel('选票清单哈希（SHA-256）').textContent(), { timeout: 30_000 }).toBe(election.ballotListHash);
      await expect.poll(() => page.getByText(/本机计算的选票清单哈希与公布的哈希一致/).isVisible(), { timeout: 30_000 }).toBe(true);
      await expect.poll(() => page.getByText(/已在本机按公布的选票清单重新计票（4 张）：结果与公布结果一致/).isVisible(), { timeout: 30_000 }).toBe(true);
      // The list never names a unit.
      expect(await list.textContent()).not.toMatch(/1-1-10\d/);

      const check = page.getByRole('region', { name: '核对我的选票' });
      await check.getByLabel('回执号').fill(ran.receipt!.toLowerCase());
      await check.getByRole('button', { name: '核对' }).click();
      await expect.poll(() => check.getByRole('status').textContent(), { timeout: 30_000 }).toMatch(new RegExp(`回执号 ${ran.receipt} 在选票清单中`));
      await shot(page, 'public-election-results');
      await check.getByLabel('回执号').fill('ZZZZZZZZ99');
      await check.getByRole('button', { name: '核对' }).click();
      await expect.poll(() => check.getByRole('status').textContent(), { timeout: 30_000 }).toBe('回执号 ZZZZZZZZ99 不在选票清单中。');

      // The demo's counted election with its tie settled by the elected members.
      const demo = await em().findOneOrFail(CommitteeElection, { tieSettlement: { $ne: null } });
      await page.goto(`${stage.url}/#/public/elections/${demo.id}`);
      await expect.poll(() => page.getByText(/并列名额已由已当选委员表决确定/).isVisible(), { timeout: 30_000 }).toBe(true);
      await expect.poll(() => page.getByText(/结果与公布结果一致/).isVisible(), { timeout: 30_000 }).toBe(true);
    },
    JOURNEY,
  );
});

describe('intranet', () => {
  it('no page made a request outside the server', () => {
    expect(stage.external).toEqual([]);
  });
});
