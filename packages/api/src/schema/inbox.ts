import type { FilterQuery } from '@mikro-orm/core';
import { Complaint, Issue, closedLoopPolicy, pageOf } from '@wuye/db';
import { shanghaiDate, type Role } from '@wuye/domain';
import { builder } from '../builder.js';
import { complaintScope, issueScope, now } from '../closed-loop-write.js';
import type { Context } from '../context.js';
import { and } from '../scoping.js';
import { dueSoonWhere, overdueWhere } from './issues.js';
import { ComplaintRef, IssueRef } from './refs/index.js';

/** At most this many items per inbox section; `total` says how many there are. */
const SECTION_SIZE = 50;

type Section<T> = { total: number; items: T[] };

const IssueSection = builder.objectRef<Section<Issue>>('InboxIssues').implement({
  authScopes: { signedIn: true },
  fields: (t) => ({ total: t.exposeInt('total'), items: t.field({ type: [IssueRef], resolve: (s) => s.items }) }),
});
const ComplaintSection = builder.objectRef<Section<Complaint>>('InboxComplaints').implement({
  authScopes: { signedIn: true },
  fields: (t) => ({ total: t.exposeInt('total'), items: t.field({ type: [ComplaintRef], resolve: (s) => s.items }) }),
});

const NONE: FilterQuery<Issue> = { id: { $in: [] as number[] } };

/**
 * What waits on the caller, by role, within their scope. A firm: newly assigned, returned for rework, due soon,
 * overdue (issues it holds). A department: feedback to verify, its routed complaints still open, due soon and
 * overdue issues routed to it. The bureau: issues to assign and to verify, open complaints, due soon, overdue.
 * Townships and analysts: due soon and overdue in their scope, for information.
 */
function sections(role: Role | undefined) {
  const firm = role === 'ENTERPRISE';
  const bureau = role === 'ADMIN' || role === 'REGULATOR';
  const held: FilterQuery<Issue> = firm ? { state: { $in: ['ASSIGNED', 'RECTIFYING'] } } : {};
  return {
    assigned: firm ? { state: 'ASSIGNED' } : NONE,
    returned: firm ? { state: 'RECTIFYING', lastAction: 'RETURN' } : NONE,
    toAssign: bureau ? { state: 'REGISTERED' } : NONE,
    toVerify: bureau || role === 'DEPARTMENT' ? { state: 'SUBMITTED' } : NONE,
    held,
    complaints: bureau || role === 'DEPARTMENT',
  } as const;
}

async function issueSection(ctx: Context, where: FilterQuery<Issue>): Promise<Section<Issue>> {
  if (where === NONE) return { total: 0, items: [] };
  const [items, total] = await pageOf(ctx.em, Issue, and<Issue>(issueScope(ctx), where), [{ deadline: 'asc' }, { id: 'asc' }], SECTION_SIZE);
  return { total, items };
}

const Inbox = builder.objectRef<Context>('Inbox').implement({
  description: 'What waits on the current user; each section holds up to 50 items, soonest deadline first, and the total',
  authScopes: { signedIn: true },
  fields: (t) => ({
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
      description: 'Bureau and owning department: feedback to verify (close or return)',
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
      description: 'Department and bureau: routed complaints not yet closed, oldest first',
      resolve: async (ctx) => {
        if (!sections(ctx.principal?.role).complaints) return { total: 0, items: [] };
        const [items, total] = await pageOf(
          ctx.em,
          Complaint,
          and<Complaint>(complaintScope(ctx), { state: { $nin: ['RECEIVED', 'CLOSED'] } }),
          [{ receivedAt: 'asc' }, { id: 'asc' }],
          SECTION_SIZE,
        );
        return { total, items };
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
