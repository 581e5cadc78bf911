import type { EntityManager } from '@mikro-orm/core';
import { CreditRecordEvent, Issue, ListEntry, Objection, RepairApplication } from '../entities/index.js';

/** Reads of the credit API that are not plain scoped lists (those go through the API's list queries). */

/** Transition history of records, oldest first. */
export function eventsOfRecords(em: EntityManager, recordIds: readonly number[]): Promise<CreditRecordEvent[]> {
  return em.find(CreditRecordEvent, { record: { $in: [...recordIds] } }, { orderBy: { id: 'asc' } });
}

export function objectionsOfRecords(em: EntityManager, recordIds: readonly number[]): Promise<Objection[]> {
  return em.find(Objection, { record: { $in: [...recordIds] } }, { orderBy: { id: 'asc' } });
}

export function listEntriesOf(em: EntityManager, enterpriseId: number): Promise<ListEntry[]> {
  return em.find(ListEntry, { enterprise: enterpriseId });
}

/** Open issues per firm (0 for a firm with none), for the repair action's reason. */
export async function openIssuesByFirm(em: EntityManager, enterpriseIds: readonly number[]): Promise<Map<number, number>> {
  const open = await em.find(Issue, { enterprise: { $in: [...enterpriseIds] }, state: { $ne: 'CLOSED' } }, { fields: ['id', 'enterprise'] });
  const counts = new Map(enterpriseIds.map((id) => [id, 0]));
  for (const i of open) if (i.enterprise) counts.set(i.enterprise.id, (counts.get(i.enterprise.id) ?? 0) + 1);
  return counts;
}

/** Records among `recordIds` with a repair application awaiting a decision. */
export async function recordsWithPendingRepair(em: EntityManager, recordIds: readonly number[]): Promise<Set<number>> {
  const pending = await em.find(RepairApplication, { record: { $in: [...recordIds] }, status: 'PENDING' }, { fields: ['id', 'record'] });
  return new Set(pending.map((a) => a.record.id));
}
