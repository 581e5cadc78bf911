import { addDays, shanghaiDate } from '@wuye/domain';
import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  Agency,
  AuditLog,
  LeaseConsent,
  LeaseContract,
  LeaseMeeting,
  LeaseSafetyFinding,
  LeaseUnit,
  MeterLoss,
  SpendingRequest,
  SpendingStep,
  Tender,
  UtilityStatement,
} from '../entities/index.js';
import { arrearsRows, leasingKpis, rentRoll } from '../leasing/index.js';
import { createTestOrm, describeEachDriver, dropTestOrm } from '../testing.js';
import { DEMO_AGENCY } from './demo-accounts.js';
import { DEMO_REFERENCE_DATE } from './demo-county.js';

/** What the demo agency's working group sees on the reference date (issue 14 §10). */
describeEachDriver('demo leasing', (driver) => {
  let orm: MikroORM;
  let agencyId: number;
  beforeAll(async () => {
    orm = await createTestOrm({ driver, seed: true });
    agencyId = (await orm.em.fork().findOneOrFail(Agency, { name: DEMO_AGENCY.name })).id;
  });
  afterAll(async () => orm && dropTestOrm(orm));
  const em = () => orm.em.fork();

  it('has 40 units, about three in four let, three tenders open and the KPIs to match', async () => {
    expect(await em().count(LeaseUnit, { agency: agencyId })).toBe(40);
    expect(await em().count(LeaseUnit, { agency: agencyId, state: 'LET' })).toBe(31);
    expect(await em().count(LeaseUnit, { agency: agencyId, state: 'LISTED' })).toBe(3);
    const k = await leasingKpis(em(), agencyId, DEMO_REFERENCE_DATE);
    expect(k.occupancy).toMatchObject({ units: 40, letUnits: 31, rateBp: 7750 });
    expect(k.occupancyLastYear).toMatchObject({ letUnits: 21 });
    // Every half due this year was paid on time but three: 106's June half, 302's August half (in part), 304's October half.
    expect(k.collection.dueCount - k.collection.onTimeCount).toBe(3);
    expect(k.collection.rateBp).toBeGreaterThan(8500);
    expect(k.arrears.contracts).toBe(2);
    expect(k.arrears.bucketsFen[0]).toBeGreaterThan(0); // 304: 15 days
    expect(k.arrears.bucketsFen[1]).toBeGreaterThan(0); // 302: 76 days
    expect(k.income.thisYearFen).toBeGreaterThan(k.income.lastYearFen);
    expect(k.income.lastYearFen).toBeGreaterThan(0);
    // Open tenders: one closed and waiting for its award.
    const tenders = await em().find(Tender, { agency: agencyId, state: 'OPEN' });
    expect(tenders).toHaveLength(3);
    expect(tenders.filter((t) => t.closesOn < DEMO_REFERENCE_DATE)).toHaveLength(1);
  });

  it('has the catering lease of three years, the renewal at a new rent and the termination for unpaid rent', async () => {
    const catering = await em().findOneOrFail(LeaseContract, { agency: agencyId, trade: 'CATERING', months: 36 }, { populate: ['unit'] });
    expect(catering).toMatchObject({ state: 'ACTIVE', tenantName: '老街张记餐饮店' });
    expect(catering.unit.room).toBe('101');
    const renewals = await em().find(LeaseContract, { agency: agencyId, previous: { $ne: null } }, { populate: ['previous'] });
    expect(renewals).toHaveLength(20);
    const changed = renewals.filter((r) => r.annualRentFen !== r.previous!.annualRentFen);
    expect(changed).toHaveLength(1);
    expect(changed[0]!.annualRentFen).toBeGreaterThan(changed[0]!.previous!.annualRentFen);
    const terminated = await em().findOneOrFail(LeaseContract, { agency: agencyId, state: 'TERMINATED' }, { populate: ['unit'] });
    expect(terminated).toMatchObject({ terminationReason: 'ARREARS', flaggedOn: '2026-07-01', terminatedOn: '2026-07-10' });
    const relet = await em().findOneOrFail(LeaseContract, { unit: terminated.unit.id, startDate: '2026-09-01' });
    expect(relet.state).toBe('ACTIVE');
  });

  it('shows two contracts flagged for the head, in the arrears list, oldest first', async () => {
    const flagged = await em().find(LeaseContract, { agency: agencyId, state: 'FLAGGED' }, { orderBy: { flaggedOn: 'asc' } });
    expect(flagged.map((c) => c.flaggedOn)).toEqual(['2026-09-01', '2026-11-01']);
    const rows = await arrearsRows(em(), agencyId, DEMO_REFERENCE_DATE);
    expect(rows.map((r) => [r.oldestDueDate, r.daysPastDue])).toEqual([
      ['2026-08-31', 76],
      ['2026-10-31', 15],
    ]);
    const roll = await rentRoll(em(), agencyId, DEMO_REFERENCE_DATE);
    expect(roll).toHaveLength(31);
  });

  it('has statements for September and October; September’s water loss in 附楼 is flagged, not billed', async () => {
    expect(await em().count(UtilityStatement, { agency: agencyId, period: '2026-09' })).toBeGreaterThan(10);
    expect(await em().count(UtilityStatement, { agency: agencyId, period: '2026-10' })).toBeGreaterThan(10);
    const losses = await em().find(MeterLoss, { period: '2026-09' }, { populate: ['meter'] });
    expect(losses.find((l) => l.meter.code === 'W-FL')).toMatchObject({ state: 'NEGATIVE', lossFen: 0 });
    expect(losses.filter((l) => l.state === 'BILLED')).toHaveLength(2);
  });

  it('has utility payments: September’s statements paid in full, October’s half paid and half still owed', async () => {
    const sept = await em().find(UtilityStatement, { agency: agencyId, period: '2026-09' });
    expect(sept.every((st) => st.paidFen === st.totalFen)).toBe(true);
    const oct = await em().find(UtilityStatement, { agency: agencyId, period: '2026-10' }, { orderBy: { id: 'asc' } });
    expect(oct.filter((st) => st.paidFen === st.totalFen).length).toBe(Math.ceil(oct.length / 2));
    expect(oct.some((st) => st.paidFen < st.totalFen)).toBe(true);
    expect(await em().count(AuditLog, { action: 'leasing.recordUtilityPayment' })).toBe(sept.length + Math.ceil(oct.length / 2));
  });

  it('has the head’s written consents to the catering tenant’s sign and kitchen alteration', async () => {
    const consents = await em().find(LeaseConsent, { contract: { agency: agencyId } }, { orderBy: { id: 'asc' } });
    expect(consents.map((c) => [c.kind, c.grantedOn])).toEqual([
      ['SIGNAGE', '2026-03-10'],
      ['ALTERATION', '2026-03-10'],
    ]);
  });

  it('has a spending request at each step, one approved by three people and one rejected with its reason', async () => {
    const requests = await em().find(SpendingRequest, { agency: agencyId }, { orderBy: { id: 'asc' } });
    expect(requests.map((r) => r.state).sort()).toEqual(['APPROVED', 'AWAITING_APPROVAL', 'AWAITING_REVIEW', 'AWAITING_SIGN', 'REJECTED']);
    const approved = requests.find((r) => r.state === 'APPROVED')!;
    const steps = await em().find(SpendingStep, { request: approved.id });
    expect(new Set(steps.map((s) => s.userId)).size).toBe(3);
    expect(requests.find((r) => r.state === 'REJECTED')!.rejectionReason).toContain('承租人');
  });

  it('has safety findings: one closed, one being put right, one referred', async () => {
    const findings = await em().find(LeaseSafetyFinding, { agency: agencyId }, { orderBy: { id: 'asc' } });
    expect(findings.map((f) => f.state).sort()).toEqual(['CLOSED', 'RECTIFYING', 'REFERRED']);
  });

  it('has the working group’s monthly meetings, June to November, each with its notice and decisions', async () => {
    const meetings = await em().find(LeaseMeeting, { agency: agencyId }, { orderBy: { heldAt: 'asc' } });
    expect(meetings.map((m) => m.title)).toEqual(['6', '7', '8', '9', '10', '11'].map((n) => `物业管理工作组${n}月例会`));
    for (const m of meetings) {
      const heldOn = shanghaiDate(m.heldAt);
      expect(heldOn < DEMO_REFERENCE_DATE).toBe(true);
      expect(m.noticeDate).toBe(addDays(heldOn, -5));
      expect(m.notice).toContain('物业管理工作组各成员：');
      expect(m.notice).toContain('一、会议时间');
      expect(m.decisions.length).toBeGreaterThanOrEqual(2);
      expect(shanghaiDate(m.decidedAt!)).toBe(heldOn);
      // Written at the demo's dates (clock.runAt), not the seed's.
      expect(shanghaiDate(m.createdAt)).toBe(m.noticeDate);
    }
    expect(meetings.find((m) => m.title.startsWith('物业管理工作组7月'))!.decisions[0]).toMatchObject({ owner: '组长', dueOn: '2026-07-10' });
    const audits = await em().find(AuditLog, { action: 'leasing.recordMeetingDecisions' }, { orderBy: { at: 'asc' } });
    expect(audits.map((a) => shanghaiDate(a.at))).toEqual(meetings.map((m) => shanghaiDate(m.heldAt)));
  });

  it('stamps every leasing event with its demo date: the termination of 106 on 10 July', async () => {
    const [confirm] = await em().find(AuditLog, { action: 'leasing.confirmTermination' });
    expect(confirm!.at.toISOString()).toBe('2026-07-10T02:00:00.000Z');
    const flags = await em().find(AuditLog, { action: 'leasing.flagOverdue' }, { orderBy: { at: 'asc' } });
    expect(flags.map((a) => shanghaiDate(a.at))).toEqual(['2026-07-01', '2026-09-01', '2026-11-01']);
  });
});
