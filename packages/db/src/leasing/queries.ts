import type { EntityManager } from '@mikro-orm/core';
import { arrearsAgeing, leasingPolicy, type AgeingBuckets } from '@wuye/domain';
import { LeaseContract, RentInstalment } from '../entities/index.js';

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
