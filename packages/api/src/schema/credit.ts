import {
  CREDIT_SOURCE_TYPES,
  CreditRecord,
  CreditRecordEvent,
  Enterprise,
  Issue,
  ListEntry,
  Objection,
  ProjectManager,
  RepairApplication,
  ScoringStandard,
  User,
  applyTransition,
  enterpriseRecords,
  loadStandards,
  managerRecords,
  proposeRecord,
  rankEnterprises,
  refreshEnterpriseCredit,
  toListLike,
  clock,
  type CreditSourceType,
  type Em,
} from '@wuye/db';
import {
  CREDIT_RECORD_STATUSES,
  CREDIT_SUBJECT_TYPES,
  addDays,
  addMonths,
  breakdownOn,
  checkScoringStandard,
  departmentMayPropose,
  findItem,
  isIsoDate,
  listStatusOn,
  repairEligibility,
  scoreSeries,
  standardOn,
  standingOn,
  type CreditGrade,
  type CreditItem,
  type CreditRecordStatus,
  type CreditSubjectType,
  type FieldIssue,
  type ScoringStandard as StandardData,
} from '@wuye/domain';
import { z } from 'zod';
import { bounds, builder } from '../builder.js';
import type { Context } from '../context.js';
import { dataScopeOf } from '../analytics-scope.js';
import { actorOf } from '../credit-write.js';
import { todayOf } from '../today.js';
import { notFound } from '../errors.js';
import { MAX_PER_PAGE, defineListQuery, idsWhere, likePattern } from '../paging.js';
import { and, creditScope, enterpriseScope, projectManagerScope } from '../scoping.js';
import { auditedWrite, failIf, parseId } from '../write.js';
import { CommunityRef } from './communities.js';
import { CreditGradeEnum, EnterpriseRef, ListStatusEnum } from './enterprises.js';
import { WRITE_ERRORS } from './errors.js';
import { ProjectManagerRef } from './project-managers.js';

const RECORD = { 'zh-CN': '信用记录', en: 'Credit record' };
const OBJECTION = { 'zh-CN': '异议', en: 'Objection' };
const REPAIR = { 'zh-CN': '信用修复申请', en: 'Repair application' };

export const CreditSubjectTypeEnum = builder.enumType('CreditSubjectType', { values: CREDIT_SUBJECT_TYPES });
export const CreditRecordStatusEnum = builder.enumType('CreditRecordStatus', { values: CREDIT_RECORD_STATUSES });
export const CreditSourceTypeEnum = builder.enumType('CreditSourceType', { values: CREDIT_SOURCE_TYPES });
const ObjectionStatusEnum = builder.enumType('ObjectionStatus', { values: ['PENDING', 'REJECTED', 'ACCEPTED'] as const });
const RepairStatusEnum = builder.enumType('RepairStatus', { values: ['PENDING', 'APPROVED', 'REFUSED'] as const });

// ---- scoring standard --------------------------------------------------------------------------------------------

export const CreditItemRef = builder.objectRef<CreditItem>('CreditItem').implement({
  description: 'One item of a scoring standard (G1–G8, B1–B14; MB1, MG1–MG4 for managers)',
  authScopes: { public: true },
  fields: (t) => ({
    code: t.exposeString('code'),
    subject: t.field({ type: CreditSubjectTypeEnum, resolve: (i) => i.subject }),
    points: t.exposeInt('points', { description: 'Signed: + for positive items, − for negative ones' }),
    termMonths: t.exposeInt('termMonths'),
    serious: t.exposeBoolean('serious'),
    veto: t.exposeBoolean('veto', { description: '一票否决: caps the grade at C while in effect' }),
    blacklistMonths: t.int({ nullable: true, resolve: (i) => i.blacklistMonths }),
    commendation: t.exposeBoolean('commendation'),
    label: t.string({ resolve: (i, _a, ctx) => i.label[ctx.locale] }),
  }),
});

export const ScoringStandardRef = builder.objectRef<StandardData & { createdAt?: Date | null; note?: string | null }>('ScoringStandard').implement({
  description: 'A version of the scoring standard (PRODUCT.md §5); every score names the version it used',
  authScopes: { public: true },
  fields: (t) => ({
    version: t.exposeInt('version'),
    effectiveFrom: t.expose('effectiveFrom', { type: 'Date' }),
    base: t.exposeFloat('base'),
    positiveCap: t.exposeFloat('positiveCap'),
    floor: t.exposeFloat('floor'),
    gradeThresholds: t.field({ type: 'JSON', description: 'Lower bounds: { AAA, AA, A, B }', resolve: (s) => s.grades }),
    objectionDays: t.exposeInt('objectionDays'),
    items: t.field({ type: [CreditItemRef], resolve: (s) => s.items }),
    definition: t.field({ type: 'JSON', description: 'The whole standard as issued', resolve: (s) => ({ ...s, createdAt: undefined, note: undefined }) }),
    note: t.string({ nullable: true, resolve: (s) => s.note ?? null }),
  }),
});

builder.queryField('scoringStandards', (t) =>
  t.field({
    type: [ScoringStandardRef],
    description: 'Every issued version, oldest first',
    authScopes: { perm: 'credit:read' },
    resolve: async (_r, _a, ctx) => {
      const rows = await ctx.em.find(ScoringStandard, {}, { orderBy: { version: 'asc' } });
      return rows.map((r) => ({ ...r.definition, version: r.version, effectiveFrom: r.effectiveFrom, note: r.note ?? null }));
    },
  }),
);

builder.queryField('scoringStandard', (t) =>
  t.field({
    type: ScoringStandardRef,
    description: 'The version in force on a date (default today)',
    authScopes: { public: true },
    args: { asOf: t.arg({ type: 'Date', required: false }) },
    resolve: async (_r, { asOf }, ctx) => standardOn(await loadStandards(ctx.em), asOf ?? todayOf(ctx)),
  }),
);

// ---- records -----------------------------------------------------------------------------------------------------

export const CreditRecordEventRef = builder.objectRef<CreditRecordEvent>('CreditRecordEvent').implement({
  description: 'One lifecycle transition of a credit record',
  authScopes: { perm: 'credit:read' },
  fields: (t) => ({
    id: t.exposeID('id'),
    at: t.expose('at', { type: 'DateTime' }),
    actorId: t.id({ nullable: true, resolve: (e) => e.actor?.id ?? null }),
    actorName: t.exposeString('actorName', { nullable: true }),
    fromStatus: t.field({ type: CreditRecordStatusEnum, nullable: true, resolve: (e) => (e.fromStatus ?? null) as CreditRecordStatus | null }),
    toStatus: t.field({ type: CreditRecordStatusEnum, resolve: (e) => e.toStatus as CreditRecordStatus }),
    note: t.exposeString('note', { nullable: true }),
  }),
});

export const ObjectionRef = builder.objectRef<Objection>('Objection').implement({
  description: '异议 — a firm’s objection to a publicized record',
  authScopes: { perm: 'credit:read' },
  fields: (t) => ({
    id: t.exposeID('id'),
    recordId: t.id({ resolve: (o) => o.record.id }),
    record: t.field({ type: CreditRecordRef, nullable: true, resolve: (o) => o.record.id }),
    enterpriseId: t.id({ resolve: (o) => o.enterprise.id }),
    enterprise: t.field({ type: EnterpriseRef, nullable: true, resolve: (o) => o.enterprise.id }),
    filedById: t.id({ resolve: (o) => o.filedBy.id }),
    filedAt: t.expose('filedAt', { type: 'DateTime' }),
    statement: t.exposeString('statement'),
    evidence: t.exposeString('evidence', { nullable: true }),
    status: t.field({ type: ObjectionStatusEnum, resolve: (o) => o.status }),
    decidedById: t.id({ nullable: true, resolve: (o) => o.decidedBy?.id ?? null }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    decisionNote: t.exposeString('decisionNote', { nullable: true }),
  }),
});

export const RepairApplicationRef = builder.objectRef<RepairApplication>('RepairApplication').implement({
  description: '信用修复申请 — a firm’s application to repair a negative record',
  authScopes: { perm: 'credit:read' },
  fields: (t) => ({
    id: t.exposeID('id'),
    recordId: t.id({ resolve: (a) => a.record.id }),
    record: t.field({ type: CreditRecordRef, nullable: true, resolve: (a) => a.record.id }),
    enterpriseId: t.id({ resolve: (a) => a.enterprise.id }),
    enterprise: t.field({ type: EnterpriseRef, nullable: true, resolve: (a) => a.enterprise.id }),
    appliedById: t.id({ resolve: (a) => a.appliedBy.id }),
    appliedAt: t.expose('appliedAt', { type: 'DateTime' }),
    commitment: t.exposeString('commitment'),
    openIssues: t.exposeInt('openIssues'),
    status: t.field({ type: RepairStatusEnum, resolve: (a) => a.status }),
    decidedById: t.id({ nullable: true, resolve: (a) => a.decidedBy?.id ?? null }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    reasons: t.exposeString('reasons', { nullable: true }),
  }),
});

/** Loads records by id within the caller's scope (a firm user sees only its own firm's records). */
export const CreditRecordRef: ReturnType<typeof builder.loadableObjectRef<CreditRecord, number>> = builder.loadableObjectRef<CreditRecord, number>('CreditRecord', {
  load: (ids: number[], ctx: Context) => ctx.em.find(CreditRecord, and<CreditRecord>({ id: { $in: ids } }, creditScope(ctx) as never)),
  sort: (r) => r.id,
});
CreditRecordRef.implement({
  description: '信用记录 — a credit record; never edited: corrections revoke and re-issue',
  authScopes: { perm: 'credit:read' },
  fields: (t) => ({
    id: t.exposeID('id'),
    subjectType: t.field({ type: CreditSubjectTypeEnum, resolve: (r) => r.subjectType }),
    enterpriseId: t.id({ resolve: (r) => r.enterprise.id }),
    enterprise: t.field({ type: EnterpriseRef, nullable: true, resolve: (r) => r.enterprise.id }),
    managerId: t.id({ nullable: true, resolve: (r) => r.manager?.id ?? null }),
    manager: t.field({ type: ProjectManagerRef, nullable: true, resolve: (r) => r.manager?.id ?? null }),
    communityId: t.id({ nullable: true, resolve: (r) => r.community?.id ?? null }),
    community: t.field({ type: CommunityRef, nullable: true, resolve: (r) => r.community?.id ?? null }),
    itemCode: t.exposeString('itemCode'),
    itemLabel: t.string({
      nullable: true,
      resolve: async (r, _a, ctx) => findItem(standardOn(await loadStandardsCached(ctx), r.effectiveFrom), r.itemCode)?.label[ctx.locale] ?? null,
    }),
    points: t.exposeInt('points', { description: 'Snapshot of the item’s signed points' }),
    termMonths: t.exposeInt('termMonths'),
    serious: t.exposeBoolean('serious'),
    veto: t.exposeBoolean('veto'),
    commendation: t.exposeBoolean('commendation'),
    blacklistMonths: t.int({ nullable: true, resolve: (r) => r.blacklistMonths ?? null }),
    standardVersion: t.exposeInt('standardVersion'),
    effectiveFrom: t.expose('effectiveFrom', { type: 'Date' }),
    expiresOn: t.expose('expiresOn', { type: 'Date', description: 'Last day in effect (inclusive)' }),
    status: t.field({ type: CreditRecordStatusEnum, resolve: (r) => r.status as CreditRecordStatus }),
    proposedById: t.id({ nullable: true, resolve: (r) => r.proposedBy?.id ?? null, description: 'Null: proposed by the system' }),
    proposedAt: t.expose('proposedAt', { type: 'DateTime' }),
    reason: t.exposeString('reason'),
    evidence: t.exposeString('evidence', { nullable: true }),
    sourceType: t.field({ type: CreditSourceTypeEnum, resolve: (r) => r.sourceType }),
    sourceId: t.exposeString('sourceId', { nullable: true }),
    publicizedOn: t.expose('publicizedOn', { type: 'Date', nullable: true }),
    objectionDeadline: t.expose('objectionDeadline', { type: 'Date', nullable: true, description: 'Last day an objection is accepted' }),
    confirmedOn: t.expose('confirmedOn', { type: 'Date', nullable: true }),
    reviewerId: t.id({ nullable: true, resolve: (r) => r.reviewer?.id ?? null }),
    decision: t.exposeString('decision', { nullable: true }),
    decisionNote: t.exposeString('decisionNote', { nullable: true }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    revokedById: t.id({ nullable: true, resolve: (r) => r.revokedBy?.id ?? null }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    revokeReason: t.exposeString('revokeReason', { nullable: true }),
    correctsId: t.id({ nullable: true, resolve: (r) => r.corrects?.id ?? null, description: 'The record this one re-issues' }),
    repairedOn: t.expose('repairedOn', { type: 'Date', nullable: true }),
    events: t.loadableGroup({
      type: CreditRecordEventRef,
      description: 'Transition history, oldest first',
      load: (ids: number[], ctx: Context) => ctx.em.find(CreditRecordEvent, { record: { $in: ids } }, { orderBy: { id: 'asc' } }),
      group: (e) => e.record.id,
      resolve: (r) => r.id,
    }),
    objections: t.loadableGroup({
      type: ObjectionRef,
      load: (ids: number[], ctx: Context) => ctx.em.find(Objection, { record: { $in: ids } }, { orderBy: { id: 'asc' } }),
      group: (o) => o.record.id,
      resolve: (r) => r.id,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

/** Standards change rarely: one read per request. */
const standardsCache = new WeakMap<Context, Promise<StandardData[]>>();
function loadStandardsCached(ctx: Context): Promise<StandardData[]> {
  let p = standardsCache.get(ctx);
  if (!p) {
    p = loadStandards(ctx.em);
    standardsCache.set(ctx, p);
  }
  return p;
}

const CreditRecordFilter = builder.inputType('CreditRecordFilter', {
  fields: (t) => ({
    q: t.string({ required: false, description: 'Text in the reason or item code' }),
    ids: t.idList({ required: false }),
    enterpriseId: t.id({ required: false }),
    managerId: t.id({ required: false }),
    subjectType: t.field({ type: CreditSubjectTypeEnum, required: false }),
    status: t.field({ type: CreditRecordStatusEnum, required: false }),
    statuses: t.field({ type: [CreditRecordStatusEnum], required: false }),
    itemCode: t.string({ required: false }),
    sourceType: t.field({ type: CreditSourceTypeEnum, required: false }),
    sourceId: t.string({ required: false }),
    negative: t.boolean({ required: false, description: 'true: deductions only; false: positive records only' }),
  }),
});

defineListQuery({
  name: 'creditRecords',
  description: 'Credit records within the caller’s scope (a firm user: its own firm), paged',
  entity: CreditRecord,
  ref: CreditRecordRef,
  sortFields: ['effectiveFrom', 'expiresOn', 'points', 'status', 'itemCode', 'createdAt'],
  filter: CreditRecordFilter,
  permission: 'credit:read',
  where: (ctx, f) => {
    const like = f?.q ? likePattern(f.q) : null;
    return and<CreditRecord>(
      creditScope(ctx) as never,
      idsWhere(f?.ids),
      like ? { $or: [{ reason: { $like: like } }, { itemCode: { $like: like } }] } : {},
      f?.enterpriseId ? { enterprise: parseId(f.enterpriseId) ?? 0 } : {},
      f?.managerId ? { manager: parseId(f.managerId) ?? 0 } : {},
      f?.subjectType ? { subjectType: f.subjectType } : {},
      f?.status ? { status: f.status } : {},
      f?.statuses?.length ? { status: { $in: f.statuses } } : {},
      f?.itemCode ? { itemCode: f.itemCode } : {},
      f?.sourceType ? { sourceType: f.sourceType } : {},
      f?.sourceId ? { sourceId: f.sourceId } : {},
      f?.negative == null ? {} : f.negative ? { points: { $lt: 0 } } : { points: { $gt: 0 } },
    );
  },
});

builder.queryField('creditRecord', (t) =>
  t.field({
    type: CreditRecordRef,
    nullable: true,
    authScopes: { perm: 'credit:read' },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }) => parseId(id),
  }),
);

const ObjectionFilter = builder.inputType('ObjectionFilter', {
  fields: (t) => ({
    ids: t.idList({ required: false }),
    q: t.string({ required: false, description: 'Text in the statement' }),
    status: t.field({ type: ObjectionStatusEnum, required: false }),
    enterpriseId: t.id({ required: false }),
    recordId: t.id({ required: false }),
  }),
});
defineListQuery({
  name: 'objections',
  description: 'Objections within the caller’s scope (the regulators’ inbox: filter status PENDING), paged',
  entity: Objection,
  ref: ObjectionRef,
  sortFields: ['filedAt', 'status'],
  filter: ObjectionFilter,
  permission: 'credit:read',
  where: (ctx, f) =>
    and<Objection>(
      creditScope(ctx) as never,
      idsWhere(f?.ids),
      f?.q ? { statement: { $like: likePattern(f.q) } } : {},
      f?.status ? { status: f.status } : {},
      f?.enterpriseId ? { enterprise: parseId(f.enterpriseId) ?? 0 } : {},
      f?.recordId ? { record: parseId(f.recordId) ?? 0 } : {},
    ),
});

const RepairFilter = builder.inputType('RepairApplicationFilter', {
  fields: (t) => ({
    ids: t.idList({ required: false }),
    q: t.string({ required: false, description: 'Text in the commitment' }),
    status: t.field({ type: RepairStatusEnum, required: false }),
    enterpriseId: t.id({ required: false }),
    recordId: t.id({ required: false }),
  }),
});
defineListQuery({
  name: 'repairApplications',
  description: 'Credit-repair applications within the caller’s scope, paged',
  entity: RepairApplication,
  ref: RepairApplicationRef,
  sortFields: ['appliedAt', 'status'],
  filter: RepairFilter,
  permission: 'credit:read',
  where: (ctx, f) =>
    and<RepairApplication>(
      creditScope(ctx) as never,
      idsWhere(f?.ids),
      f?.q ? { commitment: { $like: likePattern(f.q) } } : {},
      f?.status ? { status: f.status } : {},
      f?.enterpriseId ? { enterprise: parseId(f.enterpriseId) ?? 0 } : {},
      f?.recordId ? { record: parseId(f.recordId) ?? 0 } : {},
    ),
});

// ---- standing, breakdown, history --------------------------------------------------------------------------------

interface StandingSource {
  asOf: string;
  standards: StandardData[];
  records: { record: CreditRecord; inherited: boolean }[];
  list: { status: 'NONE' | 'RED' | 'BLACK'; until: string | null } | null;
}

const BreakdownItemRef = builder.objectRef<{ record: CreditRecord; inherited: boolean }>('CreditBreakdownItem').implement({
  description: 'One record counting toward a score on the as-of date',
  authScopes: { perm: 'credit:read' },
  fields: (t) => ({
    recordId: t.id({ resolve: (b) => b.record.id }),
    record: t.field({ type: CreditRecordRef, resolve: (b) => b.record }),
    itemCode: t.string({ resolve: (b) => b.record.itemCode }),
    points: t.int({ resolve: (b) => b.record.points }),
    termMonths: t.int({ resolve: (b) => b.record.termMonths }),
    effectiveFrom: t.field({ type: 'Date', resolve: (b) => b.record.effectiveFrom }),
    expiresOn: t.field({ type: 'Date', resolve: (b) => b.record.expiresOn }),
    veto: t.boolean({ resolve: (b) => b.record.veto }),
    inherited: t.boolean({ description: 'A manager’s inherited B1/B2 record of a community they managed at the time', resolve: (b) => b.inherited }),
  }),
});

const ScorePointRef = builder.objectRef<{ date: string; score: number; grade: CreditGrade }>('ScorePoint').implement({
  description: 'The score from this date until the next point (a step series)',
  authScopes: { perm: 'credit:read' },
  fields: (t) => ({
    date: t.expose('date', { type: 'Date' }),
    score: t.exposeFloat('score'),
    grade: t.field({ type: CreditGradeEnum, resolve: (p) => p.grade }),
  }),
});

const CreditStandingRef = builder.objectRef<StandingSource>('CreditStanding').implement({
  description: 'Score, grade and list status as of a date, computed from the records (reproducible)',
  authScopes: { perm: 'credit:read' },
  fields: (t) => {
    const st = (s: StandingSource) => standingOn(s.records.map((r) => r.record), s.asOf, standardOn(s.standards, s.asOf));
    return {
      asOf: t.expose('asOf', { type: 'Date' }),
      score: t.float({ resolve: (s) => st(s).score }),
      grade: t.field({ type: CreditGradeEnum, resolve: (s) => st(s).grade }),
      positivePoints: t.int({ description: 'Σ positive points in effect, before the cap', resolve: (s) => st(s).positive }),
      negativePoints: t.int({ description: 'Σ negative points in effect, as a positive number', resolve: (s) => st(s).negative }),
      veto: t.boolean({ resolve: (s) => st(s).veto }),
      standardVersion: t.int({ resolve: (s) => st(s).standardVersion }),
      listStatus: t.field({ type: ListStatusEnum, nullable: true, description: 'Firms only', resolve: (s) => s.list?.status ?? null }),
      listUntil: t.field({ type: 'Date', nullable: true, resolve: (s) => s.list?.until ?? null }),
      breakdown: t.field({
        type: [BreakdownItemRef],
        description: 'Every record counting on the as-of date',
        resolve: (s) => {
          const counting = new Set(breakdownOn(s.records.map((r) => r.record), s.asOf));
          return s.records.filter((r) => counting.has(r.record));
        },
      }),
      history: t.field({
        type: [ScorePointRef],
        description: 'Score series between two dates (default: the 12 months up to the as-of date)',
        args: { from: t.arg({ type: 'Date', required: false }), to: t.arg({ type: 'Date', required: false }) },
        resolve: (s, a) => {
          const to = a.to ?? s.asOf;
          const from = a.from ?? addDays(addMonths(to, -12), 1);
          return scoreSeries(s.records.map((r) => r.record), from <= to ? from : to, to, (d) => standardOn(s.standards, d));
        },
      }),
    };
  },
});

builder.objectField(EnterpriseRef, 'credit', (t) =>
  t.field({
    type: CreditStandingRef,
    description: 'Credit file: score, grade, list status, breakdown and history as of a date (default today)',
    authScopes: { perm: 'credit:read' },
    args: { asOf: t.arg({ type: 'Date', required: false }) },
    resolve: async (e, { asOf }, ctx) => {
      const day = asOf ?? todayOf(ctx);
      const [standards, records, entries] = [await loadStandardsCached(ctx), await enterpriseRecords(ctx.em, e.id), await ctx.em.find(ListEntry, { enterprise: e.id })];
      return { asOf: day, standards, records: records.map((record) => ({ record, inherited: false })), list: listStatusOn(entries.map(toListLike), day) };
    },
  }),
);

builder.objectField(ProjectManagerRef, 'credit', (t) =>
  t.field({
    type: CreditStandingRef,
    description: 'The manager’s own records plus the B1/B2 records of communities they managed at the time',
    authScopes: { perm: 'credit:read' },
    args: { asOf: t.arg({ type: 'Date', required: false }) },
    resolve: async (m, { asOf }, ctx) => {
      const standards = await loadStandardsCached(ctx);
      return { asOf: asOf ?? todayOf(ctx), standards, records: await managerRecords(ctx.em, m.id, standards), list: null };
    },
  }),
);
builder.objectField(ProjectManagerRef, 'score', (t) => t.float({ authScopes: { perm: 'credit:read' }, resolve: (m) => Number(m.score) }));
builder.objectField(ProjectManagerRef, 'grade', (t) => t.field({ type: CreditGradeEnum, nullable: true, authScopes: { perm: 'credit:read' }, resolve: (m) => (m.grade ?? null) as CreditGrade | null }));
builder.objectField(EnterpriseRef, 'standardVersion', (t) => t.int({ authScopes: { perm: 'credit:read' }, description: 'Standard version of the stored score', resolve: (e) => e.standardVersion }));

// ---- ranking -----------------------------------------------------------------------------------------------------

type RankingRowData = Awaited<ReturnType<typeof rankEnterprises>>['items'][number];
const RankingRowRef = builder.objectRef<RankingRowData>('RankingRow').implement({
  description: 'One firm in the credit ranking',
  authScopes: { perm: 'credit:read' },
  fields: (t) => ({
    rank: t.exposeInt('rank'),
    enterpriseId: t.id({ resolve: (r) => r.enterpriseId }),
    name: t.exposeString('name'),
    uscc: t.exposeString('uscc'),
    townshipId: t.id({ resolve: (r) => r.townshipId }),
    townshipName: t.exposeString('townshipName'),
    score: t.exposeFloat('score'),
    grade: t.field({ type: CreditGradeEnum, resolve: (r) => r.grade }),
    positivePoints: t.int({ resolve: (r) => r.positive }),
    negativePoints: t.int({ resolve: (r) => r.negative }),
    listStatus: t.field({ type: ListStatusEnum, resolve: (r) => r.listStatus }),
    listUntil: t.field({ type: 'Date', nullable: true, resolve: (r) => r.listUntil }),
  }),
});

const RankingPageRef = builder.objectRef<Awaited<ReturnType<typeof rankEnterprises>>>('RankingPage').implement({
  authScopes: { perm: 'credit:read' },
  fields: (t) => ({
    items: t.field({ type: [RankingRowRef], resolve: (p) => p.items }),
    total: t.exposeInt('total'),
    asOf: t.expose('asOf', { type: 'Date' }),
    standardVersion: t.int({ nullable: true, description: 'For a past date: the version used; today: see each firm', resolve: (p) => p.standardVersion }),
  }),
});

builder.queryField('ranking', (t) =>
  t.field({
    type: RankingPageRef,
    description:
      'Active firms ranked by credit (score desc, fewer negative points, more positive, USCC). Today: the stored scores; ' +
      'a township ranks the firms in its area; a firm sees only its own row, with its rank among all. ' +
      'a past date: computed in SQL from the records as they were confirmed then. One SQL statement per page.',
    authScopes: { perm: 'credit:read' },
    args: {
      asOf: t.arg({ type: 'Date', required: false }),
      townshipId: t.arg.id({ required: false }),
      grade: t.arg({ type: CreditGradeEnum, required: false }),
      page: t.arg.int({ required: false, defaultValue: 1, validate: z.number().int().min(bounds.page!.min).max(bounds.page!.max) }),
      perPage: t.arg.int({ required: false, defaultValue: 25, validate: z.number().int().min(bounds.perPage!.min).max(MAX_PER_PAGE) }),
    },
    // Today reads stored scores; a past date recomputes every firm's score from its records in SQL.
    complexity: (args) => ({ field: args.asOf ? 500 : 2, multiplier: Math.max(1, args.perPage ?? 25) }),
    resolve: (_r, a, ctx) =>
      rankEnterprises(ctx.em, {
        asOf: a.asOf ?? null,
        today: todayOf(ctx),
        townshipId: a.townshipId ? (parseId(a.townshipId) ?? 0) : null,
        grade: a.grade ?? null,
        page: a.page ?? 1,
        perPage: a.perPage ?? 25,
        scope: dataScopeOf(ctx),
      }),
  }),
);

// ---- record mutations --------------------------------------------------------------------------------------------

const ProposeInput = builder.inputType('ProposeCreditRecordInput', {
  fields: (t) => ({
    subjectType: t.field({ type: CreditSubjectTypeEnum, required: false, defaultValue: 'ENTERPRISE' }),
    enterpriseId: t.id({ required: false, description: 'Required for an enterprise record' }),
    managerId: t.id({ required: false, description: 'Required for a manager record (its firm is the manager’s employer)' }),
    communityId: t.id({ required: false }),
    itemCode: t.string({ required: true }),
    effectiveFrom: t.field({ type: 'Date', required: true }),
    reason: t.string({ required: true }),
    evidence: t.string({ required: false }),
    sourceType: t.field({ type: CreditSourceTypeEnum, required: false, defaultValue: 'MANUAL' }),
    sourceId: t.string({ required: false }),
  }),
});
type ProposeArgs = typeof ProposeInput.$inferInput;

async function proposeFromInput(em: Em, ctx: Context, input: ProposeArgs, correctsId: number | null, today: string): Promise<CreditRecord> {
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
    if (!e) issues.push({ field: 'enterpriseId', code: input.enterpriseId ? 'UNKNOWN_REFERENCE' : 'REQUIRED', params: { id: String(input.enterpriseId ?? '') } });
    else enterpriseId = e.id;
  }
  const standard = standardOn(await loadStandards(em), isIsoDate(input.effectiveFrom) ? input.effectiveFrom : today);
  const item = findItem(standard, input.itemCode.trim());
  if (ctx.principal?.role === 'DEPARTMENT' && item) {
    const dept = ctx.user?.department ? await em.findOne('Department', { id: ctx.user.department.id }) : null;
    if (!departmentMayPropose(item, ((dept as { remit?: string[] } | null)?.remit ?? []))) issues.push({ field: 'itemCode', code: 'OUT_OF_SCOPE' });
  }
  failIf(issues, ctx);
  return proposeRecord(
    em,
    actorOf(ctx),
    {
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
      // The bureau's proposals are publicized at once; a department's wait for the bureau to publicize them.
      publicize: ctx.principal?.role !== 'DEPARTMENT',
    },
    today,
  );
}

builder.mutationField('proposeCreditRecord', (t) =>
  t.field({
    type: CreditRecordRef,
    description: 'Proposes a record. ADMIN/REGULATOR: publicized at once (10-day objection window); DEPARTMENT: stays PROPOSED, items in its remit only',
    authScopes: { perm: 'credit:propose' },
    errors: { types: WRITE_ERRORS },
    args: { input: t.arg({ type: ProposeInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      auditedWrite(ctx, async (em) => {
        const record = await proposeFromInput(em, ctx, input, null, todayOf(ctx));
        return { result: record, audit: { action: 'creditRecord.propose', entityType: 'CreditRecord', entityId: record.id, changes: { ...input } } };
      }),
  }),
);

async function scopedRecord(em: Em, ctx: Context, id: string | number): Promise<CreditRecord> {
  const record = await em.findOne(CreditRecord, and<CreditRecord>({ id: parseId(id) ?? 0 }, creditScope(ctx) as never));
  if (!record) throw notFound(RECORD, String(id), ctx.locale);
  return record;
}

builder.mutationField('publicizeCreditRecord', (t) =>
  t.field({
    type: CreditRecordRef,
    description: 'PROPOSED → PUBLICIZING: notifies the firm and opens the objection window',
    authScopes: { perm: 'credit:decide' },
    errors: { types: WRITE_ERRORS },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) =>
      auditedWrite(ctx, async (em) => {
        const record = await scopedRecord(em, ctx, id);
        const today = todayOf(ctx);
        const standard = standardOn(await loadStandards(em), today);
        await applyTransition(em, record, { type: 'PUBLICIZE', today, objectionDays: standard.objectionDays }, actorOf(ctx));
        return { result: record, audit: { action: 'creditRecord.publicize', entityType: 'CreditRecord', entityId: record.id } };
      }),
  }),
);

builder.mutationField('fileObjection', (t) =>
  t.field({
    type: ObjectionRef,
    description: 'A firm objects to one of its own publicized records, within the objection window',
    authScopes: { perm: 'objection:file' },
    errors: { types: WRITE_ERRORS },
    args: { recordId: t.arg.id({ required: true }), statement: t.arg.string({ required: true }), evidence: t.arg.string({ required: false }) },
    resolve: (_r, { recordId, statement, evidence }, ctx) =>
      auditedWrite(ctx, async (em) => {
        const record = await scopedRecord(em, ctx, recordId);
        if (String(record.enterprise.id) !== ctx.principal?.enterpriseId) throw notFound(RECORD, String(recordId), ctx.locale);
        const text = statement.trim();
        failIf(text ? (text.length > 5000 ? [{ field: 'statement', code: 'TOO_LONG', params: { max: 5000 } }] : []) : [{ field: 'statement', code: 'REQUIRED' }], ctx);
        await applyTransition(em, record, { type: 'OBJECT', today: todayOf(ctx) }, actorOf(ctx), text.slice(0, 500));
        const objection = em.create(Objection, {
          record,
          enterprise: record.enterprise,
          filedBy: em.getReference(User, ctx.user!.id),
          filedAt: clock.now(),
          statement: text,
          evidence: evidence?.trim() || null,
          status: 'PENDING',
        });
        await em.flush();
        return { result: objection, audit: { action: 'objection.file', entityType: 'Objection', entityId: objection.id, changes: { recordId, statement: text } } };
      }),
  }),
);

builder.mutationField('decideObjection', (t) =>
  t.field({
    type: ObjectionRef,
    description: 'A reviewer who did not propose the record decides: uphold → record CONFIRMED, else REVOKED',
    authScopes: { perm: 'credit:decide' },
    errors: { types: WRITE_ERRORS },
    args: { objectionId: t.arg.id({ required: true }), upholdRecord: t.arg.boolean({ required: true }), note: t.arg.string({ required: true }) },
    resolve: (_r, { objectionId, upholdRecord, note }, ctx) =>
      auditedWrite(ctx, async (em) => {
        const objection = await em.findOne(Objection, { id: parseId(objectionId) ?? 0 });
        if (!objection) throw notFound(OBJECTION, String(objectionId), ctx.locale);
        failIf(note.trim() ? [] : [{ field: 'note', code: 'REQUIRED' }], ctx);
        const record = await em.findOneOrFail(CreditRecord, { id: objection.record.id });
        const today = todayOf(ctx);
        await applyTransition(em, record, { type: 'DECIDE', today, reviewerId: String(ctx.user!.id), uphold: upholdRecord }, actorOf(ctx), note.trim().slice(0, 500));
        const reviewer = em.getReference(User, ctx.user!.id);
        em.assign(record, { reviewer, decision: upholdRecord ? 'UPHELD' : 'REVOKED', decisionNote: note.trim().slice(0, 500), decidedAt: clock.now(), ...(upholdRecord ? {} : { revokedBy: reviewer, revokedAt: clock.now(), revokeReason: note.trim().slice(0, 500) }) });
        em.assign(objection, { status: upholdRecord ? 'REJECTED' : 'ACCEPTED', decidedBy: reviewer, decidedAt: clock.now(), decisionNote: note.trim().slice(0, 500) });
        await em.flush();
        return { result: objection, audit: { action: 'objection.decide', entityType: 'Objection', entityId: objection.id, changes: { upholdRecord, note } } };
      }),
  }),
);

const RevokeResultRef = builder.objectRef<{ revoked: CreditRecord; reissued: CreditRecord | null }>('RevokeCreditRecordResult').implement({
  authScopes: { perm: 'credit:read' },
  fields: (t) => ({
    revoked: t.field({ type: CreditRecordRef, resolve: (r) => r.revoked }),
    reissued: t.field({ type: CreditRecordRef, nullable: true, resolve: (r) => r.reissued }),
  }),
});

builder.mutationField('revokeCreditRecord', (t) =>
  t.field({
    type: RevokeResultRef,
    description: 'Revokes a record with a reason; a correction re-issues it at once (the new record names the old one in correctsId)',
    authScopes: { perm: 'credit:decide' },
    errors: { types: WRITE_ERRORS },
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true }), reissue: t.arg({ type: ProposeInput, required: false }) },
    resolve: (_r, { id, reason, reissue }, ctx) =>
      auditedWrite(ctx, async (em) => {
        const record = await scopedRecord(em, ctx, id);
        const today = todayOf(ctx);
        failIf(reason.trim() ? [] : [{ field: 'reason', code: 'REQUIRED' }], ctx);
        await applyTransition(em, record, { type: 'REVOKE', today, reason }, actorOf(ctx), reason.trim().slice(0, 500));
        em.assign(record, { revokedBy: em.getReference(User, ctx.user!.id), revokedAt: clock.now(), revokeReason: reason.trim().slice(0, 500) });
        await em.flush();
        const reissued = reissue ? await proposeFromInput(em, ctx, reissue, record.id, today) : null;
        return {
          result: { revoked: record, reissued },
          audit: { action: 'creditRecord.revoke', entityType: 'CreditRecord', entityId: record.id, changes: { reason, reissuedId: reissued?.id ?? null } },
        };
      }),
  }),
);

builder.mutationField('applyForRepair', (t) =>
  t.field({
    type: RepairApplicationRef,
    description: 'A firm applies to repair one of its negative records (minimum publicity period, issues closed, written commitment)',
    authScopes: { perm: 'repair:apply' },
    errors: { types: WRITE_ERRORS },
    args: {
      recordId: t.arg.id({ required: true }),
      commitment: t.arg.string({ required: true, description: '信用承诺书' }),
    },
    resolve: (_r, { recordId, commitment }, ctx) =>
      auditedWrite(ctx, async (em) => {
        const record = await scopedRecord(em, ctx, recordId);
        if (String(record.enterprise.id) !== ctx.principal?.enterpriseId) throw notFound(RECORD, String(recordId), ctx.locale);
        // Counted here, never taken from the caller: a firm must not be able to claim its issues are closed.
        const openIssues = await em.count(Issue, { enterprise: record.enterprise.id, state: { $ne: 'CLOSED' } });
        const today = todayOf(ctx);
        const standard = standardOn(await loadStandards(em), today);
        const ok = repairEligibility(record, today, openIssues, commitment, standard);
        if (!ok.ok) {
          const issue: FieldIssue = {
            NOT_NEGATIVE: { field: 'recordId', code: 'REPAIR_NOT_NEGATIVE' },
            NOT_IN_EFFECT: { field: 'recordId', code: 'NOT_IN_EFFECT' },
            TOO_EARLY: { field: 'recordId', code: 'REPAIR_TOO_EARLY', params: { earliest: ok.earliest ?? '' } },
            OPEN_ISSUES: { field: 'openIssues', code: 'OPEN_ISSUES', params: { count: openIssues } },
            COMMITMENT_REQUIRED: { field: 'commitment', code: 'REQUIRED' },
          }[ok.reason];
          failIf([issue], ctx);
        }
        if ((await em.count(RepairApplication, { record: record.id, status: 'PENDING' })) > 0) failIf([{ field: 'recordId', code: 'ALREADY_PENDING' }], ctx);
        const application = em.create(RepairApplication, {
          record,
          enterprise: record.enterprise,
          appliedBy: em.getReference(User, ctx.user!.id),
          appliedAt: clock.now(),
          commitment: commitment.trim(),
          openIssues,
          status: 'PENDING',
        });
        await em.flush();
        return { result: application, audit: { action: 'repair.apply', entityType: 'RepairApplication', entityId: application.id, changes: { recordId } } };
      }),
  }),
);

builder.mutationField('decideRepair', (t) =>
  t.field({
    type: RepairApplicationRef,
    description: 'A regulator approves (the record becomes REPAIRED and stops counting today) or refuses, with reasons',
    authScopes: { perm: 'credit:decide' },
    errors: { types: WRITE_ERRORS },
    args: { applicationId: t.arg.id({ required: true }), approve: t.arg.boolean({ required: true }), reasons: t.arg.string({ required: true }) },
    resolve: (_r, { applicationId, approve, reasons }, ctx) =>
      auditedWrite(ctx, async (em) => {
        const application = await em.findOne(RepairApplication, { id: parseId(applicationId) ?? 0 });
        if (!application) throw notFound(REPAIR, String(applicationId), ctx.locale);
        failIf(reasons.trim() ? [] : [{ field: 'reasons', code: 'REQUIRED' }], ctx);
        if (application.status !== 'PENDING') failIf([{ field: 'applicationId', code: 'RATING_STATUS', params: { status: application.status } }], ctx);
        const record = await em.findOneOrFail(CreditRecord, { id: application.record.id });
        const today = todayOf(ctx);
        if (approve) await applyTransition(em, record, { type: 'REPAIR', today }, actorOf(ctx), reasons.trim().slice(0, 500));
        em.assign(application, { status: approve ? 'APPROVED' : 'REFUSED', decidedBy: em.getReference(User, ctx.user!.id), decidedAt: clock.now(), reasons: reasons.trim().slice(0, 1000) });
        await em.flush();
        if (!approve) {
          const { notifyFirm } = await import('@wuye/db');
          await notifyFirm(em, record, 'REPAIR_REFUSED', reasons.trim());
          await em.flush();
        }
        return { result: application, audit: { action: 'repair.decide', entityType: 'RepairApplication', entityId: application.id, changes: { approve, reasons } } };
      }),
  }),
);

builder.mutationField('issueScoringStandard', (t) =>
  t.field({
    type: ScoringStandardRef,
    description: 'ADMIN issues the next version (whole definition as JSON, same shape as ScoringStandard.definition), in force from a date not in the past',
    authScopes: { perm: 'standard:issue' },
    errors: { types: WRITE_ERRORS },
    args: { definition: t.arg({ type: 'JSON', required: true }), effectiveFrom: t.arg({ type: 'Date', required: true }), note: t.arg.string({ required: false }) },
    resolve: (_r, { definition, effectiveFrom, note }, ctx) =>
      auditedWrite(ctx, async (em) => {
        const latest = await em.findOne(ScoringStandard, { version: { $gt: 0 } }, { orderBy: { version: 'desc' } });
        const version = (latest?.version ?? 0) + 1;
        const isObject = definition !== null && typeof definition === 'object' && !Array.isArray(definition);
        const data = { ...(isObject ? (definition as StandardData) : ({} as StandardData)), version, effectiveFrom };
        const issues = isObject ? checkScoringStandard(data).map((i) => ({ ...i, field: `standard.${i.field}` })) : [{ field: 'definition', code: 'INVALID_FORMAT' }];
        if (effectiveFrom < todayOf(ctx)) issues.push({ field: 'effectiveFrom', code: 'DATE_BEFORE', params: { other: todayOf(ctx) } });
        if (latest && effectiveFrom <= latest.effectiveFrom) issues.push({ field: 'effectiveFrom', code: 'DATE_BEFORE', params: { other: latest.effectiveFrom } });
        failIf(issues, ctx);
        const row = em.create(ScoringStandard, { version, effectiveFrom, definition: data, note: note?.trim() || null, createdBy: em.getReference(User, ctx.user!.id) });
        await em.flush();
        return { result: { ...data, note: row.note ?? null }, audit: { action: 'scoringStandard.issue', entityType: 'ScoringStandard', entityId: version, changes: { effectiveFrom, note } } };
      }),
  }),
);

export { refreshEnterpriseCredit };
