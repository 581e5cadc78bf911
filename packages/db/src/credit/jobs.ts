import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { clock } from '../clock.js';
import { listStatusOn, transition } from '@wuye/domain';
import { CreditRecord, CreditRecordEvent, Enterprise, ListEntry, ProjectManager } from '../entities/index.js';
import { standardFor } from './standards.js';
import { standingsOn } from './standings.js';
import { RuleError } from '../rule-error.js';
import { confirmRecord } from './commands.js';
import { afterStatusChange, notifyFirms, refreshAfterRecordsChange, refreshManagerCredit, toListLike } from './service.js';

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
 * Idempotent and safe on several instances at once: records are claimed with a conditional UPDATE
 * (`… where id in (…) and status = <from>`) in the transaction of their consequences; a record whose UPDATE changes
 * no row was claimed by another instance and is skipped. Running it twice for the same day changes nothing.
 * Expiry runs in batches of EXPIRY_BATCH records (thousands a day when a year's records run out). Confirmation
 * stays one command per record: only records whose objection window just ended are due, a handful a day.
 */
export async function runCreditExpiry(em: EntityManager, today: string): Promise<CreditJobResult> {
  const result: CreditJobResult = { confirmed: 0, expired: 0, listsRefreshed: 0 };
  const publicized = await em
    .fork()
    .find(CreditRecord, { status: 'PUBLICIZING', objectionDeadline: { $lt: today } }, { fields: ['id'], orderBy: { id: 'asc' } });
  for (const { id } of publicized) if (await confirmDue(em, id, today)) result.confirmed++;
  // Grouped by firm, so a firm's records fall in one or two batches and its standing is refreshed once per batch.
  const expiring = await em
    .fork()
    .find(
      CreditRecord,
      { status: 'CONFIRMED', expiresOn: { $lt: today } },
      { fields: ['id', 'status', 'objectionDeadline', 'expiresOn', 'enterprise'], orderBy: { enterprise: 'asc', id: 'asc' } },
    );
  // The domain's rule decides which are due; the SQL filter above only narrows the candidates.
  const due = expiring.filter((r) => transition(lifecycleOf(r), { type: 'EXPIRE', today }).ok).map((r) => r.id);
  for (let i = 0; i < due.length; i += EXPIRY_BATCH) result.expired += await expireBatch(em, due.slice(i, i + EXPIRY_BATCH), today);

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

const EXPIRY_BATCH = 500;

function lifecycleOf(r: Pick<CreditRecord, 'status' | 'objectionDeadline' | 'expiresOn'>) {
  return { status: r.status, proposedBy: null, objectionDeadline: r.objectionDeadline ?? null, expiresOn: r.expiresOn };
}

/**
 * Expires one batch in one transaction: one UPDATE … RETURNING claims the records still CONFIRMED (PostgreSQL re-checks
 * the status of rows another instance changed meanwhile, SQLite serialises writers), then the claimed records get their
 * event rows and notices in bulk and each firm or manager concerned is refreshed once. Returns the number claimed.
 */
async function expireBatch(em: EntityManager, ids: number[], today: string): Promise<number> {
  return em.fork().transactional(async (tx) => {
    const claimed: { id: number }[] = await (tx as SqlEntityManager)
      .createQueryBuilder(CreditRecord)
      .update({ status: 'EXPIRED', updatedAt: clock.now() })
      .where({ id: { $in: ids }, status: 'CONFIRMED' })
      .returning('id')
      .execute('all');
    if (!claimed.length) return 0;
    const records = await tx.find(CreditRecord, { id: { $in: claimed.map((c) => c.id) } }, { orderBy: { id: 'asc' } });
    for (const record of records) {
      tx.create(CreditRecordEvent, {
        record,
        at: clock.now(),
        actor: null,
        actorName: SYSTEM.name,
        fromStatus: 'CONFIRMED',
        toStatus: 'EXPIRED',
        note: '有效期届满',
      });
      await afterStatusChange(tx, record, 'CONFIRMED', today);
    }
    await notifyFirms(tx, records, 'EXPIRED');
    await tx.flush();
    await refreshAfterRecordsChange(tx, records, today);
    return records.length;
  });
}

/**
 * Recomputes every firm's stored standing from scratch (one aggregate statement, then one UPDATE per firm whose
 * values changed) and every manager's; used after seeding, by the benchmarks and when a standard version changes.
 * `managers: false` leaves the managers (a benchmark of the firms' ranking on a generated province needs the firms only).
 */
export async function recomputeAllCredit(
  em: EntityManager,
  today: string,
  opts: { managers?: boolean } = {},
): Promise<{ enterprises: number; managers: number }> {
  const standard = await standardFor(em, today);
  const standings = await standingsOn(em, today, standard);
  const firms = await em.find(
    Enterprise,
    {},
    { fields: ['id', 'score', 'grade', 'creditPositive', 'creditNegative', 'standardVersion', 'listStatus', 'listUntil'] },
  );
  const byId = new Map(standings.map((s) => [s.enterpriseId, s]));
  const entries = await em.find(ListEntry, {});
  const entriesByFirm = new Map<number, ListEntry[]>();
  for (const e of entries) entriesByFirm.set(e.enterprise.id, [...(entriesByFirm.get(e.enterprise.id) ?? []), e]);
  let changed = 0;
  for (const firm of firms) {
    const st = byId.get(firm.id)!;
    const list = listStatusOn((entriesByFirm.get(firm.id) ?? []).map(toListLike), today);
    const next = {
      score: st.score,
      grade: st.grade,
      creditPositive: st.positive,
      creditNegative: st.negative,
      standardVersion: standard.version,
      listStatus: list.status,
      listUntil: list.until,
    };
    if (
      Number(firm.score) !== next.score ||
      firm.grade !== next.grade ||
      firm.creditPositive !== next.creditPositive ||
      firm.creditNegative !== next.creditNegative ||
      firm.standardVersion !== next.standardVersion ||
      firm.listStatus !== next.listStatus ||
      (firm.listUntil ?? null) !== next.listUntil
    ) {
      em.assign(firm, next);
      changed++;
    }
  }
  await em.flush();
  if (opts.managers === false) return { enterprises: changed, managers: 0 };
  const managers = await em.find(ProjectManager, {}, { fields: ['id'] });
  for (const m of managers) await refreshManagerCredit(em, m.id, today);
  return { enterprises: changed, managers: managers.length };
}
