import type { MikroORM } from '@mikro-orm/core';
import type { Principal } from '@wuye/domain';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Agency, AuditLog, JobRun, LeaseContract, Notification, RentInstalment, User } from '../index.js';
import { runScheduledJob } from '../jobs/scheduler.js';
import { createTestOrm, describeEachDriver, dropTestOrm } from '../testing.js';
import {
  awardTender,
  flagOverdue,
  leaseOverdueJob,
  leasingKpis,
  listUnit,
  placeBid,
  publishTender,
  recordPayment,
  renewContract,
  signContract,
  type LeasingActor,
} from './index.js';

/**
 * The KPIs (occupancy, on-time collection, arrears, income against last year) over contracts written through the
 * service commands, and the scheduled job that flags overdue contracts (once, whatever runs it how often).
 */
describeEachDriver('leasing KPIs and the overdue job', (driver) => {
  let orm: MikroORM;
  let clerk: LeasingActor;
  let agencyId: number;
  let otherAgencyId: number;
  let contractB: LeaseContract;
  const em = () => orm.em.fork();

  async function let_(room: string, area: string, annualRentFen: number, tenderOn: string, start: string, end: string) {
    const unit = await listUnit(em(), clerk, { building: '综合楼', floor: '1', room, kind: 'SHOP', area, permittedUse: ['RETAIL'], condition: '完好' });
    const tender = await publishTender(em(), clerk, {
      unitId: unit.id,
      referenceSources: [{ description: '同路段商铺', annualRentFen }],
      opensOn: tenderOn,
      closesOn: tenderOn,
    });
    const bid = await placeBid(
      em(),
      clerk,
      { tenderId: tender.id, bidderName: `租户${room}`, bidderContact: '', trade: 'RETAIL', annualRentFen, months: 12 },
      tenderOn,
    );
    const next = new Date(Date.parse(`${tenderOn}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    await awardTender(em(), clerk, tender.id, next);
    return signContract(em(), clerk, { bidId: bid.id, startDate: start, endDate: end }, next);
  }
  const instalment = (contractId: number, seq: number) => em().findOneOrFail(RentInstalment, { contract: contractId, seq });

  beforeAll(async () => {
    orm = await createTestOrm({ driver });
    const e = orm.em.fork();
    const agency = e.create(Agency, { name: '机关甲', groupName: '物业管理工作组' });
    const other = e.create(Agency, { name: '机关乙', groupName: '物业管理工作组' });
    const c = e.create(User, { username: 'clerk', displayName: '经办', role: 'AGENCY', agency, position: 'CLERK', passwordHash: 'x' });
    e.create(User, { username: 'head', displayName: '组长', role: 'AGENCY', agency, position: 'HEAD', passwordHash: 'x' });
    e.create(User, { username: 'head2', displayName: '乙组长', role: 'AGENCY', agency: other, position: 'HEAD', passwordHash: 'x' });
    await e.flush();
    agencyId = agency.id;
    otherAgencyId = other.id;
    clerk = { principal: { userId: String(c.id), role: 'AGENCY', agencyId: String(agency.id), position: 'CLERK' } as Principal, name: '经办' };

    // A: a calendar-year shop, 2025 paid on time, renewed for 2026 at a higher rent, its June half paid three days late.
    const a = await let_('101', '100', 12_000_00, '2024-12-10', '2025-01-01', '2025-12-31');
    await recordPayment(em(), clerk, { instalmentId: (await instalment(a.id, 2)).id, amountFen: 6_000_00, paidOn: '2025-06-30' }, '2025-06-30');
    const a2 = await renewContract(em(), clerk, a.id, { endDate: '2026-12-31', annualRentFen: 13_200_00 }, '2025-12-20');
    await recordPayment(em(), clerk, { instalmentId: (await instalment(a2.id, 1)).id, amountFen: 6_600_00, paidOn: '2026-01-01' }, '2026-01-01');
    await recordPayment(em(), clerk, { instalmentId: (await instalment(a2.id, 2)).id, amountFen: 6_600_00, paidOn: '2026-07-03' }, '2026-07-03');
    // B: from 1 March 2026, signed (and its first half paid) on 20 February; the half due 31 August is unpaid.
    contractB = await let_('102', '100', 24_000_00, '2026-02-18', '2026-03-01', '2027-02-28');
    // Two vacant units.
    await listUnit(em(), clerk, { building: '综合楼', floor: '2', room: '201', kind: 'ROOM', area: '200', permittedUse: ['OFFICE'], condition: '完好' });
    await listUnit(em(), clerk, { building: '综合楼', floor: '2', room: '202', kind: 'ROOM', area: '100', permittedUse: ['OFFICE'], condition: '完好' });
  });
  afterAll(async () => orm && dropTestOrm(orm));

  it('occupancy by units and floor area, now and on the same day last year', async () => {
    const k = await leasingKpis(em(), agencyId, '2026-11-15');
    expect(k.occupancy).toEqual({ units: 4, letUnits: 2, rateBp: 5000, areaCenti: 50000, letAreaCenti: 20000, areaRateBp: 4000 });
    expect(k.occupancyLastYear).toMatchObject({ letUnits: 1, rateBp: 2500 });
    // Before B starts only A is let, and another agency has nothing.
    expect((await leasingKpis(em(), agencyId, '2026-02-28')).occupancy.letUnits).toBe(1);
    expect((await leasingKpis(em(), otherAgencyId, '2026-11-15')).occupancy).toMatchObject({ units: 0, rateBp: null });
  });

  it('on-time collection this year: paid ahead counts, three days late does not', async () => {
    const k = await leasingKpis(em(), agencyId, '2026-11-15');
    expect(k.collection).toEqual({ dueCount: 4, dueFen: 37_200_00, onTimeCount: 2, onTimeFen: 18_600_00, rateBp: 5000 });
    expect(k.collectionByMonth).toHaveLength(11);
    expect(k.collectionByMonth[5]).toMatchObject({ month: 6, dueCount: 1, onTimeCount: 0, rateBp: 0 });
    expect(k.collectionByMonth[2]).toMatchObject({ month: 3, dueCount: 1, rateBp: 10000 });
    expect(k.collectionByMonth[3]).toMatchObject({ month: 4, dueCount: 0, rateBp: null });
  });

  it('arrears by age and income against the same period last year', async () => {
    const k = await leasingKpis(em(), agencyId, '2026-11-15');
    // B's second half, due 31 August: 76 days past due.
    expect(k.arrears).toMatchObject({ contracts: 1, overdueFen: 12_000_00, bucketsFen: [0, 12_000_00, 0, 0] });
    expect((await leasingKpis(em(), agencyId, '2026-08-31')).arrears.overdueFen).toBe(0);
    expect((await leasingKpis(em(), agencyId, '2026-09-01')).arrears.bucketsFen).toEqual([12_000_00, 0, 0, 0]);
    // 2026: A 6,600 + 6,600 and B 12,000; 2025 to 15 November: A's June half (its first half was paid in December 2024).
    expect(k.income).toMatchObject({ thisYearFen: 25_200_00, lastYearFen: 6_000_00, changeBp: 32000, lastTo: '2025-11-15' });
    expect(k.income.months[6]).toEqual({ month: 7, thisYearFen: 6_600_00, lastYearFen: 0 });
  });

  it('the overdue job flags from the day after the due date in Asia/Shanghai, once, however often and wherever it runs', async () => {
    const job = (at: string) => leaseOverdueJob(orm.em, () => new Date(at));
    // 31 August 23:59:59 in Shanghai: still on time.
    expect(await runScheduledJob(orm.em, job('2026-08-31T15:59:59Z'), { slot: '2026-08-31T15', now: new Date('2026-08-31T15:59:59Z'), instance: 'a' })).toBe(
      'ran',
    );
    expect((await em().findOneOrFail(LeaseContract, contractB.id)).state).toBe('ACTIVE');
    // 1 September 00:00 in Shanghai: two instances tick at once; one runs, the other skips.
    const now = new Date('2026-08-31T16:00:00Z');
    const outcomes = await Promise.all(['a', 'b'].map((instance) => runScheduledJob(orm.em, job(now.toISOString()), { slot: '2026-08-31T16', now, instance })));
    expect(outcomes.sort()).toEqual(['ran', 'skipped']);
    const run = await em().findOneOrFail(JobRun, { job: 'lease-overdue', slot: '2026-08-31T16' });
    expect(run).toMatchObject({ state: 'SUCCEEDED', result: '{"flagged":1}' });
    const flagged = await em().findOneOrFail(LeaseContract, contractB.id);
    expect(flagged).toMatchObject({ state: 'FLAGGED', flaggedOn: '2026-09-01' });
    // Later hours, and the command itself run twice at once, flag nothing more.
    expect(await runScheduledJob(orm.em, job('2026-09-01T01:00:00Z'), { slot: '2026-09-01T01', now, instance: 'a' })).toBe('ran');
    expect((await em().findOneOrFail(JobRun, { job: 'lease-overdue', slot: '2026-09-01T01' })).result).toBe('{"flagged":0}');
    expect(await Promise.all([flagOverdue(orm.em, now), flagOverdue(orm.em, now)])).toEqual([0, 0]);
    expect(await em().count(AuditLog, { action: 'leasing.flagOverdue' })).toBe(1);
    // The head of the agency (not the other agency's) is told.
    const notes = await em().find(Notification, { kind: 'LEASE_FLAGGED' }, { populate: ['user'] });
    expect(notes.map((n) => n.user.username)).toEqual(['head']);
    expect(notes[0]!.title).toContain('租户102');
    expect(notes[0]!.body).toContain('2026-08-31');
    expect(notes[0]!.body).toContain('12,000.00');
  });
});
