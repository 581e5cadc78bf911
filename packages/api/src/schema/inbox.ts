import type { FilterQuery } from '@mikro-orm/core';
import { Complaint, Issue, TOTAL_CAP, closedLoopPolicy, pageOf } from '@wuye/db';
import { COMPLAINT_STATES, hasTaskInbox, inboxReasons, shanghaiDate, type InboxReason, type Role } from '@wuye/domain';
import { builder } from '../builder.js';
import { complaintScope, issueScope, now } from '../closed-loop-write.js';
import type { Context } from '../context.js';
import { and } from '../scoping.js';
import { dueSoonWhere, overdueWhere } from './issues.js';
import { ComplaintRef, InboxReasonEnum, IssueRef } from './refs/index.js';

/** At most this many items per inbox section; `total` says how many there are (counted up to TOTAL_CAP). */
const SECTION_SIZE = 50;

type Section<T> = { total: number; totalCapped: boolean; items: T[] };
const EMPTY = { total: 0, totalCapped: false, items: [] };

const TOTAL_DESCRIPTION = `How many there are, counted up to ${TOTAL_CAP}: see totalCapped`;
const CAPPED_DESCRIPTION = `true: more than ${TOTAL_CAP} wait and \`total\` is ${TOTAL_CAP} (say "${TOTAL_CAP}+")`;

const IssueSection = builder.objectRef<Section<Issue>>('InboxIssues').implement({
  authScopes: { signedIn: true },
  fields: (t) => ({
    total: t.exposeInt('total', { description: TOTAL_DESCRIPTION }),
    totalCapped: t.exposeBoolean('totalCapped', { description: CAPPED_DESCRIPTION }),
    items: t.field({ type: [IssueRef], resolve: (s) => s.items }),
  }),
});
const ComplaintSection = builder.objectRef<Section<Complaint>>('InboxComplaints').implement({
  authScopes: { signedIn: true },
  fields: (t) => ({
    total: t.exposeInt('total', { description: TOTAL_DESCRIPTION }),
    totalCapped: t.exposeBoolean('totalCapped', { description: CAPPED_DESCRIPTION }),
    items: t.field({ type: [ComplaintRef], resolve: (s) => s.items }),
  }),
});

const NONE: FilterQuery<Issue> = { id: { $in: [] as number[] } };

/**
 * A complaint not yet closed (nor only received): the page reads `not in` (walked in received order, it stops after
 * its rows); the count reads the same complaints as a list of states, which searches the (state, received time) index
 * by state instead of scanning it through every closed complaint first (issue 17: 6 ms → 0.4 ms for the bureau at
 * province scale, docs/benchmarks.md).
 */
const WAITING_COMPLAINT: FilterQuery<Complaint> = { state: { $nin: ['RECEIVED', 'CLOSED'] } };
const WAITING_COMPLAINT_STATES: FilterQuery<Complaint> = { state: { $in: COMPLAINT_STATES.filter((s) => s !== 'RECEIVED' && s !== 'CLOSED') } };

/** At most this many rows in the one-row-per-issue task list; `total` says how many there are. */
const TASKS_SIZE = 100;

type Task = { issue: Issue; reasons: InboxReason[] };
const TaskRef = builder.objectRef<Task>('InboxTask').implement({
  description: 'One issue waiting on the caller, with every reason it waits (most pressing first)',
  authScopes: { signedIn: true },
  fields: (t) => ({
    issue: t.field({ type: IssueRef, resolve: (r) => r.issue }),
    reasons: t.field({ type: [InboxReasonEnum], resolve: (r) => r.reasons }),
  }),
});
const TaskSection = builder.objectRef<Section<Task>>('InboxTasks').implement({
  authScopes: { signedIn: true },
  fields: (t) => ({
    total: t.exposeInt('total', { description: TOTAL_DESCRIPTION }),
    totalCapped: t.exposeBoolean('totalCapped', { description: CAPPED_DESCRIPTION }),
    items: t.field({ type: [TaskRef], resolve: (s) => s.items }),
  }),
});

/**
 * Every issue of the caller's inbox once, its reasons decided by the domain's `inboxReasons`: the union of the
 * sections below, overdue first, then by deadline.
 */
async function tasks(ctx: Context): Promise<Section<Task>> {
  const role = ctx.principal?.role;
  if (!hasTaskInbox(role)) return EMPTY;
  const today = shanghaiDate(now());
  const s = sections(role);
  const parts = [s.assigned, s.returned, s.toAssign, s.toVerify].filter((w) => w !== NONE) as FilterQuery<Issue>[];
  parts.push(and<Issue>(s.held, dueSoonWhere(today, closedLoopPolicy.dueSoonDays)), and<Issue>(s.held, overdueWhere(today)));
  if (role === 'ENTERPRISE') parts.push({ state: 'RECTIFYING' });
  const [issues, { total, capped }] = await pageOf(
    ctx.em,
    Issue,
    and<Issue>(issueScope(ctx), { $or: parts } as FilterQuery<Issue>),
    [{ deadline: 'asc' }, { id: 'asc' }],
    TASKS_SIZE,
  );
  const items = issues.map((issue) => ({ issue, reasons: inboxReasons(role, issue, today, closedLoopPolicy.dueSoonDays) })).filter((t) => t.reasons.length > 0);
  const rank = (t: Task) => (t.reasons[0] === 'OVERDUE' ? 0 : 1);
  items.sort((a, b) => rank(a) - rank(b));
  return { total: capped ? total : total - (issues.length - items.length), totalCapped: capped, items };
}

/**
 * What waits on the caller, by role, within their scope. A firm: newly assigned, returned for rework, due soon,
 * overdue (issues it holds). A department: feedback to verify, its routed complaints still open, due soon and
 * overdue issues routed to it. A township: the owners' committee matters routed to it (complaints to handle, issues
 * to verify), and due soon and overdue in its area for information. The bureau: issues to assign and to verify, open
 * complaints, due soon, overdue. Analysts: due soon and overdue, for information.
 */
function sections(role: Role | undefined) {
  const firm = role === 'ENTERPRISE';
  const bureau = role === 'ADMIN' || role === 'REGULATOR';
  const held: FilterQuery<Issue> = firm ? { state: { $in: ['ASSIGNED', 'RECTIFYING'] } } : {};
  return {
    assigned: firm ? { state: 'ASSIGNED' } : NONE,
    returned: firm ? { state: 'RECTIFYING', lastAction: 'RETURN' } : NONE,
    toAssign: bureau ? { state: 'REGISTERED' } : NONE,
    toVerify: bureau || role === 'DEPARTMENT' ? { state: 'SUBMITTED' } : role === 'TOWNSHIP' ? { state: 'SUBMITTED', handledByTownship: true } : NONE,
    held,
    complaints: bureau || role === 'DEPARTMENT' || role === 'TOWNSHIP',
  } as const;
}

/** A township's complaints section holds only what was routed to it; it sees the rest of its area in the lists. */
function townshipHandles(ctx: Context): FilterQuery<Complaint> {
  return ctx.principal?.role === 'TOWNSHIP' ? { handledByTownship: true } : {};
}

async function issueSection(ctx: Context, where: FilterQuery<Issue>): Promise<Section<Issue>> {
  if (where === NONE) return EMPTY;
  const [items, { total, capped }] = await pageOf(ctx.em, Issue, and<Issue>(issueScope(ctx), where), [{ deadline: 'asc' }, { id: 'asc' }], SECTION_SIZE);
  return { total, totalCapped: capped, items };
}

const Inbox = builder.objectRef<Context>('Inbox').implement({
  description: 'What waits on the current user; each section holds up to 50 items, soonest deadline first, and the total',
  authScopes: { signedIn: true },
  fields: (t) => ({
    hasTasks: t.boolean({
      description: 'Whether the caller has a task inbox at all (roles that cannot act, such as analysts, have none)',
      resolve: (ctx) => hasTaskInbox(ctx.principal?.role),
    }),
    tasks: t.field({
      type: TaskSection,
      description: 'Every waiting issue once, with its reasons (the sections below merged); up to 100 rows and the total',
      resolve: (ctx) => tasks(ctx),
    }),
    assigned: t.field({
      type: IssueSection,
      description: 'Firm: assigned, to acknowledge',
      resolve: (ctx) => issueSection(ctx, sections(ctx.principal?.role).assigned as FilterQuery<Issue>),
    }),
    returned: t.field({
      type: IssueSection,
      description: 'Firm: returned for rework',
      resolve: (ctx) => issueSection(ctx, sections(ctx.principal?.role).returned as FilterQuery<Issue>),
    }),
    toAssign: t.field({
      type: IssueSection,
      description: 'Bureau: registered, to assign',
      resolve: (ctx) => issueSection(ctx, sections(ctx.principal?.role).toAssign as FilterQuery<Issue>),
    }),
    toVerify: t.field({
      type: IssueSection,
      description: "Bureau, owning department, and township for owners' committee matters: feedback to verify (close or return)",
      resolve: (ctx) => issueSection(ctx, sections(ctx.principal?.role).toVerify as FilterQuery<Issue>),
    }),
    dueSoon: t.field({
      type: IssueSection,
      description: 'Open, deadline within the due-soon window (closedLoopSettings.dueSoonDays)',
      resolve: (ctx) => issueSection(ctx, and<Issue>(sections(ctx.principal?.role).held, dueSoonWhere(shanghaiDate(now()), closedLoopPolicy.dueSoonDays))),
    }),
    overdue: t.field({
      type: IssueSection,
      resolve: (ctx) => issueSection(ctx, and<Issue>(sections(ctx.principal?.role).held, overdueWhere(shanghaiDate(now())))),
    }),
    complaints: t.field({
      type: ComplaintSection,
      description: "Department, bureau and township (owners' committee matters routed to it): complaints not yet closed, oldest first",
      resolve: async (ctx) => {
        if (!sections(ctx.principal?.role).complaints) return EMPTY;
        const [items, { total, capped }] = await pageOf(
          ctx.em,
          Complaint,
          and<Complaint>(complaintScope(ctx), WAITING_COMPLAINT, townshipHandles(ctx)),
          [{ receivedAt: 'asc' }, { id: 'asc' }],
          SECTION_SIZE,
          and<Complaint>(complaintScope(ctx), WAITING_COMPLAINT_STATES, townshipHandles(ctx)),
        );
        return { total, totalCapped: capped, items };
      },
    }),
  }),
});

builder.queryField('inbox', (t) =>
  t.field({
    type: Inbox,
    authScopes: { signedIn: true },
    resolve: (_r, _a, ctx) => ctx,
  }),
);
