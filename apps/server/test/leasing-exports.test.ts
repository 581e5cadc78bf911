import { afterAll, beforeAll, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import {
  Agency,
  User,
  awardTender,
  flagOverdue,
  hashPassword,
  listUnit,
  placeBid,
  principalOf,
  publishTender,
  signContract,
  type Em,
  type LeasingActor,
} from '@wuye/db';
import { PASSWORD, startServer, type Running } from './harness.js';

/** The rent roll and arrears as CSV and Excel, scoped to the caller's agency (issue 14). */
let s: Running;
beforeAll(async () => {
  s = await startServer('sqlite');
  const em = s.orm.em.fork() as Em;
  const passwordHash = await hashPassword(PASSWORD);
  const mine = em.create(Agency, { name: '县机关事务管理局', groupName: '物业管理工作组' });
  const other = em.create(Agency, { name: '县教育局', groupName: '物业管理工作组' });
  const clerk = em.create(User, { username: 'clerk', displayName: '经办人', role: 'AGENCY', agency: mine, position: 'CLERK', passwordHash });
  const otherClerk = em.create(User, { username: 'other', displayName: '他局经办', role: 'AGENCY', agency: other, position: 'CLERK', passwordHash });
  await em.flush();
  // Each agency lets two shops from 2026-01-01 for a year; the first tenant of mine pays nothing after signing.
  for (const [user, prefix] of [
    [clerk, 'A'],
    [otherClerk, 'B'],
  ] as const) {
    const actor: LeasingActor = { principal: principalOf(user), name: user.displayName };
    for (const n of [1, 2]) {
      const unit = await listUnit(s.orm.em.fork(), actor, {
        building: `${prefix}楼`,
        floor: '1',
        room: `10${n}`,
        kind: 'SHOP',
        area: '50',
        permittedUse: ['RETAIL'],
        condition: '完好',
      });
      const tender = await publishTender(s.orm.em.fork(), actor, {
        unitId: unit.id,
        referenceSources: [{ description: '邻近商铺', annualRentFen: 2400000 }],
        opensOn: '2025-12-01',
        closesOn: '2025-12-10',
      });
      await placeBid(
        s.orm.em.fork(),
        actor,
        { tenderId: tender.id, bidderName: `${prefix}租户${n}`, bidderContact: '1', trade: 'RETAIL', annualRentFen: 2400000 * n, months: 12 },
        '2025-12-05',
      );
      const bid = await awardTender(s.orm.em.fork(), actor, tender.id, '2025-12-11');
      await signContract(s.orm.em.fork(), actor, { bidId: bid.id, startDate: '2026-01-01', endDate: '2026-12-31' }, '2025-12-20');
    }
  }
  await flagOverdue(s.orm.em.fork(), new Date('2026-07-02T00:00:00+08:00'));
});
afterAll(async () => s?.stop());

it('exports the rent roll as CSV with zh-CN headers, only the caller’s agency', async () => {
  const token = await s.login('clerk');
  const res = await fetch(`${s.url}/export/leasing/rent-roll.csv?asOf=2026-07-15`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  expect(res.headers.get('x-total-rows')).toBe('2');
  expect(res.headers.get('content-disposition')).toContain('rent-roll-2026-07-15.csv');
  const lines = Buffer.from(await res.arrayBuffer())
    .subarray(3)
    .toString('utf8')
    .trim()
    .split('\r\n');
  expect(lines[0]).toBe(
    '合同编号,出租房屋,承租人,经营业态,起租日期,到期日期,合同状态,年租金（元）,在押保证金（元）,应收租金（元）,已收租金（元）,逾期欠租（元）,下期应缴日期',
  );
  expect(lines).toHaveLength(3);
  expect(lines.join('\n')).not.toContain('B租户');
  // Each paid the first half at signing; the second half (due 30 June) is unpaid and overdue on 15 July.
  expect(lines[1]).toContain('A租户1');
  expect(lines[1]!.split(',').slice(7)).toEqual(['24000', '12000', '24000', '12000', '12000', '2026-06-30']);
});

it('exports the arrears with their ageing as Excel with English headers', async () => {
  const token = await s.login('clerk');
  const res = await fetch(`${s.url}/export/leasing/lease-arrears.xlsx?asOf=2026-08-15`, {
    headers: { authorization: `Bearer ${token}`, 'accept-language': 'en' },
  });
  expect(res.status).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0]!;
  expect(sheet.getRow(1).values).toEqual([
    undefined,
    'contract no.',
    'unit',
    'tenant',
    'contract state',
    'oldest unpaid due date',
    'days past due',
    '1–30 days (yuan)',
    '31–90 days (yuan)',
    '91–180 days (yuan)',
    'over 180 days (yuan)',
    'overdue (yuan)',
  ]);
  expect(sheet.rowCount).toBe(3);
  const first = sheet.getRow(2).values as unknown[];
  expect(first.slice(3)).toEqual(['A租户1', 'flagged for termination (arrears)', '2026-06-30', 46, 0, 12000, 0, 0, 12000]);
});

it('refuses other roles, a bad date and an unknown list', async () => {
  const firm = await s.login('firm');
  expect((await fetch(`${s.url}/export/leasing/rent-roll.csv`, { headers: { authorization: `Bearer ${firm}` } })).status).toBe(403);
  const admin = await s.login('admin');
  expect((await fetch(`${s.url}/export/leasing/rent-roll.csv`, { headers: { authorization: `Bearer ${admin}` } })).status).toBe(403);
  expect((await fetch(`${s.url}/export/leasing/rent-roll.csv`)).status).toBe(401);
  const clerk = await s.login('clerk');
  const bad = await fetch(`${s.url}/export/leasing/rent-roll.csv?asOf=2026-02-30`, { headers: { authorization: `Bearer ${clerk}` } });
  expect(bad.status).toBe(400);
  expect(((await bad.json()) as { error: { field: string } }).error.field).toBe('asOf');
  expect((await fetch(`${s.url}/export/leasing/tenants.csv`, { headers: { authorization: `Bearer ${clerk}` } })).status).toBe(404);
});
