import type { EntityManager } from '@mikro-orm/core';
import { addDays, addMonths, type AgencyPosition, type Principal } from '@wuye/domain';
import {
  actOnSafetyFinding,
  addMeter,
  awardTender,
  confirmTermination,
  flagOverdue,
  issueStatements,
  listUnit,
  placeBid,
  publishTender,
  recordConsent,
  recordPayment,
  recordMeetingDecisions,
  recordUtilityPayment,
  recordReading,
  recordSafetyCheck,
  rejectStep,
  renewContract,
  requestSpending,
  scheduleLeaseMeeting,
  signContract,
  signStep,
  type LeasingActor,
} from '../leasing/index.js';
import { clock } from '../clock.js';
import { LeaseContract, LeasePayment, LeaseSafetyFinding, LeaseUnit, Meter, RentInstalment, User, UtilityStatement } from '../entities/index.js';
import { DEMO_AGENCY } from './demo-accounts.js';

/**
 * The demo agency's leasing (issue 14 §10), as of the reference date (2026-11-15), every row written through the
 * leasing service's commands in the order of their dates (one write path, each with its audit row):
 *
 * - 40 units: 综合楼 shops 101–112 and rooms 201–208, 301–308; 附楼 shops 1–6 and rooms 201–206.
 * - Last year (Y−1): 20 one-year leases from 1 January, let by tender in December, all paid on time, all renewed in
 *   December for this year — one at a market rent 10 % higher (deposit topped up); a catering lease (综合楼 101) of
 *   three years from 1 January Y−1.
 * - This year (Y): 10 new one-year leases starting each month from February to November; 综合楼 106's June half is not
 *   paid, the contract is flagged on 1 July and the head terminates it (the deposit covers the half), the shop is let
 *   again from 1 September; two contracts are flagged now and wait for the head (综合楼 302: half of the August half
 *   paid; 综合楼 304: the October half unpaid); three tenders are open (one closed and waiting for its award).
 * - Meters: electricity in both buildings and water in 附楼, read monthly from August; statements for September and
 *   October (附楼's water in September reads below its sub-meters: the loss is flagged, not billed).
 * - Five spending requests: one approved through all three steps, one waiting at each step, one rejected with reason.
 * - Safety checks in October and November; three findings: one closed round the loop, one being put right, one
 *   (prohibited goods) referred to the enforcing department.
 * - The working group's monthly meetings (工作组例会) from June to November, each with its notice five days ahead and
 *   its decisions recorded the afternoon of the meeting, on what the group met that month.
 *
 * Dates are derived from the reference date (Y = its year), so the demo reads the same whatever today is. Each event
 * runs at its own time (`clock.runAt`), so its audit row and the rows it writes carry that time.
 */

export interface DemoLeasingSummary {
  units: number;
  contracts: number;
  payments: number;
  readings: number;
  spendingRequests: number;
  findings: number;
  meetings: number;
}

interface UnitPlan {
  building: '综合楼' | '附楼';
  floor: string;
  room: string;
  kind: 'ROOM' | 'SHOP';
  area: number;
}

function unitPlans(): UnitPlan[] {
  const shopAreas = [120, 64, 58, 72, 45, 66, 52, 80, 48, 60, 56, 70];
  const roomAreas = [36, 28, 42, 30, 25, 48, 32, 40];
  const out: UnitPlan[] = [];
  shopAreas.forEach((area, i) => out.push({ building: '综合楼', floor: '1', room: String(101 + i), kind: 'SHOP', area }));
  for (const floor of ['2', '3'])
    roomAreas.forEach((area, i) => out.push({ building: '综合楼', floor, room: `${floor}0${i + 1}`, kind: 'ROOM', area: area + Number(floor) }));
  [54, 46, 62, 40, 50, 44].forEach((area, i) => out.push({ building: '附楼', floor: '1', room: `${i + 1}号铺`, kind: 'SHOP', area }));
  [35, 35, 30, 30, 26, 26].forEach((area, i) => out.push({ building: '附楼', floor: '2', room: `20${i + 1}`, kind: 'ROOM', area }));
  return out;
}

const SHOP_RENT_PER_M2 = 360_00;
const ROOM_RENT_PER_M2 = 180_00;
/** Annual rent rounded to 100 yuan. */
const rentOf = (u: UnitPlan) => Math.round((u.area * (u.kind === 'SHOP' ? SHOP_RENT_PER_M2 : ROOM_RENT_PER_M2)) / 10_000) * 10_000;

interface Tenant {
  name: string;
  trade: string;
}
const LAST_YEAR_TENANTS: Record<string, Tenant> = {
  '综合楼 102': { name: '青溪便民超市', trade: 'RETAIL' },
  '综合楼 103': { name: '惠民大药房', trade: 'RETAIL' },
  '综合楼 104': { name: '鑫源通讯器材店', trade: 'RETAIL' },
  '综合楼 105': { name: '丽人美发工作室', trade: 'SERVICES' },
  '综合楼 106': { name: '老城区水果店', trade: 'RETAIL' },
  '综合楼 107': { name: '晨光文具店', trade: 'RETAIL' },
  '综合楼 108': { name: '顺达快递驿站', trade: 'SERVICES' },
  '综合楼 109': { name: '兴旺五金店', trade: 'RETAIL' },
  '综合楼 110': { name: '明眸眼镜店', trade: 'RETAIL' },
  '附楼 1号铺': { name: '阿芳早餐店', trade: 'CATERING' },
  '附楼 2号铺': { name: '诚信家电维修部', trade: 'SERVICES' },
  '附楼 3号铺': { name: '青溪农资门市', trade: 'RETAIL' },
  '附楼 4号铺': { name: '宏达打印复印店', trade: 'SERVICES' },
  '综合楼 201': { name: '青溪县正信会计服务有限公司', trade: 'OFFICE' },
  '综合楼 202': { name: '青溪县启明法律咨询中心', trade: 'OFFICE' },
  '综合楼 203': { name: '青溪县小桥书法培训部', trade: 'EDUCATION' },
  '综合楼 204': { name: '青溪县诚达保险代理有限公司', trade: 'OFFICE' },
  '综合楼 205': { name: '青溪县云帆广告设计工作室', trade: 'OFFICE' },
  '综合楼 206': { name: '青溪县乐学教育咨询有限公司', trade: 'EDUCATION' },
  '综合楼 207': { name: '青溪县安达测绘有限公司', trade: 'OFFICE' },
};
const CATERING_UNIT = '综合楼 101';
const CATERING_TENANT: Tenant = { name: '老街张记餐饮店', trade: 'CATERING' };
/** The renewal at a new market rent. */
const RENT_CHANGE_UNIT = '综合楼 103';
/** The 2026 lease terminated for its unpaid June half, and its next tenant. */
const TERMINATED_UNIT = '综合楼 106';
const RELET_TENANT: Tenant = { name: '青溪县鲜果坊水果店', trade: 'RETAIL' };
/** This year's new leases: unit, tenant and the month the lease starts (day 1, or 15 for 302). */
const THIS_YEAR: readonly (Tenant & { unit: string; start: string })[] = [
  { unit: '综合楼 111', name: '青溪县好味烘焙坊', trade: 'CATERING', start: '02-01' },
  { unit: '综合楼 301', name: '青溪县博雅艺术培训中心', trade: 'EDUCATION', start: '03-01' },
  { unit: '综合楼 302', name: '青溪县恒信财税咨询有限公司', trade: 'OFFICE', start: '03-15' },
  { unit: '综合楼 303', name: '青溪县绿源环保科技有限公司', trade: 'OFFICE', start: '04-01' },
  { unit: '综合楼 304', name: '青溪县星辰文化传媒有限公司', trade: 'OFFICE', start: '05-01' },
  { unit: '综合楼 112', name: '康宁母婴用品店', trade: 'RETAIL', start: '06-01' },
  { unit: '附楼 5号铺', name: '巧手裁缝铺', trade: 'SERVICES', start: '07-01' },
  { unit: '综合楼 305', name: '青溪县远航人力资源有限公司', trade: 'OFFICE', start: '08-01' },
  { unit: '综合楼 306', name: '青溪县匠心装饰设计有限公司', trade: 'OFFICE', start: '10-01' },
  { unit: '综合楼 208', name: '青溪县同心社会工作服务中心', trade: 'OFFICE', start: '11-01' },
];
/** Half of the August half paid, the rest not: flagged on 1 September. */
const PART_PAID_UNIT = '综合楼 302';
/** The October half unpaid: flagged on 1 November. */
const UNPAID_UNIT = '综合楼 304';

const at = (date: string, time = '10:00:00') => new Date(`${date}T${time}+08:00`);

export async function seedDemoLeasing(tx: EntityManager, referenceDate: string): Promise<DemoLeasingSummary> {
  const Y = Number(referenceDate.slice(0, 4));
  const d = (year: number, md: string) => `${year}-${md}`;
  const em = () => tx.fork({ keepTransactionContext: true });

  const members = await tx.find(User, { role: 'AGENCY', agency: { name: DEMO_AGENCY.name } }, { populate: ['agency'], orderBy: { id: 'asc' } });
  const actorOf = (position: AgencyPosition): LeasingActor => {
    const u = members.find((m) => m.position === position);
    if (!u) throw new Error(`demo leasing: no ${position} in ${DEMO_AGENCY.name}`);
    return { principal: { userId: String(u.id), role: 'AGENCY', agencyId: String(u.agency!.id), position } as Principal, name: u.displayName };
  };
  const clerk = actorOf('CLERK');
  const deputy = actorOf('DEPUTY');
  const head = actorOf('HEAD');

  // Events run in date order (stable within a day), as the working group would have entered them.
  const events: { date: string; time: string; run: () => Promise<unknown> }[] = [];
  const on = (date: string, run: () => Promise<unknown>, time = '10:00:00') => events.push({ date, time, run });

  const plans = unitPlans();
  const keyOf = (u: UnitPlan) => `${u.building} ${u.room}`;
  const units = new Map<string, LeaseUnit>();
  const contracts = new Map<string, LeaseContract>();
  const unit = (key: string) => {
    const u = units.get(key);
    if (!u) throw new Error(`demo leasing: unit ${key}`);
    return u;
  };
  const plan = (key: string) => plans.find((p) => keyOf(p) === key)!;
  const instalment = async (key: string, seq: number) => em().findOneOrFail(RentInstalment, { contract: contracts.get(key)!.id, seq });
  const pay = (date: string, key: string, seq: number, part = 1) =>
    on(date, async () => {
      const i = await instalment(key, seq);
      await recordPayment(em(), clerk, { instalmentId: i.id, amountFen: Math.round(i.amountFen * part), paidOn: date }, date);
    });

  /** Tender, bids, award and signing: the tender opens 40 days before the start; the contract is signed 10 days before. */
  const letByTender = (key: string, tenant: Tenant, start: string, months: number, rent: number, rival: string | null) => {
    const opens = addDays(start, -40);
    const closes = addDays(start, -25);
    let tenderId = 0;
    let bidId = 0;
    on(opens, async () => {
      const t = await publishTender(em(), clerk, {
        unitId: unit(key).id,
        referenceSources: [
          { description: '同路段同类房屋近期成交租金', annualRentFen: Math.round((rent * 0.92) / 100) * 100 },
          { description: '县国资出租房屋年度评估价', annualRentFen: Math.round((rent * 0.96) / 100) * 100 },
        ],
        opensOn: opens,
        closesOn: closes,
      });
      tenderId = t.id;
    });
    on(addDays(opens, 5), async () => {
      const bid = await placeBid(
        em(),
        clerk,
        {
          tenderId,
          bidderName: tenant.name,
          bidderContact: `0571-6${String(7000000 + rent / 100).slice(-7)}`,
          trade: tenant.trade,
          annualRentFen: rent,
          months,
        },
        addDays(opens, 5),
      );
      bidId = bid.id;
      if (rival) {
        await placeBid(
          em(),
          clerk,
          { tenderId, bidderName: rival, bidderContact: '0571-65550000', trade: 'RETAIL', annualRentFen: Math.round((rent * 0.95) / 100) * 100, months: 12 },
          addDays(opens, 7),
        );
      }
    });
    on(addDays(closes, 1), () => awardTender(em(), clerk, tenderId, addDays(closes, 1)));
    on(addDays(start, -10), async () => {
      const c = await signContract(em(), clerk, { bidId, startDate: start, endDate: addDays(addMonths(start, months), -1) }, addDays(start, -10));
      contracts.set(key, c);
    });
  };

  // The units, listed on 1 December two years before.
  const listedOn = d(Y - 2, '11-20');
  on(listedOn, async () => {
    for (const p of plans) {
      const u = await listUnit(em(), clerk, {
        building: p.building,
        floor: p.floor,
        room: p.room,
        kind: p.kind,
        area: String(p.area),
        permittedUse:
          p.kind === 'SHOP' ? ['RETAIL', 'SERVICES', 'CATERING'] : p.building === '附楼' ? ['STORAGE', 'OFFICE'] : ['OFFICE', 'EDUCATION', 'SERVICES'],
        condition: p.kind === 'SHOP' ? '完好，卷闸门、水电表齐全' : '完好，已简单装修',
      });
      units.set(keyOf(p), u);
    }
  });

  // Last year: one-year leases from 1 January, June halves paid in June, renewed in December for this year.
  const lastYearStart = d(Y - 1, '01-01');
  Object.entries(LAST_YEAR_TENANTS).forEach(([key, tenant], k) => {
    const rent = rentOf(plan(key));
    letByTender(key, tenant, lastYearStart, 12, rent, k % 3 === 0 ? '某个体经营户' : null);
    pay(d(Y - 1, `06-${String(10 + (k % 20)).padStart(2, '0')}`), key, 2);
    const newRent = key === RENT_CHANGE_UNIT ? Math.round((rent * 1.1) / 100_00) * 100_00 : rent;
    on(d(Y - 1, '12-15'), async () => {
      contracts.set(key, await renewContract(em(), clerk, contracts.get(key)!.id, { endDate: d(Y, '12-31'), annualRentFen: newRent }, d(Y - 1, '12-15')));
    });
    pay(d(Y - 1, `12-${String(18 + (k % 12)).padStart(2, '0')}`), key, 1);
    if (key !== TERMINATED_UNIT) pay(d(Y, `06-${String(8 + (k % 22)).padStart(2, '0')}`), key, 2);
  });

  // The catering lease of three years; each later half paid before its due date.
  letByTender(CATERING_UNIT, CATERING_TENANT, lastYearStart, 36, rentOf(plan(CATERING_UNIT)), '青溪县某快餐店');
  pay(d(Y - 1, '06-25'), CATERING_UNIT, 2);
  pay(d(Y - 1, '12-26'), CATERING_UNIT, 3);
  pay(d(Y, '06-28'), CATERING_UNIT, 4);

  // 综合楼 106: the June half unpaid; flagged the day after, terminated by the head, let again from 1 September.
  on(d(Y, '07-01'), () => flagOverdue(tx, at(d(Y, '07-01'), '00:30:00')), '00:30:00');
  on(d(Y, '07-10'), () => confirmTermination(em(), head, contracts.get(TERMINATED_UNIT)!.id, d(Y, '07-10')));
  letByTender(TERMINATED_UNIT, RELET_TENANT, d(Y, '09-01'), 12, rentOf(plan(TERMINATED_UNIT)), null);

  // This year's new leases; their second halves paid before the due date, except 302 (in part) and 304 (not at all).
  THIS_YEAR.forEach((t, k) => {
    const start = d(Y, t.start);
    letByTender(t.unit, t, start, 12, rentOf(plan(t.unit)), k % 2 === 0 ? '某咨询服务部' : null);
    const secondDue = addDays(`${addMonths(start, 6).slice(0, 8)}01`, -1);
    if (secondDue >= referenceDate || t.unit === UNPAID_UNIT) return;
    pay(addDays(secondDue, -3), t.unit, 2, t.unit === PART_PAID_UNIT ? 0.5 : 1);
  });
  on(d(Y, '09-01'), () => flagOverdue(tx, at(d(Y, '09-01'), '00:30:00')), '00:30:00');
  on(d(Y, '11-01'), () => flagOverdue(tx, at(d(Y, '11-01'), '00:30:00')), '00:30:00');

  // Open tenders: one closed on 12 November waiting for its award, two open over the reference date.
  const tenderNow = (key: string, opens: string, closes: string, bids: [string, number][]) => {
    on(opens, async () => {
      const rent = rentOf(plan(key));
      const t = await publishTender(em(), clerk, {
        unitId: unit(key).id,
        referenceSources: [{ description: '同楼层同类房屋近期成交租金', annualRentFen: rent }],
        opensOn: opens,
        closesOn: closes,
      });
      for (const [name, extra] of bids) {
        await placeBid(
          em(),
          clerk,
          { tenderId: t.id, bidderName: name, bidderContact: '0571-65551234', trade: 'OFFICE', annualRentFen: rent + extra, months: 12 },
          opens,
        );
      }
    });
  };
  tenderNow('综合楼 307', addDays(referenceDate, -20), addDays(referenceDate, -3), [
    ['青溪县明德教育科技有限公司', 300_00],
    ['青溪县信达物流有限公司', 500_00],
  ]);
  tenderNow('综合楼 308', addDays(referenceDate, -10), addDays(referenceDate, 10), [['青溪县晨曦文化工作室', 0]]);
  tenderNow('附楼 6号铺', addDays(referenceDate, -5), addDays(referenceDate, 15), []);

  // Meters: a master electricity meter per building with a sub-meter per shop, and 附楼's water.
  let readings = 0;
  const meters: { meter: Meter; key: string | null; base: number }[] = [];
  on(d(Y, '07-20'), async () => {
    for (const [building, code, kind, price] of [
      ['综合楼', 'E-ZH', 'ELECTRICITY', 85],
      ['附楼', 'E-FL', 'ELECTRICITY', 85],
      ['附楼', 'W-FL', 'WATER', 420],
    ] as const) {
      const master = await addMeter(em(), clerk, { kind, code, priceFen: price });
      meters.push({ meter: master, key: null, base: 0 });
      for (const p of plans.filter((x) => x.building === building && x.kind === 'SHOP')) {
        const key = keyOf(p);
        const sub = await addMeter(em(), clerk, {
          kind,
          code: `${code}-${p.room.replace('号铺', '')}`,
          masterId: master.id,
          unitId: unit(key).id,
          priceFen: price,
        });
        const catering =
          key === CATERING_UNIT || LAST_YEAR_TENANTS[key]?.trade === 'CATERING' || THIS_YEAR.some((t) => t.unit === key && t.trade === 'CATERING');
        meters.push({ meter: sub, key, base: (kind === 'WATER' ? 8 : 40) * p.area * (catering ? 4 : 1) });
      }
    }
  });
  /** A month's usage in hundredths: a let unit uses its base (±), a vacant one nothing; a master its subs plus a loss. */
  const letOn = async (key: string, date: string) =>
    (await em().count(LeaseContract, {
      unit: unit(key).id,
      startDate: { $lte: date },
      endDate: { $gte: date },
      $or: [{ terminatedOn: null }, { terminatedOn: { $gte: date } }],
    })) > 0;
  const totals = new Map<number, number>();
  const periods = [d(Y, '08'), d(Y, '09'), d(Y, '10')];
  periods.forEach((period, k) => {
    on(`${period}-28`, async () => {
      const usage = new Map<number, number>();
      for (const m of meters.filter((x) => x.key)) {
        usage.set(m.meter.id, (await letOn(m.key!, `${period}-15`)) ? Math.round(m.base * (1 + ((m.meter.id * 7 + k * 3) % 9) / 40)) * 100 : 0);
      }
      for (const m of meters.filter((x) => !x.key)) {
        const subs = meters.filter((x) => x.meter.master?.id === m.meter.id).reduce((s, x) => s + usage.get(x.meter.id)!, 0);
        // 附楼's water master in September reads below its sub-meters (a stuck register): flagged, not billed.
        const negative = m.meter.code === 'W-FL' && k === 1;
        usage.set(m.meter.id, negative ? Math.round(subs * 0.97) : Math.round(subs * (1.03 + ((m.meter.id + k) % 3) / 100)));
      }
      for (const m of meters) {
        const value = (totals.get(m.meter.id) ?? 1_000_000 + m.meter.id * 10_000) + (k === 0 ? 0 : usage.get(m.meter.id)!);
        totals.set(m.meter.id, value);
        await recordReading(em(), clerk, { meterId: m.meter.id, period, valueCenti: value, readOn: `${period}-28` });
        readings++;
      }
    });
    if (k > 0) on(addDays(`${addMonths(`${period}-01`, 1)}`, 4), () => issueStatements(em(), clerk, period, addDays(addMonths(`${period}-01`, 1), 4)));
  });

  // Utilities are collected apart from rent: September's statements paid in full on 15 October; of October's, every
  // other one paid in full on 10 November and the rest still owed.
  const payStatements = (period: string, paidOn: string, every: number) =>
    on(paidOn, async () => {
      const statements = await em().find(UtilityStatement, { period, contract: { agency: { name: DEMO_AGENCY.name } } }, { orderBy: { id: 'asc' } });
      for (const [i, st] of statements.entries()) {
        if (i % every === 0 && st.totalFen > st.paidFen)
          await recordUtilityPayment(em(), clerk, { statementId: st.id, amountFen: st.totalFen - st.paidFen, paidOn }, paidOn);
      }
    });
  payStatements(d(Y, '09'), d(Y, '10-15'), 1);
  payStatements(d(Y, '10'), d(Y, '11-10'), 2);

  // Written consent (装修改造、招牌): the head consents to the catering tenant's shop sign and a kitchen alteration.
  on(d(Y, '03-10'), async () => {
    const unit = await em().findOneOrFail(LeaseUnit, { agency: { name: DEMO_AGENCY.name }, building: '综合楼', room: '101' });
    const contract = await em().findOneOrFail(LeaseContract, { unit: unit.id, state: { $in: ['ACTIVE', 'FLAGGED'] } });
    const grantedOn = d(Y, '03-10');
    await recordConsent(
      em(),
      head,
      { contractId: contract.id, kind: 'SIGNAGE', description: '门头招牌 6 m × 1 m，不遮挡消防通道与疏散指示', grantedOn },
      grantedOn,
    );
    await recordConsent(em(), head, { contractId: contract.id, kind: 'ALTERATION', description: '后厨增设排油烟管道，不改动承重结构', grantedOn }, grantedOn);
  });

  // Spending: one through all three steps, one waiting at each step, one rejected by the deputy with the reason.
  const spend = (date: string, title: string, purpose: string, amountFen: number, steps: ('SIGN' | 'REVIEW' | 'APPROVE' | 'REJECT')[], reason = '') =>
    on(date, async () => {
      const r = await requestSpending(em(), clerk, { title, purpose, amountFen });
      let day = date;
      for (const step of steps) {
        day = addDays(day, 2);
        if (step === 'SIGN') await signStep(em(), clerk, r.id, '情况属实，申请支出', at(day));
        if (step === 'REVIEW') await signStep(em(), deputy, r.id, '已核对报价，同意', at(day));
        if (step === 'APPROVE') await signStep(em(), head, r.id, '同意支出', at(day));
        if (step === 'REJECT') await rejectStep(em(), deputy, r.id, reason, at(day));
      }
    });
  spend(d(Y, '09-08'), '综合楼灭火器更换', '综合楼一层商铺及楼道灭火器已过有效期，更换 36 具', 18_600_00, ['SIGN', 'REVIEW', 'APPROVE']);
  spend(d(Y, '10-20'), '附楼屋面防水维修', '附楼屋面渗漏，影响 2 层房间出租，按主体结构养护由机关负责', 42_000_00, ['SIGN']);
  spend(d(Y, '10-26'), '综合楼公共照明改造', '楼道及外立面公共照明更换为 LED 灯具', 9_800_00, ['SIGN', 'REVIEW']);
  spend(d(Y, '11-10'), '附楼总电表箱更换', '附楼总电表箱老化，表前线路由机关负责更换', 3_200_00, []);
  spend(
    d(Y, '10-12'),
    '综合楼商铺招牌统一制作',
    '为一层商铺统一制作店招',
    26_000_00,
    ['SIGN', 'REJECT'],
    '招牌由承租人经机关书面同意后自行制作，费用不属机关支出范围',
  );

  // Safety checks of let units in October and November; findings go round the loop.
  let findings = 0;
  const check = (date: string, key: string, found: { item: string; description: string }[]) =>
    on(
      date,
      async () => {
        await recordSafetyCheck(em(), clerk, { unitId: unit(key).id, checkedOn: date, inspectors: '王建国、李晓梅', findings: found }, at(date, '16:00:00'));
        findings += found.length;
      },
      '16:00:00',
    );
  const letAtReference = [...Object.keys(LAST_YEAR_TENANTS), CATERING_UNIT, ...THIS_YEAR.map((t) => t.unit)].filter((k) => k !== '综合楼 208');
  letAtReference.forEach((key, k) => {
    if (key === CATERING_UNIT || key === '附楼 3号铺') return;
    check(addDays(d(Y, '10-12'), k % 20), key, []);
  });
  check(d(Y, '10-15'), CATERING_UNIT, [
    { item: 'FIRE_EXTINGUISHER', description: '后厨 2 具灭火器压力不足' },
    { item: 'OPEN_FLAME', description: '后厨燃气灶旁堆放纸箱等可燃物' },
  ]);
  check(d(Y, '11-05'), '附楼 3号铺', [{ item: 'PROHIBITED_GOODS', description: '店内存放瓶装液化石油气 6 瓶，超出经营范围' }]);
  const finding = async (key: string, item: string) => em().findOneOrFail(LeaseSafetyFinding, { unit: unit(key).id, item });
  const act = (date: string, who: LeasingActor, key: string, item: string, input: Parameters<typeof actOnSafetyFinding>[3]) =>
    on(date, async () => actOnSafetyFinding(em(), who, (await finding(key, item)).id, input, at(date, '11:00:00')), '11:00:00');
  act(d(Y, '10-16'), clerk, CATERING_UNIT, 'FIRE_EXTINGUISHER', { action: 'ASSIGN', measures: '更换或充装灭火器', deadline: d(Y, '10-23') });
  act(d(Y, '10-17'), clerk, CATERING_UNIT, 'FIRE_EXTINGUISHER', { action: 'ACKNOWLEDGE', note: '承租人已签收整改通知' });
  act(d(Y, '10-22'), clerk, CATERING_UNIT, 'FIRE_EXTINGUISHER', { action: 'SUBMIT', note: '已更换 2 具 4kg 干粉灭火器，附照片' });
  act(d(Y, '10-24'), deputy, CATERING_UNIT, 'FIRE_EXTINGUISHER', { action: 'CLOSE', note: '现场复核合格' });
  act(d(Y, '10-16'), clerk, CATERING_UNIT, 'OPEN_FLAME', { action: 'ASSIGN', measures: '清理灶台周边可燃物，保持 1 米以上间距', deadline: d(Y, '11-30') });
  act(d(Y, '10-18'), clerk, CATERING_UNIT, 'OPEN_FLAME', { action: 'ACKNOWLEDGE', note: '承租人已签收整改通知' });
  act(d(Y, '11-06'), head, '附楼 3号铺', 'PROHIBITED_GOODS', { action: 'REFER', note: '涉及危险化学品储存，移送应急管理部门依法处理' });

  // The working group's monthly meetings: the clerk sends the notice five days ahead and records the decisions after.
  const participants = [`组长${head.name}`, `副组长${deputy.name}`, `经办人${clerk.name}`, '财务科、办公室有关人员'];
  let meetings = 0;
  for (const m of MEETINGS) {
    const heldOn = d(Y, m.on);
    let meetingId = 0;
    on(
      addDays(heldOn, -5),
      async () => {
        const meeting = await scheduleLeaseMeeting(
          em(),
          clerk,
          { title: m.title, heldAt: at(heldOn, '09:30:00'), location: '机关综合楼三楼会议室', agenda: m.agenda, participants, contactPhone: '0571-63900172' },
          at(addDays(heldOn, -5), '09:00:00'),
        );
        meetingId = meeting.id;
        meetings++;
      },
      '09:00:00',
    );
    on(
      heldOn,
      () =>
        recordMeetingDecisions(
          em(),
          clerk,
          meetingId,
          { minutes: m.minutes, decisions: m.decisions.map(([text, owner, due]) => ({ text, owner, dueOn: due ? d(Y, due) : null })) },
          at(heldOn, '17:00:00'),
        ),
      '17:00:00',
    );
  }

  const ordered = events.map((x, i) => ({ ...x, i })).sort((a, b) => a.date.localeCompare(b.date) || a.time.localeCompare(b.time) || a.i - b.i);
  for (const e of ordered) await clock.runAt(at(e.date, e.time), e.run);

  return {
    units: units.size,
    contracts: await tx.count(LeaseContract, {}),
    payments: await tx.count(LeasePayment, {}),
    readings,
    spendingRequests: 5,
    findings,
    meetings,
  };
}

/** A decision: what, who carries it out, by when (MM-DD of the year). */
type Decision = readonly [text: string, owner: string, dueOn: string | null];

/** 工作组例会, monthly from June, on what the group dealt with that month (the events above). */
const MEETINGS: readonly { on: string; title: string; agenda: string; minutes: string; decisions: readonly Decision[] }[] = [
  {
    on: '06-05',
    title: '物业管理工作组6月例会',
    agenda: '通报上半年租金收缴情况，部署下半年租金催缴；研究汛期和夏季用电安全',
    minutes: '会议由组长主持。上半年各承租户首期租金均已按时交纳；一年一签的合同下半年租金须于 6 月 30 日前交清。',
    decisions: [
      ['6 月 10 日前向各承租户书面提示下半年租金缴纳期限，6 月 25 日逐户核对到账情况', '经办人', '06-25'],
      ['汛期前检查综合楼、附楼屋面及排水沟，发现渗漏及时报修', '副组长', '06-20'],
    ],
  },
  {
    on: '07-08',
    title: '物业管理工作组7月例会',
    agenda: '研究综合楼 106 欠缴下半年租金的处理；安装水电分表',
    minutes: '综合楼 106 承租人逾期未交下半年租金，7 月 1 日系统已标记待解除；经催告仍未交纳。',
    decisions: [
      ['按合同约定解除综合楼 106 租赁合同，保证金先行抵扣所欠租金，由组长确认解除', '组长', '07-10'],
      ['综合楼 106 收回后重新公开招租，7 月下旬发布招租公告', '经办人', '07-25'],
      ['综合楼、附楼商铺 7 月 20 日前完成水电分表登记，8 月起每月 28 日抄表', '经办人', '07-20'],
    ],
  },
  {
    on: '08-06',
    title: '物业管理工作组8月例会',
    agenda: '通报综合楼 106 招租进展；明确水电损耗分摊办法',
    minutes: '综合楼 106 招租公示期至 8 月 7 日结束。总表与分表差额（损耗）按同一总表下的承租户均摊，与租金分别收取。',
    decisions: [
      ['综合楼 106 公示期满后按最高有效报价定标，并在 8 月下旬签订合同', '经办人', '08-22'],
      ['水电损耗按总表下承租户均摊，每月出具水电费通知单，与租金分开收取', '经办人', null],
    ],
  },
  {
    on: '09-04',
    title: '物业管理工作组9月例会',
    agenda: '研究综合楼 302 欠缴租金；综合楼灭火器到期更换',
    minutes: '综合楼 302 8 月应交租金仅交一半，9 月 1 日已标记待解除；综合楼一层商铺及楼道灭火器已过有效期。',
    decisions: [
      ['书面催告综合楼 302 承租人补交所欠租金，逾期不交按合同解除', '经办人', '09-15'],
      ['更换综合楼灭火器 36 具，按经办签字、副组长审核、组长审批程序支出', '经办人', '09-08'],
    ],
  },
  {
    on: '10-09',
    title: '物业管理工作组10月例会',
    agenda: '部署第四季度安全检查；研究附楼 9 月水表读数异常；附楼屋面渗漏',
    minutes: '附楼 9 月水总表读数低于各分表之和，损耗为负数，本月不分摊；附楼屋面渗漏影响 2 层房间出租。',
    decisions: [
      ['10 月 12 日起对已出租房屋逐户开展安全检查，重点查火灾隐患和违禁物品', '副组长', '10-31'],
      ['请供水单位校验附楼水总表，校验前负损耗月份不分摊', '经办人', '10-20'],
      ['附楼屋面防水属主体结构养护，由机关负责维修，提出支出申请', '经办人', '10-20'],
      ['商铺店招由承租人经机关书面同意后自行制作，不列入机关支出', '副组长', null],
    ],
  },
  {
    on: '11-10',
    title: '物业管理工作组11月例会',
    agenda: '研究综合楼 304 欠租、附楼 3号铺存放液化气问题；部署明年续租和招租',
    minutes: '综合楼 304 10 月应交租金未交，11 月 1 日已标记待解除；附楼 3号铺存放瓶装液化石油气，已移送应急管理部门。',
    decisions: [
      ['综合楼 302、304 限期 11 月 20 日前结清欠租，逾期由组长确认解除合同', '经办人', '11-20'],
      ['综合楼 307 公示期满后按最高有效报价定标', '经办人', '11-13'],
      ['12 月 15 日前办理明年到期合同的续租，租金按市场行情调整', '经办人', '12-15'],
      ['跟踪附楼 3号铺移送处理结果，处理前暂停其新增经营项目', '组长', null],
    ],
  },
];
