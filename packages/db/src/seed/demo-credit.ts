import type { EntityManager } from '@mikro-orm/core';
import { addDays, findItem, SCORING_STANDARD_V1, type CreditRecordEvent as LifecycleEvent } from '@wuye/domain';
import { CreditRecord, Enterprise, ManagerAppointment, Objection, ProjectManager, RepairApplication, User } from '../entities/index.js';
import { applyTransition, proposeRecord, type CreditActor } from '../credit/service.js';
import { clock } from '../clock.js';
import { prepareRating, publishRating, reviewRating } from '../credit/ratings.js';
import { recomputeAllCredit } from '../credit/jobs.js';
import type { CreditSourceType } from '../entities/index.js';
import { SeededRandom } from './random.js';

/**
 * A year of credit history for the demo county (reference date 2026-11-15), replayed in date order through the same
 * service functions the API uses, so events, list entries, notifications and stored standings are all consistent:
 * a few AAA firms on the red list, most A/AA, some B and C (two graded C in both ratings, hence black-listed), a few
 * black-listed by serious records, two published quarterly ratings (2026Q2, 2026Q3), pending objections and repair
 * applications for the inboxes, and B11 records for late-registered manager appointments.
 * Items B1–B5, B10 and B14 come from issues, complaints and inspections (issue 4) and are not seeded here.
 */

export interface DemoCreditSummary {
  records: number;
  ratings: number;
}

type Fate = 'CONFIRM' | 'OBJECT_REJECTED' | 'OBJECT_ACCEPTED' | 'OBJECT_PENDING' | 'PUBLICIZING' | 'REPAIR';

interface Plan {
  enterpriseId: number;
  itemCode: string;
  effectiveFrom: string;
  reason: string;
  fate: Fate;
  managerId?: number;
  communityId?: number;
  sourceType?: CreditSourceType;
  sourceId?: string;
  repairOn?: string;
}

type Step = { date: string; order: number; run: () => Promise<void> };

/**
 * The time of day (Shanghai) each kind of replayed step happens at: ratings 09:00, proposals 09:30, the nightly
 * confirmations 01:00, objections 10:00, decisions 11:00, repair applications 10:30. Each step runs with the clock
 * reading that instant, so its events and the firm's notifications carry the date of what they report.
 */
const STEP_TIME: Record<number, string> = { 0: '09:00', 1: '09:30', 2: '10:00', 3: '11:00', 4: '10:30' };
const NIGHTLY = '01:00';
const instant = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);

const START = '2025-11-16';
const REASONS: Record<string, string[]> = {
  G1: ['获评县级物业服务先进单位', '县住建局通报表扬'],
  G2: ['获评市级物业管理优秀企业', '市级文明物业服务单位'],
  G3: ['获评省级物业管理示范企业'],
  G4: ['获评全国物业服务领先企业'],
  G6: ['小区满意度测评 92%', '小区满意度测评 95%', '小区满意度测评 90.5%'],
  G7: ['所服务小区获评市级示范小区', '所服务小区获评文明小区'],
  G8: ['承接无物业老旧小区并完成接管'],
  B6: ['消防通道长期堵塞被通报批评', '垃圾清运不及时被通报批评', '电梯困人处置迟缓被通报批评', '未按要求公示收费标准被通报批评'],
  B7: ['超标准收取停车服务费，经市场监管部门确认'],
  B8: ['违规动用专项维修资金'],
  B9: ['地下车库坠物致人受伤，负有管理责任'],
  B12: ['出借物业服务资质证书'],
  B13: ['因违反物业管理条例受到行政处罚'],
};

export async function seedDemoCredit(em: EntityManager, referenceDate: string, seed: number): Promise<DemoCreditSummary> {
  const rnd = new SeededRandom(seed ^ 0x5eed);
  // Ids only: the identity map is cleared after every replayed step, or each flush would walk the whole county.
  const users = new Map((await em.find(User, {})).map((u) => [u.username, { id: u.id, name: u.displayName, enterpriseId: u.enterprise?.id ?? null }]));
  const actor = (username: string): CreditActor => {
    const u = users.get(username)!;
    return { userId: u.id, name: u.name };
  };
  const userRef = (username: string) => em.getReference(User, users.get(username)!.id);
  const firmUser = (enterpriseId: number) => [...users.entries()].find(([, u]) => u.enterpriseId === enterpriseId)?.[0] ?? 'regulator';
  const proposer = actor('regulator');
  const reviewer = actor('regulator2');
  const firms = await em.find(Enterprise, {}, { orderBy: { id: 'asc' } });
  const active = firms.filter((f) => f.status === 'ACTIVE');
  const reason = (code: string) => rnd.pick(REASONS[code] ?? ['—']);
  const day = (from: string, to: string) => rnd.date(from, to);
  const plans: Plan[] = [];
  const add = (enterpriseId: number, itemCode: string, effectiveFrom: string, fate: Fate = 'CONFIRM', extra: Partial<Plan> = {}) =>
    plans.push({ enterpriseId, itemCode, effectiveFrom, reason: reason(itemCode), fate, ...extra });

  // The demo logins' firms: ent_demo has a record it can still contest and one it can apply to repair; ent_demo2 is a star.
  const [demo1, demo2, ...others] = active;
  // Objections need a firm login, so the due-process examples are ent_demo's: one rejected, one accepted, one pending.
  add(demo1!.id, 'G1', '2026-03-18');
  add(demo1!.id, 'B6', '2026-05-20', 'OBJECT_REJECTED');
  add(demo1!.id, 'G6', '2026-08-26');
  add(demo1!.id, 'B6', '2026-09-10', 'OBJECT_ACCEPTED');
  add(demo1!.id, 'B6', addDays(referenceDate, -6), 'OBJECT_PENDING');
  add(demo1!.id, 'B6', addDays(referenceDate, -3), 'PUBLICIZING');
  add(demo2!.id, 'G2', '2026-01-12');
  add(demo2!.id, 'G3', '2026-04-22');
  add(demo2!.id, 'G6', '2026-06-15');

  const shuffled = rnd.shuffle(others);
  const take = (n: number) => shuffled.splice(0, n);
  for (const f of take(3)) {
    // Stars: commendations, satisfied residents, never a negative record.
    add(f.id, rnd.pick(['G1', 'G2', 'G3', 'G4']), day('2025-12-01', '2026-05-31'));
    add(f.id, rnd.pick(['G6', 'G7']), day('2026-01-01', '2026-06-20'));
    add(f.id, rnd.pick(['G6', 'G7', 'G8']), day('2026-06-01', '2026-10-31'));
  }
  for (const f of take(2)) {
    // Graded C in both ratings: three public criticisms before June, one more later — black-listed at the 2026Q3 rating.
    for (const m of ['2025-12', '2026-02', '2026-04']) add(f.id, 'B6', day(`${m}-01`, `${m}-25`));
    add(f.id, 'B6', day('2026-08-01', '2026-08-25'));
  }
  const black = take(4);
  add(black[0]!.id, 'B7', day('2026-02-01', '2026-04-30'));
  add(black[1]!.id, 'B8', day('2026-05-01', '2026-07-31'));
  add(black[2]!.id, 'B12', day('2026-03-01', '2026-09-30'));
  add(black[3]!.id, 'B13', day('2026-01-05', '2026-02-20'), 'REPAIR', { repairOn: '2026-10-20' });
  add(black[3]!.id, 'B13', day('2026-09-01', '2026-10-15'));
  add(black[0]!.id, 'B6', day('2026-06-01', '2026-08-31'));
  for (const f of take(6)) {
    // Weak: grade B.
    add(f.id, 'B6', day('2025-12-01', '2026-06-30'));
    add(f.id, 'B6', day('2026-05-01', '2026-10-31'));
    if (rnd.chance(0.5)) add(f.id, 'G6', day('2026-03-01', '2026-10-31'));
  }
  for (const f of shuffled) {
    // Everyone else: a mix giving mostly A and AA.
    if (rnd.chance(0.4)) add(f.id, rnd.pick(['G6', 'G6', 'G8']), day(START, addDays(referenceDate, -20)));
    if (rnd.chance(0.6)) add(f.id, 'B6', day(START, addDays(referenceDate, -20)));
  }
  // A few records older than the year, so the history shows expiries.
  for (const f of rnd.shuffle(active).slice(0, 8)) add(f.id, rnd.pick(['G6', 'B6']), day('2025-06-01', '2025-10-31'));

  // B11: project managers registered more than 30 days after their appointment, within the year.
  const appointments = await em.find(ManagerAppointment, {}, { populate: ['manager'], orderBy: { id: 'asc' } });
  for (const a of appointments) {
    const due = addDays(a.startDate, 30);
    const late = a.registeredOn == null ? due < referenceDate : a.registeredOn > due;
    const effective = addDays(a.startDate, 31);
    if (!late || effective < START || effective > addDays(referenceDate, -1)) continue;
    const manager = a.manager as ProjectManager;
    plans.push({
      enterpriseId: manager.enterprise.id,
      managerId: manager.id,
      communityId: a.community.id,
      itemCode: 'B11',
      effectiveFrom: effective,
      reason: `项目经理${manager.name}任职 30 日内未备案`,
      fate: effective > addDays(referenceDate, -10) ? 'PUBLICIZING' : 'CONFIRM',
      sourceType: 'APPOINTMENT',
      sourceId: String(a.id),
    });
  }

  // Replay in date order.
  const steps: Step[] = [];
  const at = (date: string, order: number, run: () => Promise<void>) => steps.push({ date, order, run });
  const objectionDays = SCORING_STANDARD_V1.objectionDays;
  const move = async (record: CreditRecord, event: LifecycleEvent, who: CreditActor, note: string | null = null) =>
    applyTransition(em, record, event, who, note);
  let pendingRepairPlaced = false;
  for (const p of plans) {
    if (!findItem(SCORING_STANDARD_V1, p.itemCode)) throw new Error(`demo credit: unknown item ${p.itemCode}`);
    let recordId = 0;
    const record = () => em.findOneOrFail(CreditRecord, { id: recordId });
    at(p.effectiveFrom, 1, async () => {
      const proposed = await proposeRecord(
        em,
        proposer,
        {
          subjectType: p.managerId ? 'MANAGER' : 'ENTERPRISE',
          enterpriseId: p.enterpriseId,
          managerId: p.managerId ?? null,
          communityId: p.communityId ?? null,
          itemCode: p.itemCode,
          effectiveFrom: p.effectiveFrom,
          reason: p.reason,
          sourceType: p.sourceType ?? 'MANUAL',
          sourceId: p.sourceId ?? null,
          publicize: true,
        },
        p.effectiveFrom,
      );
      recordId = proposed.id;
    });
    const deadline = addDays(p.effectiveFrom, objectionDays);
    const confirmDay = addDays(deadline, 1);
    if (p.fate.startsWith('OBJECT')) {
      const objected = addDays(p.effectiveFrom, 3);
      at(objected, 2, async () => {
        const r = await record();
        await move(r, { type: 'OBJECT', today: objected }, actor('ent_demo'), '企业提出异议');
        em.create(Objection, {
          record: r,
          enterprise: r.enterprise,
          filedBy: userRef('ent_demo'),
          filedAt: new Date(`${objected}T02:00:00Z`),
          statement: '该问题已于通报前整改完毕，附整改照片及业主签字确认。',
          status: 'PENDING',
        });
        await em.flush();
      });
      if (p.fate !== 'OBJECT_PENDING') {
        const decided = addDays(p.effectiveFrom, 8);
        at(decided, 3, async () => {
          const uphold = p.fate === 'OBJECT_REJECTED';
          const note = uphold ? '经复核，异议不成立，维持原记录' : '经复核，异议成立，撤销记录';
          const r = await record();
          await move(r, { type: 'DECIDE', today: decided, reviewerId: String(reviewer.userId), uphold }, reviewer, note);
          const reviewerUser = userRef('regulator2');
          em.assign(r, {
            reviewer: reviewerUser,
            decision: uphold ? 'UPHELD' : 'REVOKED',
            decisionNote: note,
            decidedAt: new Date(`${decided}T03:00:00Z`),
            ...(uphold ? {} : { revokedBy: reviewerUser, revokedAt: new Date(`${decided}T03:00:00Z`), revokeReason: note }),
          });
          const objection = await em.findOneOrFail(Objection, { record: recordId });
          em.assign(objection, {
            status: uphold ? 'REJECTED' : 'ACCEPTED',
            decidedBy: reviewerUser,
            decidedAt: new Date(`${decided}T03:00:00Z`),
            decisionNote: note,
          });
          await em.flush();
        });
      }
    } else if (p.fate !== 'PUBLICIZING' && confirmDay <= referenceDate) {
      at(confirmDay, 2, async () =>
        clock.runAt(instant(confirmDay, NIGHTLY), async () =>
          move(await record(), { type: 'AUTO_CONFIRM', today: confirmDay }, { userId: null, name: null }, '异议期满无异议，自动确认'),
        ),
      );
    }
    if (p.fate === 'REPAIR' && p.repairOn) {
      const applied = addDays(p.repairOn, -9);
      at(applied, 4, async () => {
        const r = await record();
        em.create(RepairApplication, {
          record: r,
          enterprise: r.enterprise,
          appliedBy: userRef(firmUser(p.enterpriseId)),
          appliedAt: new Date(`${applied}T02:00:00Z`),
          commitment: '本公司承诺依法依规开展物业服务，已完成全部整改，接受社会监督。',
          openIssues: 0,
          status: 'PENDING',
        });
        await em.flush();
      });
      at(p.repairOn, 4, async () => {
        await move(await record(), { type: 'REPAIR', today: p.repairOn! }, proposer, '整改到位，准予信用修复');
        const application = await em.findOneOrFail(RepairApplication, { record: recordId });
        em.assign(application, {
          status: 'APPROVED',
          decidedBy: userRef('regulator'),
          decidedAt: new Date(`${p.repairOn}T03:00:00Z`),
          reasons: '整改到位，公示期满，准予修复',
        });
        await em.flush();
      });
    } else if (!pendingRepairPlaced && p.itemCode === 'B6' && p.fate === 'CONFIRM' && p.effectiveFrom < '2026-06-01' && p.enterpriseId !== demo1!.id) {
      pendingRepairPlaced = true;
      at(addDays(referenceDate, -2), 4, async () => {
        const r = await record();
        em.create(RepairApplication, {
          record: r,
          enterprise: r.enterprise,
          appliedBy: userRef(firmUser(p.enterpriseId)),
          appliedAt: new Date(`${addDays(referenceDate, -2)}T02:00:00Z`),
          commitment: '本公司已完成整改并建立长效机制，承诺不再发生同类问题。',
          openIssues: 0,
          status: 'PENDING',
        });
        await em.flush();
      });
    }
  }
  // Quarterly ratings: prepared and reviewed in the first days of the next quarter, published by ADMIN.
  let ratings = 0;
  for (const [quarter, prepared, published] of [
    ['2026Q2', '2026-07-06', '2026-07-10'],
    ['2026Q3', '2026-10-08', '2026-10-12'],
  ] as const) {
    at(prepared, 0, async () => {
      const r = await prepareRating(em, proposer, quarter, prepared);
      await reviewRating(em, reviewer, r.id, '数据核对无误');
      await clock.runAt(instant(published, STEP_TIME[0]!), () => publishRating(em, actor('admin'), r.id, published));
      ratings++;
    });
  }
  steps.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));
  for (const s of steps) {
    await clock.runAt(instant(s.date, STEP_TIME[s.order]!), s.run);
    em.clear();
  }

  // G5 proposals of the ratings are confirmed after their window like any record.
  for (const { id } of await em.find(CreditRecord, { itemCode: 'G5', status: 'PUBLICIZING' }, { fields: ['id'] })) {
    const g5 = await em.findOneOrFail(CreditRecord, { id });
    const confirmDay = addDays(g5.objectionDeadline!, 1);
    if (confirmDay <= referenceDate)
      await clock.runAt(instant(confirmDay, NIGHTLY), () =>
        move(g5, { type: 'AUTO_CONFIRM', today: confirmDay }, { userId: null, name: null }, '异议期满无异议，自动确认'),
      );
    em.clear();
  }
  // Terms that ended before the reference date: expired by the nightly job the day after their last day.
  for (const { id } of await em.find(CreditRecord, { status: 'CONFIRMED', expiresOn: { $lt: referenceDate } }, { fields: ['id'] })) {
    const record = await em.findOneOrFail(CreditRecord, { id });
    const day = addDays(record.expiresOn, 1);
    await clock.runAt(instant(day, NIGHTLY), () => move(record, { type: 'EXPIRE', today: day }, { userId: null, name: null }, '有效期届满'));
    em.clear();
  }
  await recomputeAllCredit(em, referenceDate);
  return { records: await em.count(CreditRecord, {}), ratings };
}
