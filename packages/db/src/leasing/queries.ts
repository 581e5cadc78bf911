import type { EntityManager } from '@mikro-orm/core';
import {
  arrears,
  arrearsAgeing,
  collection,
  incomeComparison,
  LEASING_POLICIES,
  leasingPolicy,
  leasingPolicyOn,
  occupancy,
  sameDayLastYear,
  type AgeingBuckets,
  type Arrears,
  type Collection,
  type IncomeComparison,
  type Occupancy,
} from '@wuye/domain';
import { LeaseContract, LeaseIncome, LeasePayment, LeaseUnit, RentInstalment } from '../entities/index.js';

/**
 * Read models of the leasing module (issue 14) for the API and exports: the rent roll and the arrears ageing of one
 * agency on a date. The caller passes its own agency (the API takes it from the AGENCY principal).
 */

export interface RentRollRow {
  contractId: number;
  contractNo: string;
  unitId: number;
  tenantName: string;
  trade: string;
  startDate: string;
  endDate: string;
  state: string;
  annualRentFen: number;
  depositHeldFen: number;
  /** Rent of instalments due by `asOf` and paid of them. */
  dueFen: number;
  paidFen: number;
  /** The next unpaid instalment's due date, if any. */
  nextDueDate: string | null;
  ageing: AgeingBuckets;
}

/** Contracts in force on `asOf` (or flagged), with what was due, what was paid and how old the arrears are. */
export async function rentRoll(em: EntityManager, agencyId: number, asOf: string): Promise<RentRollRow[]> {
  const contracts = await em.find(
    LeaseContract,
    { agency: agencyId, state: { $in: ['ACTIVE', 'FLAGGED'] }, startDate: { $lte: asOf } },
    { orderBy: { contractNo: 'asc' } },
  );
  if (contracts.length === 0) return [];
  const instalments = await em.find(
    RentInstalment,
    { contract: { $in: contracts.map((c) => c.id) }, state: { $ne: 'CANCELLED' } },
    { orderBy: { seq: 'asc' } },
  );
  return contracts.map((c) => {
    const own = instalments.filter((i) => i.contract.id === c.id);
    const due = own.filter((i) => i.dueDate <= asOf);
    const policy = leasingPolicy(c.policyCode, c.policyVersion)!;
    return {
      contractId: c.id,
      contractNo: c.contractNo,
      unitId: c.unit.id,
      tenantName: c.tenantName,
      trade: c.trade,
      startDate: c.startDate,
      endDate: c.endDate,
      state: c.state,
      annualRentFen: c.annualRentFen,
      depositHeldFen: c.depositHeldFen,
      dueFen: due.reduce((s, i) => s + i.amountFen, 0),
      paidFen: due.reduce((s, i) => s + i.paidFen, 0),
      nextDueDate: own.find((i) => i.paidFen < i.amountFen)?.dueDate ?? null,
      ageing: arrearsAgeing(own, asOf, policy),
    };
  });
}

/** The agency's arrears by age on `asOf`: the rent roll's ageing summed. */
export async function arrearsSummary(em: EntityManager, agencyId: number, asOf: string): Promise<AgeingBuckets> {
  const rows = await rentRoll(em, agencyId, asOf);
  const total: AgeingBuckets = { notDueFen: 0, bucketsFen: [], overdueFen: 0 };
  for (const r of rows) {
    total.notDueFen += r.ageing.notDueFen;
    total.overdueFen += r.ageing.overdueFen;
    r.ageing.bucketsFen.forEach((v, i) => (total.bucketsFen[i] = (total.bucketsFen[i] ?? 0) + v));
  }
  return total;
}

export interface ArrearsRow {
  contractId: number;
  contractNo: string;
  unitId: number;
  tenantName: string;
  state: string;
  /** The earliest unpaid due date. */
  oldestDueDate: string;
  /** Days the oldest unpaid instalment is past due on `asOf`. */
  daysPastDue: number;
  ageing: AgeingBuckets;
}

/**
 * 欠租: every contract of the agency (a terminated one too, when its deposit did not cover what it owed) with rent
 * past due and unpaid on `asOf`, the oldest first, with its ageing.
 */
export async function arrearsRows(em: EntityManager, agencyId: number, asOf: string): Promise<ArrearsRow[]> {
  const overdue = await em.find(
    RentInstalment,
    { contract: { agency: agencyId }, state: 'OPEN', dueDate: { $lt: asOf } },
    { orderBy: { dueDate: 'asc', id: 'asc' }, populate: ['contract'] },
  );
  const ids = [...new Set(overdue.filter((i) => i.paidFen < i.amountFen).map((i) => i.contract.id))];
  if (ids.length === 0) return [];
  const open = await em.find(RentInstalment, { contract: { $in: ids }, state: 'OPEN' }, { orderBy: { seq: 'asc' } });
  const rows = ids.map((id) => {
    const c = overdue.find((i) => i.contract.id === id)!.contract;
    const own = open.filter((i) => i.contract.id === id);
    const oldest = own.filter((i) => i.paidFen < i.amountFen && i.dueDate < asOf)[0]!.dueDate;
    const ageing = arrearsAgeing(own, asOf, leasingPolicy(c.policyCode, c.policyVersion)!);
    return {
      contractId: c.id,
      contractNo: c.contractNo,
      unitId: c.unit.id,
      tenantName: c.tenantName,
      state: c.state,
      oldestDueDate: oldest,
      daysPastDue: Math.round((Date.parse(`${asOf}T00:00:00Z`) - Date.parse(`${oldest}T00:00:00Z`)) / 86_400_000),
      ageing: { ...ageing, notDueFen: 0 },
    };
  });
  return rows.sort((a, b) => a.oldestDueDate.localeCompare(b.oldestDueDate) || a.contractNo.localeCompare(b.contractNo));
}

export interface LeasingKpis {
  asOf: string;
  occupancy: Occupancy;
  /** The same day a year earlier, for comparison. */
  occupancyLastYear: Occupancy;
  /** Instalments due from 1 January to `asOf`. */
  collection: Collection;
  /** The same, month by month of the due date (1 January to `asOf`). */
  collectionByMonth: (Collection & { month: number })[];
  arrears: Arrears;
  income: IncomeComparison;
}

/**
 * The agency's key figures on `asOf` (issue 14 §9): occupancy (now and a year ago), on-time collection this year,
 * arrears by age, income against the same period last year. The rules are @wuye/domain's (leasing/kpis.ts).
 */
export async function leasingKpis(em: EntityManager, agencyId: number, asOf: string): Promise<LeasingKpis> {
  const policy = leasingPolicyOn(asOf) ?? LEASING_POLICIES[LEASING_POLICIES.length - 1]!;
  const lastYear = sameDayLastYear(asOf);
  const units = await em.find(LeaseUnit, { agency: agencyId }, { fields: ['id', 'areaCenti'] });
  const contracts = await em.find(
    LeaseContract,
    { agency: agencyId, startDate: { $lte: asOf } },
    { fields: ['id', 'unit', 'startDate', 'endDate', 'terminatedOn', 'policyCode', 'policyVersion'] },
  );
  const spans = contracts.map((c) => ({ unitId: c.unit.id, startDate: c.startDate, endDate: c.endDate, terminatedOn: c.terminatedOn ?? null }));
  const unitRows = units.map((u) => ({ id: u.id, areaCenti: u.areaCenti }));

  const from = `${asOf.slice(0, 4)}-01-01`;
  const due = await em.find(
    RentInstalment,
    { contract: { agency: agencyId }, state: { $ne: 'CANCELLED' }, dueDate: { $gte: from, $lte: asOf } },
    { orderBy: { dueDate: 'asc', id: 'asc' } },
  );
  const payments = due.length
    ? await em.find(LeasePayment, { instalment: { $in: due.map((i) => i.id) }, kind: 'RENT' }, { fields: ['instalment', 'paidOn', 'amountFen'] })
    : [];
  const collected = due.map((i) => ({
    dueDate: i.dueDate,
    amountFen: i.amountFen,
    payments: payments.filter((p) => p.instalment?.id === i.id).map((p) => ({ paidOn: p.paidOn, amountFen: p.amountFen })),
  }));
  const collectionByMonth = Array.from({ length: Number(asOf.slice(5, 7)) }, (_, k) => {
    const month = `${asOf.slice(0, 4)}-${String(k + 1).padStart(2, '0')}`;
    return { month: k + 1, ...collection(collected, `${month}-01`, `${month}-31`) };
  });

  const open = await em.find(RentInstalment, { contract: { agency: agencyId }, state: 'OPEN', dueDate: { $lt: asOf } }, { orderBy: { id: 'asc' } });
  const byContract = new Map<number, RentInstalment[]>();
  for (const i of open) byContract.set(i.contract.id, [...(byContract.get(i.contract.id) ?? []), i]);

  const incomes = await em.find(
    LeaseIncome,
    { agency: agencyId, receivedOn: { $gte: `${lastYear.slice(0, 4)}-01-01`, $lte: asOf } },
    { fields: ['receivedOn', 'amountFen'] },
  );
  return {
    asOf,
    occupancy: occupancy(unitRows, spans, asOf),
    occupancyLastYear: occupancy(unitRows, spans, lastYear),
    collection: collection(collected, from, asOf),
    collectionByMonth,
    arrears: arrears(
      [...byContract.values()].map((instalments) => ({ instalments })),
      asOf,
      policy,
    ),
    income: incomeComparison(
      incomes.map((i) => ({ receivedOn: i.receivedOn, amountFen: i.amountFen })),
      asOf,
    ),
  };
}
