import type { EntityManager } from '@mikro-orm/core';
import { clock } from '../clock.js';
import { RuleError } from '../rule-error.js';
import {
  blacklistEntryFor,
  expiryOf,
  standardOn,
  countingStart,
  findItem,
  lifecycleIssue,
  listStatusOn,
  standingOn,
  transition,
  type CreditRecordEvent as LifecycleEvent,
  type CreditRecordStatus,
  type CreditSubjectType,
  type ScoringStandard as StandardData,
} from '@wuye/domain';
import {
  Community,
  CreditRecord,
  CreditRecordEvent,
  Enterprise,
  ListEntry,
  ManagerAppointment,
  Notification,
  ProjectManager,
  User,
  type CreditSourceType,
} from '../entities/index.js';
import { loadStandards, standardFor } from './standards.js';

/**
 * Credit record writes. Every function takes the transactional EntityManager of the caller's write, so the record,
 * its event row, list entries, notifications, the refreshed Enterprise/ProjectManager scores and the caller's audit
 * row commit together or not at all.
 */

export interface CreditActor {
  userId: number | null;
  name: string | null;
}

export interface ProposeInput {
  subjectType: CreditSubjectType;
  enterpriseId: number;
  managerId?: number | null;
  communityId?: number | null;
  itemCode: string;
  effectiveFrom: string;
  reason: string;
  evidence?: string | null;
  sourceType: CreditSourceType;
  sourceId?: string | null;
  correctsId?: number | null;
  /** Publicize at once (the bureau's own proposals); false leaves it PROPOSED for the bureau to publicize. */
  publicize: boolean;
}

/** Proposes a record: the item's points, term and flags are copied from the standard in force on its effective date. */
export async function proposeRecord(em: EntityManager, actor: CreditActor, input: ProposeInput, today: string): Promise<CreditRecord> {
  const standard = await standardFor(em, input.effectiveFrom);
  const item = findItem(standard, input.itemCode);
  if (!item) throw new RuleError([{ field: 'itemCode', code: 'UNKNOWN_ITEM', params: { code: input.itemCode, version: standard.version } }]);
  const expected: CreditSubjectType = item.subject;
  if (expected !== input.subjectType) {
    throw new RuleError([{ field: 'itemCode', code: 'ITEM_SUBJECT_MISMATCH', params: { code: item.code, subject: expected } }]);
  }
  if (item.maxInEffect != null) {
    const inEffect = await em.count(CreditRecord, {
      enterprise: input.enterpriseId,
      itemCode: item.code,
      status: { $in: ['PROPOSED', 'PUBLICIZING', 'OBJECTED', 'CONFIRMED'] },
      expiresOn: { $gte: input.effectiveFrom },
    });
    if (inEffect >= item.maxInEffect)
      throw new RuleError([{ field: 'itemCode', code: 'ITEM_LIMIT_REACHED', params: { code: item.code, max: item.maxInEffect } }]);
  }
  const start = clock.now();
  const record = em.create(CreditRecord, {
    subjectType: input.subjectType,
    enterprise: em.getReference(Enterprise, input.enterpriseId),
    manager: input.managerId ? em.getReference(ProjectManager, input.managerId) : null,
    community: input.communityId ? em.getReference(Community, input.communityId) : null,
    itemCode: item.code,
    points: item.points,
    termMonths: item.termMonths,
    serious: item.serious,
    veto: item.veto,
    commendation: item.commendation,
    blacklistMonths: item.blacklistMonths,
    standardVersion: standard.version,
    effectiveFrom: input.effectiveFrom,
    expiresOn: expiryOf(input.effectiveFrom, item.termMonths),
    status: 'PROPOSED',
    proposedBy: actor.userId ? em.getReference(User, actor.userId) : null,
    proposedAt: start,
    reason: input.reason,
    evidence: input.evidence ?? null,
    sourceType: input.sourceType,
    sourceId: input.sourceId ?? null,
    corrects: input.correctsId ? em.getReference(CreditRecord, input.correctsId) : null,
  });
  await em.flush();
  logEvent(em, record, actor, null, 'PROPOSED', input.correctsId ? `更正记录 #${input.correctsId}` : null);
  // One act, one notice: a proposal publicized at once tells the firm once (公示中, with its objection window).
  if (input.publicize) await applyTransition(em, record, { type: 'PUBLICIZE', today, objectionDays: standard.objectionDays }, actor);
  else {
    await notifyFirm(em, record, 'RECORD_PROPOSED');
    await em.flush();
  }
  return record;
}

function logEvent(em: EntityManager, record: CreditRecord, actor: CreditActor, from: CreditRecordStatus | null, to: CreditRecordStatus, note: string | null) {
  em.create(CreditRecordEvent, {
    record,
    at: clock.now(),
    actor: actor.userId ? em.getReference(User, actor.userId) : null,
    actorName: actor.name ?? (actor.userId ? null : '系统'),
    fromStatus: from,
    toStatus: to,
    note,
  });
}

const NOTICE_TITLE: Record<string, string> = {
  RECORD_PROPOSED: '新的信用记录待公示',
  PUBLICIZING: '信用记录公示中，可在异议期内提出异议',
  OBJECTED: '已收到贵单位对信用记录的异议',
  CONFIRMED: '信用记录已确认',
  REVOKED: '信用记录已撤销',
  EXPIRED: '信用记录已到期',
  REPAIRED: '信用修复已通过，记录不再计分',
  REPAIR_REFUSED: '信用修复申请未通过',
};

/**
 * One inbox row per active ENTERPRISE user of the firm the record concerns, dated by the clock of the write that
 * reports the event (the seed replays each event at its own time, see `clock.runAt`).
 */
export async function notifyFirm(em: EntityManager, record: CreditRecord, kind: string, body: string | null = null): Promise<void> {
  await notifyFirms(em, [record], kind, body);
}

/** notifyFirm for many records at once (the job's batches): one query for the users of all their firms. */
export async function notifyFirms(em: EntityManager, records: CreditRecord[], kind: string, body: string | null = null): Promise<void> {
  if (!records.length) return;
  const users = await em.find(
    User,
    { enterprise: { $in: [...new Set(records.map((r) => r.enterprise.id))] }, role: 'ENTERPRISE', active: true },
    { fields: ['id', 'enterprise'] },
  );
  for (const record of records) {
    for (const u of users.filter((x) => x.enterprise?.id === record.enterprise.id)) {
      em.create(Notification, {
        user: em.getReference(User, u.id),
        kind,
        title: `${NOTICE_TITLE[kind] ?? kind}：${record.itemCode}（${record.points > 0 ? '+' : ''}${record.points}）`,
        body: body ?? record.reason,
        record,
        createdAt: clock.now(),
      });
    }
  }
}

/** Record fields a command sets together with a transition (reviewer and decision, revocation). */
export type RecordPatch = Partial<Pick<CreditRecord, 'reviewer' | 'decision' | 'decisionNote' | 'decidedAt' | 'revokedBy' | 'revokedAt' | 'revokeReason'>>;

/**
 * Applies one lifecycle event with its consequences: the record's new status with the fields the transition and
 * the command set (`patch`), event row, black-list entry on confirmation, ends of list entries on revocation or
 * repair, red list lost on a confirmed negative record, the firm's notification (`notice`, default the note) and the
 * refreshed scores. The status is claimed with a conditional UPDATE (`… where status = <from>`), so of two
 * concurrent writers (two reviewers, two job instances) only one moves the record. Refused transitions throw
 * RuleError naming `recordId`. The commands (commands.ts) are the callers; only the seed uses it directly.
 */
export async function applyTransition(
  em: EntityManager,
  record: CreditRecord,
  event: LifecycleEvent,
  actor: CreditActor,
  note: string | null = null,
  more: { patch?: RecordPatch; notice?: string | null } = {},
): Promise<void> {
  const from = record.status as CreditRecordStatus;
  const lifecycle = {
    status: from,
    proposedBy: record.proposedBy ? String(record.proposedBy.id) : null,
    objectionDeadline: record.objectionDeadline ?? null,
    expiresOn: record.expiresOn,
  };
  const result = transition(lifecycle, event);
  if (!result.ok) throw new RuleError([lifecycleIssue(lifecycle, event.type, result.error)]);
  const c = result.change;
  const change = {
    status: c.status,
    ...(c.publicizedOn ? { publicizedOn: c.publicizedOn } : {}),
    ...(c.objectionDeadline ? { objectionDeadline: c.objectionDeadline } : {}),
    ...(c.confirmedOn ? { confirmedOn: c.confirmedOn } : {}),
    ...(c.repairedOn ? { repairedOn: c.repairedOn } : {}),
  };
  const claimed = await em.nativeUpdate(CreditRecord, { id: record.id, status: from }, change);
  if (claimed !== 1) throw new RuleError([lifecycleIssue(lifecycle, event.type, 'ILLEGAL_TRANSITION')]);
  // The loaded entity still holds the old status; the flush below writes the same values again, harmlessly.
  em.assign(record, { ...change, ...more.patch });
  logEvent(em, record, actor, from, c.status, note);
  await afterStatusChange(em, record, from, event.today);
  await notifyFirm(em, record, c.status, more.notice === undefined ? note : more.notice);
  await em.flush();
  await refreshAfterRecordChange(em, record, event.today);
}

/** List-entry consequences of a status change (also used by the job). */
export async function afterStatusChange(em: EntityManager, record: CreditRecord, from: CreditRecordStatus, today: string): Promise<void> {
  if (record.status === 'CONFIRMED' && record.subjectType === 'ENTERPRISE') {
    const entry = blacklistEntryFor({ blacklistMonths: record.blacklistMonths ?? null }, record);
    if (entry) {
      em.create(ListEntry, { enterprise: record.enterprise, kind: 'BLACK', reason: record.itemCode, fromDate: entry.from, untilDate: entry.until, record });
    }
    if (record.points < 0) {
      // A negative record in effect takes the firm off the red list from the day it counts.
      const start = countingStart(record);
      const reds = await em.find(ListEntry, { enterprise: record.enterprise.id, kind: 'RED', endedOn: null, untilDate: { $gte: start } });
      for (const red of reds) em.assign(red, { endedOn: start < red.fromDate ? red.fromDate : start, endReason: `不良记录 ${record.itemCode} #${record.id}` });
    }
  }
  if ((record.status === 'REVOKED' && from !== 'PROPOSED') || record.status === 'REPAIRED') {
    const entries = await em.find(ListEntry, { record: record.id, endedOn: null });
    for (const e of entries) {
      // A revoked record never counted, so its entry never did either; a repaired one ends on the repair day.
      em.assign(
        e,
        record.status === 'REVOKED'
          ? { endedOn: e.fromDate, endReason: '记录已撤销' }
          : { endedOn: today < e.fromDate ? e.fromDate : today, endReason: '信用修复' },
      );
    }
  }
}

/** Refreshes the stored standing of everyone a record touches: its firm, its manager, managers inheriting it. */
export async function refreshAfterRecordChange(em: EntityManager, record: CreditRecord, today: string): Promise<void> {
  await refreshAfterRecordsChange(em, [record], today);
}

/** refreshAfterRecordChange for many records: each firm and manager concerned is refreshed once, in id order. */
export async function refreshAfterRecordsChange(em: EntityManager, records: CreditRecord[], today: string): Promise<void> {
  const firms = new Set(records.map((r) => r.enterprise.id));
  const managers = new Set(records.flatMap((r) => (r.manager ? [r.manager.id] : [])));
  for (const id of await inheritingManagers(
    em,
    records.filter((r) => r.community && r.subjectType === 'ENTERPRISE'),
  ))
    managers.add(id);
  // Ascending ids: two instances refreshing overlapping sets take the row locks in the same order.
  for (const id of [...firms].sort((a, b) => a - b)) await refreshEnterpriseCredit(em, id, today);
  for (const id of [...managers].sort((a, b) => a - b)) await refreshManagerCredit(em, id, today);
}

const COUNTED = ['CONFIRMED', 'EXPIRED', 'REPAIRED'] as const;

export async function enterpriseRecords(em: EntityManager, enterpriseId: number): Promise<CreditRecord[]> {
  return em.find(CreditRecord, { enterprise: enterpriseId, subjectType: 'ENTERPRISE' }, { orderBy: { effectiveFrom: 'asc', id: 'asc' } });
}

/** Stores the current score, grade, tie-breakers and list status of a firm, computed from its records and list entries. */
export async function refreshEnterpriseCredit(em: EntityManager, enterpriseId: number, today: string): Promise<void> {
  const standard = await standardFor(em, today);
  const records = await em.find(CreditRecord, { enterprise: enterpriseId, subjectType: 'ENTERPRISE', status: { $in: [...COUNTED] } });
  const entries = await em.find(ListEntry, { enterprise: enterpriseId });
  const st = standingOn(records, today, standard);
  const list = listStatusOn(entries.map(toListLike), today);
  const firm = await em.findOneOrFail(Enterprise, { id: enterpriseId });
  em.assign(firm, {
    score: st.score,
    grade: st.grade,
    creditPositive: st.positive,
    creditNegative: st.negative,
    standardVersion: standard.version,
    listStatus: list.status,
    listUntil: list.until,
  });
  await em.flush();
}

export function toListLike(e: ListEntry) {
  return { kind: e.kind as 'RED' | 'BLACK', from: e.fromDate, until: e.untilDate, endedOn: e.endedOn ?? null };
}

/** Whether an appointment covers the day. */
function appointedOn(a: ManagerAppointment, communityId: number, day: string): boolean {
  return a.community.id === communityId && a.startDate <= day && (a.endDate == null || a.endDate >= day);
}

/** Managers appointed to each record's community on its effective day (they inherit its B1/B2 records); one query. */
async function inheritingManagers(em: EntityManager, records: CreditRecord[]): Promise<number[]> {
  if (!records.length) return [];
  const appointments = await em.find(ManagerAppointment, { community: { $in: [...new Set(records.map((r) => r.community!.id))] } });
  return [...new Set(records.flatMap((r) => appointments.filter((a) => appointedOn(a, r.community!.id, r.effectiveFrom)).map((a) => a.manager.id)))];
}

/**
 * A manager's records: their own (B11, MB1, MG1–MG4) plus the firm records of items marked inheritedByManager
 * (B1, B2) that happened in a community while they were appointed to it.
 */
export async function managerRecords(
  em: EntityManager,
  managerId: number,
  standards?: StandardData[],
): Promise<{ record: CreditRecord; inherited: boolean }[]> {
  const all = standards ?? (await loadStandards(em));
  const inheritedCodes = [...new Set(all.flatMap((s) => s.items.filter((i) => i.inheritedByManager).map((i) => i.code)))];
  const own = await em.find(CreditRecord, { manager: managerId, subjectType: 'MANAGER' }, { orderBy: { effectiveFrom: 'asc', id: 'asc' } });
  const appointments = await em.find(ManagerAppointment, { manager: managerId });
  const communities = [...new Set(appointments.map((a) => a.community.id))];
  const candidates = communities.length
    ? await em.find(
        CreditRecord,
        { subjectType: 'ENTERPRISE', itemCode: { $in: inheritedCodes }, community: { $in: communities } },
        { orderBy: { effectiveFrom: 'asc', id: 'asc' } },
      )
    : [];
  const inherited = candidates.filter((r) => appointments.some((a) => appointedOn(a, r.community!.id, r.effectiveFrom)));
  return [...own.map((record) => ({ record, inherited: false })), ...inherited.map((record) => ({ record, inherited: true }))];
}

export async function refreshManagerCredit(em: EntityManager, managerId: number, today: string): Promise<void> {
  const standards = await loadStandards(em);
  const records = await managerRecords(em, managerId, standards);
  const st = standingOn(
    records.map((r) => r.record),
    today,
    standardOn(standards, today),
  );
  const manager = await em.findOneOrFail(ProjectManager, { id: managerId });
  em.assign(manager, { score: st.score, grade: st.grade });
  await em.flush();
}
