import { raw, type FilterQuery } from '@mikro-orm/core';
import {
  Community,
  EvidenceFile,
  Issue,
  IssueEvent,
  applyIssueCommand,
  childRows,
  closedLoopPolicy,
  dialectOf,
  registerIssue,
  rowById,
  type Em,
} from '@wuye/db';
import {
  OPEN_ISSUE_STATES,
  addDays,
  availableIssueActions,
  constructionDefect,
  daysOverdue,
  isDueSoon,
  isOverdue,
  shanghaiDate,
  shanghaiMidnight,
  type IssueCommand,
  type IssueState,
  type Role,
} from '@wuye/domain';
import { builder } from '../builder.js';
import { dateRange, dayRange, issueScope, loopActor, loopWrite, now } from '../closed-loop-write.js';
import type { Context } from '../context.js';
import { notFound } from '../errors.js';
import { defineListQuery, idsWhere, likePattern } from '../paging.js';
import { and } from '../scoping.js';
import { issueSnapshot } from '@wuye/db';
import { parseId } from '../write.js';
import { WRITE_ERRORS } from './errors.js';
import {
  CommunityRef,
  ConstructionDefectRef,
  DepartmentRef,
  EnterpriseRef,
  IssueActionEnum,
  IssueCategoryEnum,
  IssueRef,
  IssueSourceEnum,
  IssueStateEnum,
  TownshipRef,
  WarrantyElementEnum,
} from './refs/index.js';

const LABEL = 'entity.issue';

export const EvidenceFileRef = builder.objectRef<EvidenceFile>('EvidenceFile').implement({
  description: 'An evidence file of an issue; download it from GET /files/{id} with the bearer token',
  authScopes: { signedIn: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    issueId: t.id({ resolve: (f) => f.issue.id }),
    originalName: t.exposeString('originalName'),
    mime: t.exposeString('mime'),
    size: t.exposeInt('size'),
    sha256: t.exposeString('sha256'),
    uploadedAt: t.expose('uploadedAt', { type: 'DateTime' }),
    url: t.string({ resolve: (f) => `/files/${f.id}` }),
  }),
});

export const IssueEventRef = builder.objectRef<IssueEvent>('IssueEvent').implement({
  description: 'One line of an issue’s timeline: who did what, when, with a note and files',
  authScopes: { signedIn: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    action: t.exposeString('action', { description: 'REGISTER or an IssueAction' }),
    fromState: t.field({ type: IssueStateEnum, nullable: true, resolve: (e) => e.fromState ?? null }),
    toState: t.field({ type: IssueStateEnum, resolve: (e) => e.toState }),
    actorName: t.exposeString('actorName', { nullable: true }),
    at: t.expose('at', { type: 'DateTime' }),
    note: t.exposeString('note', { nullable: true }),
    fileIds: t.idList({ resolve: (e) => e.fileIds }),
  }),
});

IssueRef.implement({
  description: '问题清单 — an issue of the ledger: 登记 → 交办 → 整改 → 反馈 → 销号',
  authScopes: { perm: 'issue:read' },
  fields: (t) => ({
    id: t.exposeID('id'),
    source: t.field({ type: IssueSourceEnum, resolve: (i) => i.source }),
    sourceId: t.id({ nullable: true, description: 'Id of the inspection, complaint or self-check it came from', resolve: (i) => i.sourceId ?? null }),
    checklistItemId: t.exposeString('checklistItemId', { nullable: true }),
    category: t.field({ type: IssueCategoryEnum, resolve: (i) => i.category }),
    subtype: t.exposeString('subtype', { nullable: true }),
    defect: t.field({
      type: ConstructionDefectRef,
      nullable: true,
      description: 'For a BUILDING_QUALITY issue with a subtype: its causes, prevention and repair (seed part 6)',
      resolve: (i) => (i.category === 'BUILDING_QUALITY' && i.subtype ? (constructionDefect(i.subtype) ?? null) : null),
    }),
    title: t.exposeString('title'),
    description: t.exposeString('description', { nullable: true }),
    communityId: t.id({ resolve: (i) => i.community.id }),
    community: t.field({ type: CommunityRef, nullable: true, resolve: (i) => i.community.id }),
    townshipId: t.id({ resolve: (i) => i.township.id }),
    township: t.field({ type: TownshipRef, resolve: (i) => i.township.id }),
    enterpriseId: t.id({ nullable: true, resolve: (i) => i.enterprise?.id ?? null }),
    enterprise: t.field({ type: EnterpriseRef, nullable: true, resolve: (i) => i.enterprise?.id ?? null }),
    departmentId: t.id({ nullable: true, resolve: (i) => i.department?.id ?? null }),
    department: t.field({ type: DepartmentRef, nullable: true, resolve: (i) => i.department?.id ?? null }),
    handledByTownship: t.exposeBoolean('handledByTownship', {
      description: "Verified and closed by the community's township instead of a department (owners' committee matters)",
    }),
    measures: t.exposeString('measures', { nullable: true }),
    deadline: t.expose('deadline', { type: 'Date', nullable: true }),
    state: t.field({ type: IssueStateEnum, resolve: (i) => i.state }),
    lastAction: t.field({ type: IssueActionEnum, nullable: true, resolve: (i) => i.lastAction ?? null }),
    returned: t.boolean({
      description: 'Sent back for rework (re-inspection failed) and not yet resubmitted',
      resolve: (i) => i.state === 'RECTIFYING' && i.lastAction === 'RETURN',
    }),
    overdue: t.boolean({ description: 'Derived: open and its deadline day has ended (Asia/Shanghai)', resolve: (i) => isOverdue(issueSnapshot(i), now()) }),
    daysOverdue: t.int({ resolve: (i) => (i.deadline && isOverdue(issueSnapshot(i), now()) ? daysOverdue(i.deadline, now()) : 0) }),
    dueSoon: t.boolean({ resolve: (i) => isDueSoon(issueSnapshot(i), now(), closedLoopPolicy.dueSoonDays) }),
    flagged: t.exposeBoolean('flagged', { description: '挂牌督办' }),
    refusalRecorded: t.exposeBoolean('refusalRecorded'),
    b1Proposed: t.exposeBoolean('b1Proposed', { description: 'Record B1 (overdue) has been proposed for this issue' }),
    b2Proposed: t.exposeBoolean('b2Proposed', { description: 'Record B2 (refusal) has been proposed for this issue' }),
    assignedAt: t.expose('assignedAt', { type: 'DateTime', nullable: true }),
    lastSubmittedAt: t.expose('lastSubmittedAt', { type: 'DateTime', nullable: true }),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    availableActions: t.field({
      type: [IssueActionEnum],
      description: 'What the caller may do to the issue now (for buttons)',
      resolve: (i, _a, ctx) => availableIssueActions(issueSnapshot(i), ctx.principal),
    }),
    events: t.loadableGroup({
      type: IssueEventRef,
      description: 'The timeline, oldest first',
      load: (ids: number[], ctx: Context) => childRows(ctx.em, IssueEvent, 'issue', ids, { at: 'asc', id: 'asc' }),
      group: (e) => e.issue.id,
      resolve: (i) => i.id,
    }),
    files: t.loadableGroup({
      type: EvidenceFileRef,
      load: (ids: number[], ctx: Context) => childRows(ctx.em, EvidenceFile, 'issue', ids, { id: 'asc' }),
      group: (f) => f.issue.id,
      resolve: (i) => i.id,
    }),
  }),
});

/** Open issues whose deadline day has ended (the SQL twin of the domain's isOverdue). */
export function overdueWhere(today: string): FilterQuery<Issue> {
  return { state: { $in: [...OPEN_ISSUE_STATES] }, deadline: { $ne: null, $lt: today } };
}

/**
 * `overdueWhere` for a page in another order (the ledger: last updated first) on SQLite: the same rows, with the state
 * and deadline written `+state`, `+deadline` so that SQLite cannot take their indexes for the page and walks the sort
 * column's index instead, stopping after a page of matches. Left alone, SQLite (with the province's statistics) takes
 * the (state, deadline) range — ≈ 150,000 open overdue issues, each read from the table and then sorted (5 s).
 * PostgreSQL plans this well on its own (and has no unary plus on text).
 */
export function overdueWhereUnindexed(today: string): FilterQuery<Issue> {
  return {
    [raw((a: string) => `+${a}.state`)]: { $in: [...OPEN_ISSUE_STATES] },
    [raw((a: string) => `+${a}.deadline`)]: { $lt: today },
  } as FilterQuery<Issue>;
}

/**
 * Overdue as of the end of `day`: registered by then, not closed by then, deadline day before it — the overdue-issues
 * KPI of a period counted as of its last day (@wuye/db kpi engine), so a drill-down lists exactly those.
 */
export function overdueOnWhere(day: string): FilterQuery<Issue> {
  const end = shanghaiMidnight(addDays(day, 1));
  return { createdAt: { $lt: end }, $or: [{ closedAt: null }, { closedAt: { $gte: end } }], deadline: { $ne: null, $lt: day } };
}

/** Open, not overdue, deadline within `days` days of today. */
export function dueSoonWhere(today: string, days: number): FilterQuery<Issue> {
  return { state: { $in: [...OPEN_ISSUE_STATES] }, deadline: { $gte: today, $lte: addDays(today, days) } };
}

/** The states in which an issue waits on someone of the role (for `mine` and the inbox). */
export function waitingStates(role: Role | undefined): IssueState[] {
  switch (role) {
    case 'ENTERPRISE':
      return ['ASSIGNED', 'RECTIFYING'];
    case 'DEPARTMENT':
    case 'TOWNSHIP': // only the issues it handles (owners' committee matters): see the `mine` filter
      return ['SUBMITTED'];
    case 'ADMIN':
    case 'REGULATOR':
      return ['REGISTERED', 'SUBMITTED'];
    default:
      return [];
  }
}

const IssueFilter = builder.inputType('IssueFilter', {
  fields: (t) => ({
    q: t.string({ required: false, description: 'Text in the title, description or measures' }),
    ids: t.idList({ required: false }),
    category: t.field({ type: IssueCategoryEnum, required: false }),
    subtype: t.string({ required: false }),
    source: t.field({ type: IssueSourceEnum, required: false }),
    sourceId: t.id({ required: false, description: 'With `source`: the issues of one inspection, complaint or self-check' }),
    state: t.field({ type: IssueStateEnum, required: false }),
    states: t.field({ type: [IssueStateEnum], required: false }),
    open: t.boolean({ required: false, description: 'true: not CLOSED; false: CLOSED' }),
    townshipId: t.id({ required: false }),
    departmentId: t.id({ required: false }),
    handledByTownship: t.boolean({ required: false, description: "true: handled by the community's township (owners' committee matters)" }),
    enterpriseId: t.id({ required: false }),
    communityId: t.id({ required: false }),
    developerId: t.id({ required: false, description: 'Warranty issues whose repair this developer owes' }),
    overdue: t.boolean({ required: false }),
    flagged: t.boolean({ required: false }),
    dueWithinDays: t.int({ required: false, description: 'Open, not overdue, deadline within this many days (“due this week”: 7)' }),
    mine: t.boolean({
      required: false,
      description:
        "Only issues waiting on the caller (firm: to rectify; department, or township for owners' committee matters: to verify; bureau: to assign or verify)",
    }),
    createdFrom: t.field({ type: 'Date', required: false }),
    createdTo: t.field({ type: 'Date', required: false }),
    deadlineFrom: t.field({ type: 'Date', required: false }),
    deadlineTo: t.field({ type: 'Date', required: false }),
    overdueOn: t.field({
      type: 'Date',
      required: false,
      description: 'Overdue as of the end of this day: registered by then, still open then, deadline day before it (the overdue-issues KPI of a past period)',
    }),
    closedFrom: t.field({ type: 'Date', required: false, description: 'Closed (销号) on or after this day' }),
    closedTo: t.field({ type: 'Date', required: false, description: 'Closed (销号) on or before this day' }),
  }),
});

type IssueFilterValue = typeof IssueFilter.$inferInput;

defineListQuery({
  name: 'issues',
  description: 'The issue ledger within the caller’s scope, paged',
  entity: Issue,
  ref: IssueRef,
  sortFields: ['createdAt', 'updatedAt', 'deadline', 'state', 'category', 'title'],
  filter: IssueFilter,
  permission: 'issue:read',
  capTotal: true,
  where: (ctx, f) => issueListWhere(ctx, f, false),
  // SQLite, overdue, any order but the deadline: see overdueWhereUnindexed.
  pageWhere: (ctx, f, sort) =>
    f?.overdue === true && sort.field !== 'deadline' && dialectOf(ctx.em).driver === 'sqlite' ? issueListWhere(ctx, f, true) : null,
});

/** The ledger's filter (`steerOverdue`: the overdue condition written for the page statement on SQLite). */
function issueListWhere(ctx: Context, f: IssueFilterValue | null | undefined, steerOverdue: boolean): FilterQuery<Issue> {
  const today = shanghaiDate(now());
  const like = f?.q ? likePattern(f.q) : null;
  const created = dayRange(f?.createdFrom, f?.createdTo);
  const deadline = dateRange(f?.deadlineFrom, f?.deadlineTo);
  const closed = dayRange(f?.closedFrom, f?.closedTo);
  return and<Issue>(
    issueScope(ctx),
    idsWhere(f?.ids),
    like ? { $or: [{ title: { $like: like } }, { description: { $like: like } }, { measures: { $like: like } }] } : {},
    f?.category ? { category: f.category } : {},
    f?.subtype ? { subtype: f.subtype } : {},
    f?.source ? { source: f.source } : {},
    f?.sourceId ? { sourceId: String(f.sourceId) } : {},
    f?.state ? { state: f.state } : {},
    f?.states?.length ? { state: { $in: f.states } } : {},
    f?.open != null ? (f.open ? { state: { $ne: 'CLOSED' } } : { state: 'CLOSED' }) : {},
    f?.townshipId ? { township: parseId(f.townshipId) ?? 0 } : {},
    f?.departmentId ? { department: parseId(f.departmentId) ?? 0 } : {},
    f?.handledByTownship != null ? { handledByTownship: f.handledByTownship } : {},
    f?.enterpriseId ? { enterprise: parseId(f.enterpriseId) ?? 0 } : {},
    f?.communityId ? { community: parseId(f.communityId) ?? 0 } : {},
    f?.developerId ? { developer: parseId(f.developerId) ?? 0 } : {},
    f?.overdue != null ? (f.overdue ? (steerOverdue ? overdueWhereUnindexed(today) : overdueWhere(today)) : { $not: overdueWhere(today) }) : {},
    f?.flagged != null ? { flagged: f.flagged } : {},
    f?.dueWithinDays != null ? dueSoonWhere(today, Math.max(0, f.dueWithinDays)) : {},
    f?.mine ? { state: { $in: waitingStates(ctx.principal?.role) }, ...(ctx.principal?.role === 'TOWNSHIP' ? { handledByTownship: true } : {}) } : {},
    created ? { createdAt: created } : {},
    deadline ? { deadline } : {},
    closed ? { closedAt: closed } : {},
    f?.overdueOn ? overdueOnWhere(f.overdueOn) : {},
  );
}

builder.queryField('issue', (t) =>
  t.field({
    type: IssueRef,
    nullable: true,
    authScopes: { perm: 'issue:read' },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }) => parseId(id),
  }),
);

/** The issue, if it exists and the caller may see it; otherwise a NotFoundError (nothing about it leaks). */
export async function scopedIssue(em: Em, ctx: Context, id: string | number): Promise<Issue> {
  const issue = await rowById(em, Issue, id, issueScope(ctx));
  if (!issue) throw notFound(LABEL, String(id), ctx.locale);
  return issue;
}

const IssueInput = builder.inputType('IssueInput', {
  description: 'A township report or an issue the bureau registers directly (other sources come from their own flows)',
  fields: (t) => ({
    communityId: t.id({ required: true }),
    category: t.string({ required: true, description: 'An IssueCategory code (checked, so an unknown one gets a clear error)' }),
    subtype: t.string({ required: false }),
    warrantyElement: t.field({ type: WarrantyElementEnum, required: false, description: 'A building-quality issue’s element (保修部位)' }),
    title: t.string({ required: true }),
    description: t.string({ required: false }),
  }),
});

builder.mutationField('createIssue', (t) =>
  t.field({
    type: IssueRef,
    authScopes: { perm: 'issue:create' },
    errors: { types: WRITE_ERRORS },
    description: 'Registers an issue (source TOWNSHIP_REPORT); a township may report only in its own area',
    args: { input: t.arg({ type: IssueInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      loopWrite(ctx, async (em, at) => {
        const communityId = parseId(input.communityId);
        if (ctx.principal?.role === 'TOWNSHIP' && communityId) {
          const place = await rowById(em, Community, communityId);
          if (place && String(place.township.id) !== ctx.principal.townshipId) throw notFound('entity.community', String(input.communityId), ctx.locale);
        }
        const issue = await registerIssue(
          em,
          {
            source: 'TOWNSHIP_REPORT',
            communityId,
            category: input.category,
            subtype: input.subtype,
            warrantyElement: input.warrantyElement,
            title: input.title,
            description: input.description,
          },
          loopActor(ctx),
          at,
        );
        return { result: issue, audit: { action: 'issue.create', entityType: 'Issue', entityId: issue.id, changes: { ...input } } };
      }),
  }),
);

/** One issue action: scoped load, the state machine, a timeline line and the audit row, in one transaction. */
function runIssueAction(ctx: Context, id: string | number, command: (issue: Issue) => IssueCommand): Promise<Issue> {
  return loopWrite(ctx, async (em, at) => {
    const issue = await scopedIssue(em, ctx, id);
    const before = issue.state;
    const cmd = command(issue);
    await applyIssueCommand(em, issue, cmd, loopActor(ctx), at);
    return {
      result: issue,
      audit: { action: `issue.${cmd.action.toLowerCase()}`, entityType: 'Issue', entityId: issue.id, changes: { from: before, to: issue.state, ...cmd } },
    };
  });
}

const AssignIssueInput = builder.inputType('AssignIssueInput', {
  fields: (t) => ({
    enterpriseId: t.id({ required: false, description: 'Defaults to the serving enterprise recorded on the issue' }),
    departmentId: t.id({ required: false, description: 'Defaults to the department owning the category' }),
    measures: t.string({ required: true }),
    deadline: t.field({ type: 'Date', required: true, description: 'Not before today (Asia/Shanghai)' }),
    note: t.string({ required: false }),
  }),
});

builder.mutationField('assignIssue', (t) =>
  t.field({
    type: IssueRef,
    description: '交办: REGISTERED → ASSIGNED, to the enterprise and the owning department, with measures and a deadline',
    authScopes: { perm: 'issue:assign' },
    errors: { types: WRITE_ERRORS },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: AssignIssueInput, required: true }) },
    resolve: (_r, { id, input }, ctx) =>
      runIssueAction(ctx, id, (issue) => ({
        action: 'ASSIGN',
        enterpriseId: input.enterpriseId ? String(input.enterpriseId) : issue.enterprise ? String(issue.enterprise.id) : null,
        departmentId: input.departmentId ? String(input.departmentId) : issue.department ? String(issue.department.id) : null,
        measures: input.measures,
        deadline: input.deadline,
        note: input.note ?? null,
      })),
  }),
);

/** The simple actions: a note (required or not) and, for feedback, evidence files. */
const SIMPLE_ACTIONS = [
  {
    name: 'acknowledgeIssue',
    action: 'ACKNOWLEDGE',
    perm: 'issue:handle',
    noteRequired: false,
    description: '签收: ASSIGNED → RECTIFYING (the assigned firm)',
  },
  {
    name: 'closeIssue',
    action: 'CLOSE',
    perm: 'issue:handle',
    noteRequired: false,
    description: '销号: SUBMITTED → CLOSED (the bureau or the owning department)',
  },
  {
    name: 'returnIssue',
    action: 'RETURN',
    perm: 'issue:handle',
    noteRequired: true,
    description: '退回: SUBMITTED → RECTIFYING, re-inspection failed (the bureau or the owning department)',
  },
  { name: 'flagIssue', action: 'FLAG', perm: 'issue:assign', noteRequired: false, description: '挂牌督办 (the bureau)' },
  { name: 'unflagIssue', action: 'UNFLAG', perm: 'issue:assign', noteRequired: false, description: '撤销挂牌督办 (the bureau)' },
  {
    name: 'recordRefusal',
    action: 'RECORD_REFUSAL',
    perm: 'issue:assign',
    noteRequired: true,
    description: '记录拒不整改 (the bureau, while the firm holds the issue): proposes credit record B2, once',
  },
] as const;

for (const a of SIMPLE_ACTIONS) {
  builder.mutationField(a.name, (t) =>
    t.field({
      type: IssueRef,
      description: a.description,
      authScopes: { perm: a.perm },
      errors: { types: WRITE_ERRORS },
      args: { id: t.arg.id({ required: true }), note: t.arg.string({ required: a.noteRequired }) },
      resolve: (_r, { id, note }, ctx) => runIssueAction(ctx, id, () => ({ action: a.action, note: note ?? null })),
    }),
  );
}

builder.mutationField('submitIssueFeedback', (t) =>
  t.field({
    type: IssueRef,
    description: '反馈: RECTIFYING → SUBMITTED (the assigned firm), with a note and at least one evidence file uploaded to this issue (POST /files)',
    authScopes: { perm: 'issue:handle' },
    errors: { types: WRITE_ERRORS },
    args: { id: t.arg.id({ required: true }), note: t.arg.string({ required: true }), fileIds: t.arg.idList({ required: true }) },
    resolve: (_r, { id, note, fileIds }, ctx) => runIssueAction(ctx, id, () => ({ action: 'SUBMIT', note, attachments: fileIds.map(String) })),
  }),
);
