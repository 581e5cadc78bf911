import type { MikroORM } from '@mikro-orm/core';
import { UNIT_PHOTO_LIMITS, messageFor, type Principal } from '@wuye/domain';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  Agency,
  AuditLog,
  Bid,
  LeaseConsent,
  LeaseContract,
  LeaseIncome,
  LeasePayment,
  LeaseUnit,
  MeterLoss,
  Tender,
  MeterReading,
  RentInstalment,
  SpendingRequest,
  SpendingStep,
  UtilityStatement,
  User,
} from '../index.js';
import { RuleError } from '../rule-error.js';
import { createTestOrm, describeEachDriver, dropTestOrm } from '../testing.js';
import {
  addMeter,
  arrearsSummary,
  awardTender,
  confirmTermination,
  flagOverdue,
  issueStatements,
  listUnit,
  placeBid,
  publishTender,
  recordPayment,
  recordReading,
  recordUtilityPayment,
  rejectStep,
  renewContract,
  rentRoll,
  requestSpending,
  signContract,
  signStep,
  terminateForPolicy,
  recordConsent,
  withdrawTender,
  addUnitPhoto,
  removeUnitPhoto,
  type LeasingActor,
} from './index.js';

/** The rule a command refused with, as `field:CODE` pairs; nothing when it went through. */
async function refusal(run: () => Promise<unknown>): Promise<string[]> {
  try {
    await run();
    return [];
  } catch (e) {
    if (e instanceof RuleError) return e.issues.map((i) => `${i.field}:${i.code}`);
    throw e;
  }
}

async function refusalText(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return '';
  } catch (e) {
    if (e instanceof RuleError) return e.issues.map((i) => messageFor(i, 'zh-CN')).join('；');
    throw e;
  }
}

describeEachDriver('leasing of state-owned property', (driver) => {
  let orm: MikroORM;
  let clerk: LeasingActor;
  let clerk2: LeasingActor;
  let deputy: LeasingActor;
  let head: LeasingActor;
  let outsider: LeasingActor;
  let agencyId: number;

  beforeAll(async () => {
    orm = await createTestOrm({ driver });
    const em = orm.em.fork();
    const agency = em.create(Agency, { name: '青溪县机关事务服务中心', groupName: '物业管理工作组' });
    const other = em.create(Agency, { name: '另一机关', groupName: '物业管理工作组' });
    const user = (username: string, position: 'CLERK' | 'DEPUTY' | 'HEAD', a = agency) =>
      em.create(User, { username, displayName: username, role: 'AGENCY', agency: a, position, passwordHash: 'x' });
    const users = [user('clerk', 'CLERK'), user('clerk2', 'CLERK'), user('deputy', 'DEPUTY'), user('head', 'HEAD'), user('outsider', 'HEAD', other)];
    await em.flush();
    agencyId = agency.id;
    const actor = (u: User): LeasingActor => ({
      principal: { userId: String(u.id), role: 'AGENCY', agencyId: String(u.agency!.id), position: u.position } as Principal,
      name: u.displayName,
    });
    [clerk, clerk2, deputy, head, outsider] = users.map(actor) as [LeasingActor, LeasingActor, LeasingActor, LeasingActor, LeasingActor];
  });
  afterAll(async () => orm && dropTestOrm(orm));
  const em = () => orm.em.fork();
  const audits = async (action: string) => em().count(AuditLog, { action: `leasing.${action}` });

  /** A vacant shop let by tender to one bidder. */
  async function letShop(room: string, trade: string, annualRentFen: number, start: string, end: string) {
    const unit = await listUnit(em(), clerk, {
      building: '1号楼',
      floor: '1',
      room,
      kind: 'SHOP',
      area: '85.5',
      permittedUse: ['RETAIL', 'CATERING', 'OFFICE'],
      condition: '完好',
    });
    const tender = await publishTender(em(), clerk, {
      unitId: unit.id,
      referenceSources: [
        { description: '同路段 2 号铺', annualRentFen: 11_000_00 },
        { description: '同路段 5 号铺', annualRentFen: 12_000_00 },
      ],
      opensOn: '2025-12-01',
      closesOn: '2025-12-10',
    });
    const bid = await placeBid(
      em(),
      clerk,
      { tenderId: tender.id, bidderName: `租户${room}`, bidderContact: '13800000000', trade, annualRentFen, months: 12 },
      '2025-12-05',
    );
    await awardTender(em(), clerk, tender.id, '2025-12-11');
    const contract = await signContract(em(), clerk, { bidId: bid.id, startDate: start, endDate: end }, '2025-12-20');
    return { unit, tender, bid, contract };
  }

  it('adds photos to a unit up to the limit and removes one, each with its audit row; another agency and unknown names are refused', async () => {
    const unit = await listUnit(em(), clerk, {
      building: '照片楼',
      floor: '1',
      room: '1',
      kind: 'SHOP',
      area: '20',
      permittedUse: ['RETAIL'],
      condition: '完好',
    });
    const name = (n: number) => `${String(n).padStart(8, '0')}-0000-4000-8000-000000000000.jpg`;
    const photo = (n: number) => ({ name: name(n), mime: 'image/jpeg', bytes: 1000, originalName: `门面${n}.jpg` });
    for (let n = 0; n < UNIT_PHOTO_LIMITS.max; n++) await addUnitPhoto(em(), clerk, unit.id, photo(n));
    expect((await em().findOneOrFail(LeaseUnit, { id: unit.id })).photos).toHaveLength(UNIT_PHOTO_LIMITS.max);
    expect(await audits('addUnitPhoto')).toBe(UNIT_PHOTO_LIMITS.max);
    // One more, a name the server would not give, another agency's member: refused, nothing written.
    expect(await refusalText(() => addUnitPhoto(em(), clerk, unit.id, photo(99)))).toBe('照片最多 12 张');
    await removeUnitPhoto(em(), clerk, unit.id, name(0));
    expect(await refusal(() => addUnitPhoto(em(), clerk, unit.id, { ...photo(98), name: '../x.jpg' }))).toEqual(['photo:INVALID_FORMAT']);
    expect(await refusal(() => addUnitPhoto(em(), outsider, unit.id, photo(97)))).toEqual(['unitId:LEASE_AGENCY_MISMATCH']);
    expect(await refusal(() => removeUnitPhoto(em(), outsider, unit.id, name(1)))).toEqual(['unitId:LEASE_AGENCY_MISMATCH']);
    expect(await refusalText(() => removeUnitPhoto(em(), clerk, unit.id, name(0)))).toBe(`房屋照片不存在：${name(0)}`);
    const after = await em().findOneOrFail(LeaseUnit, { id: unit.id });
    expect(after.photos).toEqual(Array.from({ length: UNIT_PHOTO_LIMITS.max - 1 }, (_, i) => name(i + 1)));
    expect(await audits('addUnitPhoto')).toBe(UNIT_PHOTO_LIMITS.max);
    expect(await audits('removeUnitPhoto')).toBe(1);
    const row = await em().findOneOrFail(AuditLog, { action: 'leasing.removeUnitPhoto' });
    expect(row.changes).toEqual({ photo: name(0), photos: UNIT_PHOTO_LIMITS.max - 1 });
  });

  it('lists a unit, tenders it at a reference rent from its sources, refuses a prohibited trade and awards the best bid', async () => {
    const unit = await listUnit(em(), clerk, {
      building: '1号楼',
      floor: '1',
      room: '101',
      kind: 'SHOP',
      area: '60',
      permittedUse: ['RETAIL'],
      condition: '完好',
    });
    expect(unit.tenantDuties).toContain('化粪池');
    const tender = await publishTender(em(), clerk, {
      unitId: unit.id,
      referenceSources: [
        { description: 'A', annualRentFen: 10_000_00 },
        { description: 'B', annualRentFen: 10_000_01 },
      ],
      opensOn: '2025-12-01',
      closesOn: '2025-12-10',
    });
    expect(tender.referenceRentFen).toBe(10_000_01);
    expect(
      await refusal(() =>
        publishTender(em(), clerk, {
          unitId: unit.id,
          referenceSources: [{ description: 'A', annualRentFen: 1 }],
          opensOn: '2025-12-01',
          closesOn: '2025-12-10',
        }),
      ),
    ).toEqual(['unitId:LEASE_UNIT_NOT_AVAILABLE']);
    const bid = (name: string, rent: number, trade = 'RETAIL', day = '2025-12-05') =>
      placeBid(em(), clerk, { tenderId: tender.id, bidderName: name, bidderContact: '1', trade, annualRentFen: rent, months: 12 }, day);
    expect(await refusal(() => bid('烟花店', 20_000_00, 'FIREWORKS'))).toEqual(['trade:LEASE_PROHIBITED_TRADE']);
    expect(await refusalText(() => bid('易燃品', 20_000_00, 'FLAMMABLE_EXPLOSIVE'))).toContain('严禁');
    expect(await refusal(() => bid('低价', 9_000_00))).toEqual(['annualRent:LEASE_BID_BELOW_RESERVE']);
    expect(await refusal(() => bid('迟到', 20_000_00, 'RETAIL', '2025-12-11'))).toEqual(['tenderId:LEASE_TENDER_NOT_OPEN']);
    const a = await bid('甲', 12_000_00);
    const b = await bid('乙', 13_000_00);
    await bid('丙', 13_000_00);
    expect(await refusal(() => awardTender(em(), clerk, tender.id, '2025-12-10'))).toEqual(['tenderId:LEASE_TENDER_STILL_OPEN']);
    const won = await awardTender(em(), clerk, tender.id, '2025-12-11');
    expect(won.id).toBe(b.id);
    expect((await em().findOneOrFail(Bid, { id: a.id })).state).toBe('LOST');
    expect(await refusal(() => awardTender(em(), clerk, tender.id, '2025-12-12'))).toEqual(['tenderId:LEASE_TENDER_CLOSED']);
    expect(
      await refusal(() =>
        publishTender(em(), outsider, {
          unitId: unit.id,
          referenceSources: [{ description: 'A', annualRentFen: 1 }],
          opensOn: '2025-12-01',
          closesOn: '2025-12-10',
        }),
      ),
    ).toEqual(['unitId:LEASE_AGENCY_MISMATCH']);
  });

  it('signs a contract with the deposit and the first instalment; a four-year catering lease is refused and changes nothing', async () => {
    const unit = await listUnit(em(), clerk, {
      building: '2号楼',
      floor: '1',
      room: '201',
      kind: 'SHOP',
      area: '120',
      permittedUse: ['CATERING'],
      condition: '完好',
    });
    const tender = await publishTender(em(), clerk, {
      unitId: unit.id,
      referenceSources: [{ description: 'A', annualRentFen: 20_000_00 }],
      opensOn: '2025-12-01',
      closesOn: '2025-12-10',
    });
    const bid = await placeBid(
      em(),
      clerk,
      { tenderId: tender.id, bidderName: '好味餐馆', bidderContact: '1', trade: 'CATERING', annualRentFen: 24_000_00, months: 36 },
      '2025-12-02',
    );
    await awardTender(em(), clerk, tender.id, '2025-12-11');
    const before = { contracts: await em().count(LeaseContract, {}), payments: await em().count(LeasePayment, {}), audits: await audits('signContract') };
    expect(await refusal(() => signContract(em(), clerk, { bidId: bid.id, startDate: '2026-01-01', endDate: '2029-12-31' }, '2025-12-20'))).toEqual([
      'leaseEnd:LEASE_TERM_TOO_LONG',
    ]);
    expect(await refusalText(() => signContract(em(), clerk, { bidId: bid.id, startDate: '2026-01-01', endDate: '2029-12-31' }, '2025-12-20'))).toBe(
      '租赁结束日期超出租期上限：“餐饮”业态最长租期 36 个月（最晚至 2028-12-31）',
    );
    expect({ contracts: await em().count(LeaseContract, {}), payments: await em().count(LeasePayment, {}), audits: await audits('signContract') }).toEqual(
      before,
    );

    const contract = await signContract(em(), clerk, { bidId: bid.id, startDate: '2026-01-01', endDate: '2028-12-31' }, '2025-12-20');
    expect(contract).toMatchObject({ months: 36, depositFen: 12_000_00, depositHeldFen: 12_000_00, state: 'ACTIVE' });
    const instalments = await em().find(RentInstalment, { contract: contract.id }, { orderBy: { seq: 'asc' } });
    expect(instalments.map((i) => [i.dueDate, i.amountFen, i.paidFen])).toEqual([
      ['2026-01-01', 12_000_00, 12_000_00],
      ['2026-06-30', 12_000_00, 0],
      ['2026-12-31', 12_000_00, 0],
      ['2027-06-30', 12_000_00, 0],
      ['2027-12-31', 12_000_00, 0],
      ['2028-06-30', 12_000_00, 0],
    ]);
    const payments = await em().find(LeasePayment, { contract: contract.id }, { orderBy: { id: 'asc' } });
    expect(payments.map((p) => [p.kind, p.amountFen])).toEqual([
      ['DEPOSIT', 12_000_00],
      ['RENT', 12_000_00],
    ]);
    const income = await em().find(LeaseIncome, { payment: { contract: contract.id } });
    expect(income.map((i) => [i.amountFen, i.taxFen])).toEqual([[12_000_00, 600_00]]);
    expect((await em().findOneOrFail(LeaseUnit, { id: unit.id })).state).toBe('LET');
    expect(await audits('signContract')).toBe(before.audits + 1);
  });

  it('takes a payment up to what is owed; a second instalment larger than owed is refused and changes nothing', async () => {
    const { contract } = await letShop('301', 'RETAIL', 12_000_00, '2026-01-01', '2026-12-31');
    const second = await em().findOneOrFail(RentInstalment, { contract: contract.id, seq: 2 });
    await recordPayment(em(), clerk, { instalmentId: second.id, amountFen: 1_000_00, paidOn: '2026-06-01' }, '2026-06-01');
    const payments = await em().count(LeasePayment, {});
    const incomes = await em().count(LeaseIncome, {});
    expect(await refusalText(() => recordPayment(em(), clerk, { instalmentId: second.id, amountFen: 5_000_01, paidOn: '2026-06-02' }, '2026-06-02'))).toBe(
      '交款金额 5,000.01 元超过第 2 期尚欠的 5,000.00 元',
    );
    expect(await em().count(LeasePayment, {})).toBe(payments);
    expect((await em().findOneOrFail(RentInstalment, { id: second.id })).paidFen).toBe(1_000_00);
    // Money not yet received: a payment dated after today (Asia/Shanghai) is refused, naming the date.
    const audited = await audits('recordPayment');
    expect(await refusalText(() => recordPayment(em(), clerk, { instalmentId: second.id, amountFen: 1_00, paidOn: '2026-06-03' }, '2026-06-02'))).toBe(
      '交款日期不能晚于当前时间',
    );
    expect(await em().count(LeasePayment, {})).toBe(payments);
    expect(await em().count(LeaseIncome, {})).toBe(incomes);
    expect(await audits('recordPayment')).toBe(audited);
    await recordPayment(em(), clerk, { instalmentId: second.id, amountFen: 5_000_00, paidOn: '2026-06-30' }, '2026-06-30');
    expect((await em().findOneOrFail(RentInstalment, { id: second.id })).state).toBe('PAID');
    expect(await refusal(() => recordPayment(em(), outsider, { instalmentId: second.id, amountFen: 1, paidOn: '2026-06-30' }, '2026-06-30'))).toEqual([
      'instalmentId:LEASE_AGENCY_MISMATCH',
    ]);
  });

  it('flags an unpaid June instalment the day after in Asia/Shanghai; the head confirms and the deposit covers the arrears', async () => {
    const { contract, unit } = await letShop('302', 'RETAIL', 12_000_00, '2026-01-01', '2026-12-31');
    await flagOverdue(orm.em, new Date('2026-06-30T15:59:59Z'));
    expect((await em().findOneOrFail(LeaseContract, { id: contract.id })).state).toBe('ACTIVE');
    await flagOverdue(orm.em, new Date('2026-06-30T16:00:00Z'));
    expect((await em().findOneOrFail(LeaseContract, { id: contract.id })).state).toBe('FLAGGED');
    expect(await refusal(() => confirmTermination(em(), clerk, contract.id, '2026-07-02'))).toEqual(['position:LEASE_HEAD_ONLY']);
    const done = await confirmTermination(em(), head, contract.id, '2026-07-02');
    expect(done).toMatchObject({ state: 'TERMINATED', terminationReason: 'ARREARS', depositHeldFen: 0 });
    const payments = await em().find(LeasePayment, { contract: contract.id }, { orderBy: { id: 'asc' } });
    expect(payments.map((p) => [p.kind, p.amountFen])).toEqual([
      ['DEPOSIT', 6_000_00],
      ['RENT', 6_000_00],
      ['DEPOSIT_APPLIED', 6_000_00],
    ]);
    expect((await em().findOneOrFail(LeaseUnit, { id: unit.id })).state).toBe('VACANT');
    expect(await refusal(() => confirmTermination(em(), head, contract.id, '2026-07-03'))).toEqual(['contractId:LEASE_CONTRACT_STATE']);
  });

  it('renews at a higher rent, topping the deposit up; refuses a renewal with rent owing', async () => {
    const { contract } = await letShop('303', 'OFFICE', 12_000_00, '2026-01-01', '2026-12-31');
    expect(await refusal(() => renewContract(em(), clerk, contract.id, { endDate: '2027-12-31', annualRentFen: 14_000_00 }, '2026-11-15'))).toEqual([
      'contractId:LEASE_HAS_ARREARS',
    ]);
    const second = await em().findOneOrFail(RentInstalment, { contract: contract.id, seq: 2 });
    await recordPayment(em(), clerk, { instalmentId: second.id, amountFen: 6_000_00, paidOn: '2026-06-20' }, '2026-06-20');
    expect(await refusal(() => renewContract(em(), clerk, contract.id, { endDate: '2028-12-31', annualRentFen: 14_000_00 }, '2026-11-15'))).toEqual([
      'leaseEnd:LEASE_TERM_TOO_LONG',
    ]);
    const next = await renewContract(em(), clerk, contract.id, { endDate: '2027-12-31', annualRentFen: 14_000_00 }, '2026-11-15');
    expect(next).toMatchObject({ startDate: '2027-01-01', depositFen: 7_000_00, depositHeldFen: 7_000_00, annualRentFen: 14_000_00 });
    expect((await em().find(LeasePayment, { contract: next.id })).map((p) => [p.kind, p.amountFen])).toEqual([['DEPOSIT_TOP_UP', 1_000_00]]);
    expect((await em().findOneOrFail(LeaseContract, { id: contract.id })).state).toBe('RENEWED');
    // A lower rent at the next renewal refunds part of the deposit.
    const [i1, i2] = await em().find(RentInstalment, { contract: next.id }, { orderBy: { seq: 'asc' } });
    await recordPayment(em(), clerk, { instalmentId: i1!.id, amountFen: i1!.amountFen, paidOn: '2027-01-01' }, '2027-01-01');
    await recordPayment(em(), clerk, { instalmentId: i2!.id, amountFen: i2!.amountFen, paidOn: '2027-06-01' }, '2027-06-01');
    const third = await renewContract(em(), clerk, next.id, { endDate: '2028-12-31', annualRentFen: 13_000_00 }, '2027-11-15');
    expect((await em().find(LeasePayment, { contract: third.id })).map((p) => [p.kind, p.amountFen])).toEqual([['DEPOSIT_REFUND', -500_00]]);
  });

  it('ends a contract for policy reasons: rent paid ahead refunded pro rata, the deposit in full, later halves cancelled', async () => {
    const { contract } = await letShop('304', 'RETAIL', 12_000_00, '2026-01-01', '2026-12-31');
    expect(await refusal(() => terminateForPolicy(em(), deputy, contract.id, { endDate: '2026-03-31', reason: '规划调整' }, '2026-03-20'))).toEqual([
      'position:LEASE_HEAD_ONLY',
    ]);
    await terminateForPolicy(em(), head, contract.id, { endDate: '2026-03-31', reason: '规划调整' }, '2026-03-20');
    const payments = await em().find(LeasePayment, { contract: contract.id, kind: { $in: ['RENT_REFUND', 'DEPOSIT_REFUND'] } }, { orderBy: { id: 'asc' } });
    expect(payments.map((p) => [p.kind, p.amountFen])).toEqual([
      ['RENT_REFUND', -(6_000_00 - Math.round((6_000_00 * 90) / 181))],
      ['DEPOSIT_REFUND', -6_000_00],
    ]);
    expect((await em().findOneOrFail(RentInstalment, { contract: contract.id, seq: 2 })).state).toBe('CANCELLED');
  });

  it('reads meters (never lower than before) and issues statements sharing the loss so it adds up; a negative loss is flagged', async () => {
    const { contract: c1, unit: u1 } = await letShop('401', 'RETAIL', 12_000_00, '2026-01-01', '2026-12-31');
    const { contract: c2, unit: u2 } = await letShop('402', 'RETAIL', 12_000_00, '2026-01-01', '2026-12-31');
    const { contract: c3, unit: u3 } = await letShop('403', 'RETAIL', 12_000_00, '2026-01-01', '2026-12-31');
    const master = await addMeter(em(), clerk, { kind: 'ELECTRICITY', code: 'E-总-4', priceFen: 65 });
    const subs = await Promise.all(
      [u1, u2, u3].map(async (u, i) => addMeter(em(), clerk, { kind: 'ELECTRICITY', code: `E-4-${i}`, masterId: master.id, unitId: u.id, priceFen: 65 })),
    );
    const read = (meterId: number, period: string, valueCenti: number) => recordReading(em(), clerk, { meterId, period, valueCenti, readOn: `${period}-28` });
    await read(master.id, '2026-09', 100_000);
    for (const s of subs) await read(s.id, '2026-09', 10_000);
    await read(master.id, '2026-10', 200_000);
    const readings = await em().count(MeterReading, {});
    expect(await refusalText(() => read(subs[0]!.id, '2026-10', 9_999))).toBe('表计读数 99.99 低于上次读数 100.00，表计读数不能倒退');
    expect(await em().count(MeterReading, {})).toBe(readings);
    expect(await refusal(() => issueStatements(em(), clerk, '2026-10', '2026-11-01'))).toEqual(['period:LEASE_MISSING_READINGS']);
    // Subs used 300 + 300 + 299.99 kWh of the master's 1000: loss 100.01 kWh × 0.65 = 65.01 yuan.
    await read(subs[0]!.id, '2026-10', 40_000);
    await read(subs[1]!.id, '2026-10', 40_000);
    await read(subs[2]!.id, '2026-10', 39_999);
    const statements = await issueStatements(em(), clerk, '2026-10', '2026-11-01');
    expect(statements).toHaveLength(3);
    const byContract = new Map(statements.map((s) => [s.contract.id, s]));
    const shares = [c1, c2, c3].map((c) => byContract.get(c.id)!.lossShareFen);
    expect(shares).toEqual([2167, 2167, 2167]);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(6501);
    expect(byContract.get(c1.id)!.usageFen).toBe(19500);
    expect((await em().findOneOrFail(MeterLoss, { meter: master.id, period: '2026-10' })).state).toBe('BILLED');
    expect(await refusal(() => issueStatements(em(), clerk, '2026-10', '2026-11-01'))).toEqual(['period:LEASE_STATEMENTS_ISSUED']);
    // November: the sub-meters read above the master → flagged, not billed.
    await read(master.id, '2026-11', 200_100);
    for (const s of subs) await read(s.id, '2026-11', (await em().findOneOrFail(MeterReading, { meter: s.id, period: '2026-10' })).valueCenti + 100);
    const nov = await issueStatements(em(), clerk, '2026-11', '2026-12-01');
    expect(nov.every((s) => s.lossShareFen === 0)).toBe(true);
    expect((await em().findOneOrFail(MeterLoss, { meter: master.id, period: '2026-11' })).state).toBe('NEGATIVE');
    expect(await em().count(UtilityStatement, { agency: agencyId })).toBe(6);
  });

  it('records written consent to alterations and signage: the head only, on a contract in force, never in the future', async () => {
    const { contract } = await letShop('601', 'RETAIL', 12_000_00, '2026-01-01', '2026-12-31');
    const consent = (who: LeasingActor, grantedOn = '2026-03-01', kind = 'SIGNAGE', contractId: number = contract.id) =>
      recordConsent(em(), who, { contractId, kind, description: ' 门头招牌 4 m × 0.8 m ', grantedOn }, '2026-03-01');
    const before = await audits('recordConsent');
    expect(await refusal(() => consent(deputy))).toEqual(['position:LEASE_HEAD_ONLY']);
    expect(await refusal(() => consent(head, '2026-03-02'))).toEqual(['grantedOn:IN_FUTURE']);
    expect(await refusal(() => consent(head, '2026-03-01', 'DEMOLITION'))).toEqual(['kind:INVALID_FORMAT']);
    expect(await refusal(() => consent(outsider))).toEqual(['contractId:LEASE_AGENCY_MISMATCH']);
    expect(await em().count(LeaseConsent, { contract: contract.id })).toBe(0);
    expect(await audits('recordConsent')).toBe(before);
    const granted = await consent(head);
    expect(granted).toMatchObject({ kind: 'SIGNAGE', description: '门头招牌 4 m × 0.8 m', grantedOn: '2026-03-01', approvedByName: 'head' });
    await consent(head, '2026-02-20', 'ALTERATION');
    expect((await em().find(LeaseConsent, { contract: contract.id }, { orderBy: { id: 'asc' } })).map((c) => c.kind)).toEqual(['SIGNAGE', 'ALTERATION']);
    expect(await audits('recordConsent')).toBe(before + 2);
    // A contract no longer in force takes no consent.
    await terminateForPolicy(em(), head, contract.id, { endDate: '2026-03-31', reason: '规划调整' }, '2026-03-01');
    expect(await refusal(() => consent(head))).toEqual(['contractId:LEASE_CONTRACT_STATE']);
  });

  it('withdraws a tender before its award with a reason: bids lost, the unit vacant again; never after the award', async () => {
    const unit = await listUnit(em(), clerk, {
      building: '9号楼',
      floor: '1',
      room: '901',
      kind: 'SHOP',
      area: '40',
      permittedUse: ['RETAIL'],
      condition: '完好',
    });
    const sources = [{ description: '同路段 1 号铺', annualRentFen: 5_000_00 }];
    const tender = await publishTender(em(), clerk, { unitId: unit.id, referenceSources: sources, opensOn: '2026-03-01', closesOn: '2026-03-10' });
    await placeBid(
      em(),
      clerk,
      { tenderId: tender.id, bidderName: '某商户', bidderContact: '1', trade: 'RETAIL', annualRentFen: 5_000_00, months: 12 },
      '2026-03-02',
    );
    const before = await audits('withdrawTender');
    expect(await refusal(() => withdrawTender(em(), clerk, tender.id, '  ', '2026-03-05'))).toEqual(['reason:REQUIRED']);
    expect(await refusal(() => withdrawTender(em(), outsider, tender.id, '规划调整', '2026-03-05'))).toEqual(['tenderId:LEASE_AGENCY_MISMATCH']);
    expect((await em().findOneOrFail(Tender, tender.id)).state).toBe('OPEN');
    expect(await audits('withdrawTender')).toBe(before);
    const done = await withdrawTender(em(), clerk, tender.id, ' 规划调整，房屋另作他用 ', '2026-03-05');
    expect(done).toMatchObject({ state: 'WITHDRAWN', withdrawnOn: '2026-03-05', withdrawalReason: '规划调整，房屋另作他用' });
    expect((await em().find(Bid, { tender: tender.id })).map((b) => b.state)).toEqual(['LOST']);
    expect((await em().findOneOrFail(LeaseUnit, unit.id)).state).toBe('VACANT');
    expect(await audits('withdrawTender')).toBe(before + 1);
    expect(await refusal(() => withdrawTender(em(), clerk, tender.id, '再撤一次', '2026-03-06'))).toEqual(['tenderId:LEASE_TENDER_CLOSED']);
    // An awarded tender is not withdrawn.
    const again = await publishTender(em(), clerk, { unitId: unit.id, referenceSources: sources, opensOn: '2026-04-01', closesOn: '2026-04-10' });
    await placeBid(
      em(),
      clerk,
      { tenderId: again.id, bidderName: '另一商户', bidderContact: '1', trade: 'RETAIL', annualRentFen: 5_100_00, months: 12 },
      '2026-04-02',
    );
    await awardTender(em(), clerk, again.id, '2026-04-11');
    expect(await refusal(() => withdrawTender(em(), clerk, again.id, '规划调整', '2026-04-12'))).toEqual(['tenderId:LEASE_TENDER_CLOSED']);
  });

  it('records utility payments against a statement, apart from rent: never more than owed, never in the future', async () => {
    const statement = await em().findOneOrFail(UtilityStatement, { agency: agencyId, period: '2026-10' }, { orderBy: { id: 'asc' } });
    const owed = statement.totalFen - statement.paidFen;
    expect(owed).toBeGreaterThan(1);
    const pay = (amountFen: number, paidOn = '2026-11-10', who = clerk) =>
      recordUtilityPayment(em(), who, { statementId: statement.id, amountFen, paidOn }, '2026-11-15');
    const rentPayments = await em().count(LeasePayment, {});
    const before = await audits('recordUtilityPayment');
    // Refused, nothing written: over what is owed (naming the amount), nothing, a future date, another agency.
    expect(await refusalText(() => pay(owed + 1))).toBe(
      `交款金额 ${((owed + 1) / 100).toFixed(2)} 元超过 2026-10 水电费账单尚欠的 ${(owed / 100).toFixed(2)} 元`,
    );
    expect(await refusal(() => pay(0))).toEqual(['amount:LEASE_AMOUNT_NOT_POSITIVE']);
    expect(await refusal(() => pay(1, '2026-11-16'))).toEqual(['paidOn:IN_FUTURE']);
    expect(await refusal(() => pay(1, '2026-11-10', outsider))).toEqual(['statementId:LEASE_AGENCY_MISMATCH']);
    expect(await refusal(() => recordUtilityPayment(em(), clerk, { statementId: 999_999, amountFen: 1, paidOn: '2026-11-10' }, '2026-11-15'))).toEqual([
      'statementId:UNKNOWN_REFERENCE',
    ]);
    expect((await em().findOneOrFail(UtilityStatement, { id: statement.id })).paidFen).toBe(statement.paidFen);
    expect(await audits('recordUtilityPayment')).toBe(before);
    // A part, then exactly the rest: the statement is closed and takes nothing more.
    expect((await pay(1)).paidFen).toBe(statement.paidFen + 1);
    const closed = await pay(owed - 1, '2026-11-15');
    expect(closed.paidFen).toBe(closed.totalFen);
    expect(await refusal(() => pay(1))).toEqual(['statementId:LEASE_STATEMENT_PAID']);
    expect(await audits('recordUtilityPayment')).toBe(before + 2);
    const audit = await em().findOneOrFail(AuditLog, { action: 'leasing.recordUtilityPayment' }, { orderBy: { id: 'desc' } });
    expect(audit.changes).toMatchObject({ period: '2026-10', amountFen: owed - 1, paidFen: closed.totalFen });
    // Utilities are collected apart from rent: no rent receipt was written.
    expect(await em().count(LeasePayment, {})).toBe(rentPayments);
  });

  it('approves spending in three steps by three different people; the same person twice is refused and changes nothing', async () => {
    const now = new Date('2026-11-15T02:00:00Z');
    const request = await requestSpending(em(), clerk, { title: '更换卷闸门', purpose: '3 号铺卷闸门损坏', amountFen: 3_500_00 });
    expect(await refusal(() => signStep(em(), deputy, request.id, null, now))).toEqual(['position:LEASE_WRONG_POSITION']);
    await signStep(em(), clerk, request.id, '已核实', now);
    // The clerk, now also acting as deputy, may not review what they signed.
    const twice: LeasingActor = { ...clerk, principal: { ...clerk.principal, position: 'DEPUTY' } };
    const steps = await em().count(SpendingStep, { request: request.id });
    expect(await refusalText(() => signStep(em(), twice, request.id, null, now))).toBe('签批人：同一人已办理“经办签字”，三个环节须由三个不同的人办理');
    expect(await em().count(SpendingStep, { request: request.id })).toBe(steps);
    expect((await em().findOneOrFail(SpendingRequest, { id: request.id })).state).toBe('AWAITING_REVIEW');
    await signStep(em(), deputy, request.id, '同意', now);
    await signStep(em(), head, request.id, '批准', now);
    const done = await em().findOneOrFail(SpendingRequest, { id: request.id });
    expect(done.state).toBe('APPROVED');
    const trail = await em().find(SpendingStep, { request: request.id }, { orderBy: { id: 'asc' } });
    expect(trail.map((s) => [s.step, s.userName, s.decision])).toEqual([
      ['SIGN', 'clerk', 'SIGNED'],
      ['REVIEW', 'deputy', 'SIGNED'],
      ['APPROVE', 'head', 'SIGNED'],
    ]);
    expect(await audits('signStep')).toBeGreaterThanOrEqual(3);

    const other = await requestSpending(em(), clerk2, { title: '疏通下水道', purpose: '4 号铺', amountFen: 800_00 });
    await signStep(em(), clerk2, other.id, null, now);
    expect(await refusal(() => rejectStep(em(), deputy, other.id, ' ', now))).toEqual(['reason:REQUIRED']);
    const rejected = await rejectStep(em(), deputy, other.id, '属承租人维修责任', now);
    expect(rejected).toMatchObject({ state: 'REJECTED', rejectionReason: '属承租人维修责任' });
    expect(await refusal(() => signStep(em(), head, other.id, null, now))).toEqual(['requestId:LEASE_SPENDING_DECIDED']);
  });

  it('keeps a rent roll with arrears by age', async () => {
    const { contract } = await letShop('501', 'RETAIL', 12_000_00, '2026-01-01', '2026-12-31');
    const roll = await rentRoll(em(), agencyId, '2026-07-31');
    const row = roll.find((r) => r.contractId === contract.id)!;
    expect(row).toMatchObject({ dueFen: 12_000_00, paidFen: 6_000_00, nextDueDate: '2026-06-30', depositHeldFen: 6_000_00 });
    // 31 days past the 30 June due date: the 31–90 days bucket; on 30 July (30 days) still the first.
    expect(row.ageing).toEqual({ notDueFen: 0, bucketsFen: [0, 6_000_00, 0, 0], overdueFen: 6_000_00 });
    expect((await rentRoll(em(), agencyId, '2026-07-30')).find((r) => r.contractId === contract.id)!.ageing.bucketsFen).toEqual([6_000_00, 0, 0, 0]);
    expect((await rentRoll(em(), agencyId, '2026-06-30')).find((r) => r.contractId === contract.id)!.ageing.notDueFen).toBe(6_000_00);
    const summary = await arrearsSummary(em(), agencyId, '2026-07-31');
    expect(summary.overdueFen).toBeGreaterThanOrEqual(6_000_00);
    expect(summary.bucketsFen.reduce((a, b) => a + b, 0)).toBe(summary.overdueFen);
  });

  it('refuses callers who are not members of an agency', async () => {
    const regulator: LeasingActor = { principal: { userId: '1', role: 'REGULATOR' }, name: 'r' };
    expect(await refusal(() => requestSpending(em(), regulator, { title: 'x', purpose: 'y', amountFen: 1 }))).toEqual(['agencyId:OUT_OF_SCOPE']);
  });
});
