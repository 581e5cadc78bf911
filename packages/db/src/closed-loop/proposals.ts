import type { EntityData, EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';
import {
  b1DueFrom,
  complaintRecordProposals,
  firstResponseDeadline,
  inspectionRecordProposals,
  isFirstResponseLate,
  issueRecordProposals,
  resolutionDeadline,
  shanghaiDate,
  type ClosedLoopRecordCode,
  type ComplaintSnapshot,
  type ComplaintSla,
  type FollowUpRating,
  type InspectionGrade,
  type IssueSnapshot,
  type IssueState,
  type ComplaintState,
} from '@wuye/domain';
import { Complaint, Inspection, Issue, type CreditRecord } from '../entities/index.js';
import { proposeRecord } from '../credit/service.js';

/**
 * The credit records the closed loop proposes (B1–B5, B10, B14): status PROPOSED, proposed by the system
 * (proposedBy null), sourceType/sourceId pointing at the item that caused it, dated the day the fact happened.
 *
 * Exactly once per item and record, even with several server instances: each record has a flag on its item
 * (`issue.b1_proposed` …) claimed by a conditional UPDATE (`… set b1_proposed = true where id = ? and
 * b1_proposed = false`) in the same transaction as the record. A second claimant's UPDATE waits for the first
 * transaction (PostgreSQL row lock; SQLite has one writer) and then changes no row, so it proposes nothing.
 */

const SYSTEM = { userId: null, name: '系统' } as const;

type Flag = 'b1Proposed' | 'b2Proposed' | 'b3Proposed' | 'b4Proposed' | 'b5Proposed' | 'b10Proposed' | 'b14Proposed';

async function claim<T extends { id: number }>(em: EntityManager, entity: EntityName<T>, row: T, flag: Flag & keyof T): Promise<boolean> {
  const claimed = await em.nativeUpdate(entity, { id: row.id, [flag]: false } as FilterQuery<T>, { [flag]: true } as EntityData<T>);
  if (claimed !== 1) return false;
  // Keep the loaded entity in step so a later flush does not write the old value back.
  (row as Record<string, unknown>)[flag] = true;
  return true;
}

export function issueSnapshot(issue: Issue): IssueSnapshot {
  return {
    state: issue.state as IssueState,
    enterpriseId: issue.enterprise ? String(issue.enterprise.id) : null,
    departmentId: issue.department ? String(issue.department.id) : null,
    townshipId: String(issue.township.id),
    handledByTownship: issue.handledByTownship,
    measures: issue.measures ?? null,
    deadline: issue.deadline ?? null,
    flagged: issue.flagged,
    refusalRecorded: issue.refusalRecorded,
    lastSubmittedAt: issue.lastSubmittedAt ?? null,
    closedAt: issue.closedAt ?? null,
  };
}

export function complaintSnapshot(c: Complaint): ComplaintSnapshot {
  return {
    state: c.state as ComplaintState,
    receivedAt: c.receivedAt,
    departmentId: c.department ? String(c.department.id) : null,
    townshipId: String(c.township.id),
    handledByTownship: c.handledByTownship,
    enterpriseId: c.enterprise ? String(c.enterprise.id) : null,
    complainantCount: c.complainantCount,
    respondedAt: c.respondedAt ?? null,
    handledAt: c.handledAt ?? null,
    upheld: c.upheld ?? null,
    issueId: c.issue ? String(c.issue.id) : null,
    followUpRating: (c.followUpRating as FollowUpRating | null | undefined) ?? null,
    closedAt: c.closedAt ?? null,
  };
}

function earlier(a: string, b: string): string {
  return a < b ? a : b;
}

/** Proposes the B1/B2 records now due for an issue; returns the codes proposed. */
export async function proposeDueForIssue(em: EntityManager, issue: Issue, now: Date, graceDays: number): Promise<ClosedLoopRecordCode[]> {
  const already: ClosedLoopRecordCode[] = [...(issue.b1Proposed ? ['B1' as const] : []), ...(issue.b2Proposed ? ['B2' as const] : [])];
  const due = issueRecordProposals(issueSnapshot(issue), now, graceDays, already);
  const today = shanghaiDate(now);
  const done: ClosedLoopRecordCode[] = [];
  for (const code of due) {
    if (!(await claim(em, Issue, issue, code === 'B1' ? 'b1Proposed' : 'b2Proposed'))) continue;
    const effectiveFrom = code === 'B1' ? earlier(shanghaiDate(b1DueFrom(issue.deadline!, graceDays)), today) : today;
    const reason =
      code === 'B1'
        ? `问题清单 #${issue.id}「${issue.title}」整改逾期（整改期限 ${issue.deadline}，宽限 ${graceDays} 天）`
        : `问题清单 #${issue.id}「${issue.title}」拒不整改`;
    await proposeFor(em, code, issue.enterprise!.id, issue.community.id, 'ISSUE', issue.id, effectiveFrom, reason, today);
    done.push(code);
  }
  return done;
}

/** Proposes the B3/B4/B5 records now due for a complaint; returns the codes proposed. */
export async function proposeDueForComplaint(em: EntityManager, c: Complaint, now: Date, sla: ComplaintSla): Promise<ClosedLoopRecordCode[]> {
  const already: ClosedLoopRecordCode[] = [];
  if (c.b3Proposed) already.push('B3');
  if (c.b4Proposed) already.push('B4');
  if (c.b5Proposed) already.push('B5');
  const snapshot = complaintSnapshot(c);
  const due = complaintRecordProposals(snapshot, now, sla, already);
  const today = shanghaiDate(now);
  const done: ClosedLoopRecordCode[] = [];
  for (const code of due) {
    const flag = code === 'B3' ? 'b3Proposed' : code === 'B4' ? 'b4Proposed' : 'b5Proposed';
    if (!(await claim(em, Complaint, c, flag))) continue;
    let effectiveFrom = today;
    let reason: string;
    if (code === 'B3') {
      const responseLate = isFirstResponseLate(snapshot, now, sla);
      const missed = responseLate ? firstResponseDeadline(c.receivedAt, sla) : resolutionDeadline(c.receivedAt, sla);
      // Late from the first instant after the deadline: dated that day (the job may run later).
      effectiveFrom = earlier(shanghaiDate(new Date(missed.getTime() + 1)), today);
      reason = responseLate ? `投诉 #${c.id} 未在 ${sla.firstResponseDays} 天内首次响应` : `投诉 #${c.id} 未在 ${sla.resolutionDays} 天内办结`;
    } else if (code === 'B4') {
      effectiveFrom = c.handledAt ? earlier(shanghaiDate(c.handledAt), today) : today;
      reason = `群体投诉 #${c.id}（${c.complainantCount} 人）经查属实`;
    } else {
      effectiveFrom = c.closedAt ? earlier(shanghaiDate(c.closedAt), today) : today;
      reason = `投诉 #${c.id} 回访评价为不满意`;
    }
    await proposeFor(em, code, c.enterprise!.id, c.community.id, 'COMPLAINT', c.id, effectiveFrom, reason, today);
    done.push(code);
  }
  return done;
}

/** Proposes B14 (graded D) and B10 (refused to cooperate) for an inspection of a firm-served community. */
export async function proposeDueForInspection(em: EntityManager, inspection: Inspection, now: Date): Promise<ClosedLoopRecordCode[]> {
  if (!inspection.enterprise) return [];
  const already: ClosedLoopRecordCode[] = [...(inspection.b14Proposed ? ['B14' as const] : []), ...(inspection.b10Proposed ? ['B10' as const] : [])];
  const due = inspectionRecordProposals(
    { grade: (inspection.grade as InspectionGrade | null | undefined) ?? null, refusedToCooperate: inspection.refusedToCooperate },
    already,
  );
  const today = shanghaiDate(now);
  const done: ClosedLoopRecordCode[] = [];
  for (const code of due) {
    if (!(await claim(em, Inspection, inspection, code === 'B14' ? 'b14Proposed' : 'b10Proposed'))) continue;
    const reason =
      code === 'B14'
        ? `${inspection.date} 检查 #${inspection.id} 小区服务得分 ${inspection.score}，评定为 D 级`
        : `${inspection.date} 检查 #${inspection.id} 拒不配合检查`;
    await proposeFor(em, code, inspection.enterprise.id, inspection.community.id, 'INSPECTION', inspection.id, earlier(inspection.date, today), reason, today);
    done.push(code);
  }
  return done;
}

async function proposeFor(
  em: EntityManager,
  itemCode: ClosedLoopRecordCode,
  enterpriseId: number,
  communityId: number,
  sourceType: 'ISSUE' | 'COMPLAINT' | 'INSPECTION',
  sourceId: number,
  effectiveFrom: string,
  reason: string,
  today: string,
): Promise<CreditRecord> {
  return proposeRecord(
    em,
    SYSTEM,
    { subjectType: 'ENTERPRISE', enterpriseId, communityId, itemCode, effectiveFrom, reason, sourceType, sourceId: String(sourceId), publicize: false },
    today,
  );
}
