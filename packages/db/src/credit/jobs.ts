import type { EntityManager } from '@mikro-orm/core';
import { clock } from '../clock.js';
import { listStatusOn, transition } from '@wuye/domain';
import { CreditRecord, CreditRecordEvent, Enterprise, ListEntry, ProjectManager } from '../entities/index.js';
import { standardFor } from './standards.js';
import { standingsOn } from './standings.js';
import { RuleError } from '../rule-error.js';
import { confirmRecord } from './commands.js';
import { afterStatusChange, notifyFirm, refreshAfterRecordChange, refreshManagerCredit, toListLike } from './service.js';

export interface CreditJobResult {
  confirmed: number;
  expired: number;
  /** Firms whose list status ran out today (their entry's term ended). */
  listsRefreshed: number;
}

const SYSTEM = { userId: null, name: '系统' } as const;

/**
 * The daily credit job: confirms publicized records whose objection window has passed and expires confirmed records
 * past their term, then refreshes the stored standing of everyone concerned and of firms whose list entry ran out.
 *
 * Idempotent and safe on several instances at once: each record is claimed with a conditional UPDATE
 * (`… where id = ? and status = 'PUBLICIZING'`), in its own transaction with its consequences; an instance whose
 * UPDATE changes no row lost the race and skips the record. Running it twice for the same day changes nothing.
 */
export async function runCreditExpiry(em: EntityManager, today: string): Promise<CreditJobResult> {
  const result: CreditJobResult = { confirmed: 0, expired: 0, listsRefreshed: 0 };
  const due = await em.fork().find(CreditRecord, { status: 'PUBLICIZING', objectionDeadline: { $lt: today } }, { fields: ['id'], orderBy: { id: 'asc' } });
  for (const { id } of due) if (await confirmDue(em, id, today)) result.confirmed++;
  const expired = await em.fork().find(CreditRecord, { status: 'CONFIRMED', expiresOn: { $lt: today } }, { fields: ['id'], orderBy: { id: 'asc' } });
  for (const { id } of expired) if (await claim(em, id, 'CONFIRMED', today)) result.expired++;

  // List terms end by the calendar alone: refresh firms whose stored list status is past its end.
  const stale = await em.fork().find(Enterprise, { listStatus: { $ne: 'NONE' }, listUntil: { $lt: today } }, { fields: ['id'] });
  for (const { id } of stale) {
    await em.fork().transactional(async (tx) => {
      const entries = await tx.find(ListEntry, { enterprise: id });
      const list = listStatusOn(entries.map(toListLike), today);
      await tx.nativeUpdate(Enterprise, { id }, { listStatus: list.status, listUntil: list.until });
    });
    result.listsRefreshed++;
  }
  return result;
}

/** The confirm command in its own transaction; a RuleError means another instance confirmed it first (or it is not due). */
async function confirmDue(em: EntityManager, id: number, today: string): Promise<boolean> {
  try {
    await em.fork().transactional(async (tx) => confirmRecord(tx, await tx.findOneOrFail(CreditRecord, { id }), today));
    return true;
  } catch (e) {
    if (e instanceof RuleError) return false;
    throw e;
  }
}

async function claim(em: EntityManager, id: number, from: 'CONFIRMED', today: string): Promise<boolean> {
  return em.fork().transactional(async (tx) => {
    const record = await tx.findOneOrFail(CreditRecord, { id });
    const change = transition(
      { status: record.status, proposedBy: null, objectionDeadline: record.objectionDeadline ?? null, expiresOn: record.expiresOn },
      { type: 'EXPIRE', today },
    );
    if (!change.ok) return false;
    const patch = { status: change.change.status };
    // The claim: only one instance's UPDATE finds the row still in its old status.
    const claimed = await tx.nativeUpdate(CreditRecord, { id, status: from }, patch);
    if (claimed !== 1) return false;
    // The loaded entity still holds the old status; the flush below writes the same values again, harmlessly.
    tx.assign(record, patch);
    tx.create(CreditRecordEvent, { record, at: clock.now(), actor: null, actorName: SYSTEM.name, fromStatus: from, toStatus: change.change.status, note: '有效期届满' });
    await afterStatusChange(tx, record, from, today);
    await notifyFirm(tx, record, change.change.status);
    await tx.flush();
    await refreshAfterRecordChange(tx, record, today);
    return true;
  });
}

/**
 * Recomputes every firm's stored standing from scratch (one aggregate statement, then one UPDATE per firm whose
 * values changed) and every manager's; used after seeding, by the benchmark and when a standard version changes.
 */
export async function recomputeAllCredit(em: EntityManager, today: string): Promise<{ enterprises: number; managers: number }> {
  const standard = await standardFor(em, today);
  const standings = await standingsOn(em, today, standard);
  const firms = await em.find(Enterprise, {}, { fields: ['id', 'score', 'grade', 'creditPositive', 'creditNegative', 'standardVersion', 'listStatus', 'listUntil'] });
  const byId = new Map(standings.map((s) => [s.enterpriseId, s]));
  const entries = await em.find(ListEntry, {});
  const entriesByFirm = new Map<number, ListEntry[]>();
  for (const e of entries) entriesByFirm.set(e.enterprise.id, [...(entriesByFirm.get(e.enterprise.id) ?? []), e]);
  let changed = 0;
  for (const firm of firms) {
    const st = byId.get(firm.id)!;
    const list = listStatusOn((entriesByFirm.get(firm.id) ?? []).map(toListLike), today);
    const next = { score: st.score, grade: st.grade, creditPositive: st.positive, creditNegative: st.negative, standardVersion: standard.version, listStatus: list.status, listUntil: list.until };
    if (Number(firm.score) !== next.score || firm.grade !== next.grade || firm.creditPositive !== next.creditPositive || firm.creditNegative !== next.creditNegative
      || firm.standardVersion !== next.standardVersion || firm.listStatus !== next.listStatus || (firm.listUntil ?? null) !== next.listUntil) {
      em.assign(firm, next);
      changed++;
    }
  }
  await em.flush();
  const managers = await em.find(ProjectManager, {}, { fields: ['id'] });
  for (const m of managers) await refreshManagerCredit(em, m.id, today);
  return { enterprises: changed, managers: managers.length };
}
