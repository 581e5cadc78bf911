import DataLoader from 'dataloader';
import {
  CreditRecord,
  Department,
  Enterprise,
  Objection,
  ProjectManager,
  RepairApplication,
  loadStandards,
  openIssuesByFirm,
  recordsWithPendingRepair,
  type CreditActor,
  type CreditSourceType,
  type Em,
  type ProposeInput as ProposalData,
} from '@wuye/db';
import {
  departmentMayPropose,
  findItem,
  isIsoDate,
  standardOn,
  type CreditSubjectType,
  type FieldIssue,
  type RecordFacts,
  type ScoringStandard as StandardData,
} from '@wuye/domain';
import type { Context } from './context.js';
import { notFound } from './errors.js';
import { and, creditScope, enterpriseScope, projectManagerScope } from './scoping.js';
import { failIf, parseId } from './write.js';

/**
 * The credit resolvers' side of a command: who acts, which rows the caller may act on (scope), and the parsing of a
 * proposal. The commands themselves are in @wuye/db (packages/db/src/credit/commands.ts).
 */

export function actorOf(ctx: Context): CreditActor {
  return { userId: ctx.user?.id ?? null, name: ctx.user?.displayName ?? null };
}

/** A record within the caller's scope (a firm: its own), or NotFound. */
export async function scopedRecord(em: Em, ctx: Context, id: string | number): Promise<CreditRecord> {
  const record = await em.findOne(CreditRecord, and<CreditRecord>({ id: parseId(id) ?? 0 }, creditScope(ctx) as never));
  if (!record) throw notFound('entity.creditRecord', String(id), ctx.locale);
  return record;
}

/** One of the calling firm's own records: other firms' records do not exist for it. */
export async function ownRecord(em: Em, ctx: Context, id: string | number): Promise<CreditRecord> {
  const record = await scopedRecord(em, ctx, id);
  if (String(record.enterprise.id) !== ctx.principal?.enterpriseId) throw notFound('entity.creditRecord', String(id), ctx.locale);
  return record;
}

export function scopedRecords(ctx: Context, ids: number[]): Promise<CreditRecord[]> {
  return ctx.em.find(CreditRecord, and<CreditRecord>({ id: { $in: ids } }, creditScope(ctx) as never));
}

export async function objectionById(em: Em, ctx: Context, id: string): Promise<Objection> {
  const objection = await em.findOne(Objection, { id: parseId(id) ?? 0 });
  if (!objection) throw notFound('entity.objection', id, ctx.locale);
  return objection;
}

export async function repairApplicationById(em: Em, ctx: Context, id: string): Promise<RepairApplication> {
  const application = await em.findOne(RepairApplication, { id: parseId(id) ?? 0 });
  if (!application) throw notFound('entity.repairApplication', id, ctx.locale);
  return application;
}

/** Standards change rarely: one read per request. */
const standardsCache = new WeakMap<Context, Promise<StandardData[]>>();
export function standardsOf(ctx: Context): Promise<StandardData[]> {
  let p = standardsCache.get(ctx);
  if (!p) {
    p = loadStandards(ctx.em);
    standardsCache.set(ctx, p);
  }
  return p;
}

/** The rules' view of a record (docs/credit.md), for its actions. */
export function recordFacts(r: CreditRecord): RecordFacts {
  return {
    status: r.status,
    points: r.points,
    termMonths: r.termMonths,
    effectiveFrom: r.effectiveFrom,
    expiresOn: r.expiresOn,
    confirmedOn: r.confirmedOn ?? null,
    repairedOn: r.repairedOn ?? null,
    proposedBy: r.proposedBy ? String(r.proposedBy.id) : null,
    objectionDeadline: r.objectionDeadline ?? null,
    enterpriseId: String(r.enterprise.id),
  };
}

/** Open issues of firms and pending repair applications of records, batched per request (for APPLY_REPAIR). */
const repairLoaders = new WeakMap<Context, { openIssues: DataLoader<number, number>; pending: DataLoader<number, boolean> }>();
export function repairLoadersOf(ctx: Context) {
  let l = repairLoaders.get(ctx);
  if (!l) {
    l = {
      openIssues: new DataLoader(async (ids: readonly number[]) => {
        const counts = await openIssuesByFirm(ctx.em, ids);
        return ids.map((id) => counts.get(id) ?? 0);
      }),
      pending: new DataLoader(async (ids: readonly number[]) => {
        const pending = await recordsWithPendingRepair(ctx.em, ids);
        return ids.map((id) => pending.has(id));
      }),
    };
    repairLoaders.set(ctx, l);
  }
  return l;
}

export interface ProposeArgs {
  subjectType?: string | null;
  enterpriseId?: string | number | null;
  managerId?: string | number | null;
  communityId?: string | number | null;
  itemCode: string;
  effectiveFrom: string;
  reason: string;
  evidence?: string | null;
  sourceType?: string | null;
  sourceId?: string | null;
}

/**
 * Parses and authorises a proposal: text and date rules, the subject within the caller's scope, and a department's
 * remit. The bureau's proposals are publicized at once; a department's wait for the bureau to publicize them.
 */
export async function proposalOf(em: Em, ctx: Context, input: ProposeArgs, correctsId: number | null, today: string): Promise<ProposalData> {
  const issues: FieldIssue[] = [];
  const subjectType = (input.subjectType ?? 'ENTERPRISE') as CreditSubjectType;
  const reason = input.reason.trim();
  if (!reason) issues.push({ field: 'reason', code: 'REQUIRED' });
  else if (reason.length > 500) issues.push({ field: 'reason', code: 'TOO_LONG', params: { max: 500 } });
  if (!isIsoDate(input.effectiveFrom)) issues.push({ field: 'effectiveFrom', code: 'INVALID_DATE' });
  else if (input.effectiveFrom > today) issues.push({ field: 'effectiveFrom', code: 'DATE_OUT_OF_RANGE', params: { min: '2000-01-01', max: today } });
  let enterpriseId: number | null = null;
  let managerId: number | null = null;
  if (subjectType === 'MANAGER') {
    const m = input.managerId ? await em.findOne(ProjectManager, and<ProjectManager>({ id: parseId(input.managerId) ?? 0 }, projectManagerScope(ctx))) : null;
    if (!m) issues.push({ field: 'managerId', code: input.managerId ? 'UNKNOWN_REFERENCE' : 'REQUIRED', params: { id: String(input.managerId ?? '') } });
    else [managerId, enterpriseId] = [m.id, m.enterprise.id];
  } else {
    const e = input.enterpriseId ? await em.findOne(Enterprise, and<Enterprise>({ id: parseId(input.enterpriseId) ?? 0 }, enterpriseScope(ctx))) : null;
    if (!e)
      issues.push({ field: 'enterpriseId', code: input.enterpriseId ? 'UNKNOWN_REFERENCE' : 'REQUIRED', params: { id: String(input.enterpriseId ?? '') } });
    else enterpriseId = e.id;
  }
  const standard = standardOn(await loadStandards(em), isIsoDate(input.effectiveFrom) ? input.effectiveFrom : today);
  const item = findItem(standard, input.itemCode.trim());
  if (ctx.principal?.role === 'DEPARTMENT' && item) {
    const dept = ctx.user?.department ? await em.findOne(Department, { id: ctx.user.department.id }) : null;
    if (!departmentMayPropose(item, dept?.remit ?? [])) issues.push({ field: 'itemCode', code: 'OUT_OF_SCOPE' });
  }
  failIf(issues, ctx);
  return {
    subjectType,
    enterpriseId: enterpriseId!,
    managerId,
    communityId: input.communityId ? parseId(input.communityId) : null,
    itemCode: input.itemCode.trim(),
    effectiveFrom: input.effectiveFrom,
    reason,
    evidence: input.evidence?.trim() || null,
    sourceType: (input.sourceType ?? 'MANUAL') as CreditSourceType,
    sourceId: input.sourceId ?? null,
    correctsId,
    publicize: ctx.principal?.role !== 'DEPARTMENT',
  };
}
