import {
  appointSuccessor,
  completeHandover,
  expelEnterprise,
  expulsionCandidates,
  expulsionsFor,
  handoverFor,
  handoversFor,
  handoverState,
  inspectionPlan,
  setHandoverItem,
  type ConsequenceViewer,
  type Em,
  type Enterprise,
  type Expulsion,
  type Handover,
  type InspectionPlanRow,
} from '@wuye/db';
import {
  CREDIT_GRADES,
  can,
  expulsionActions,
  HANDOVER_ITEM_LABELS,
  HANDOVER_ITEMS,
  HANDOVER_POLICIES,
  handoverActions,
  handoverOverdue,
  INSPECTION_FREQUENCY_POLICIES,
  messageFor,
  openHandoverItems,
  policyOn,
  scopeOf,
  type ActionAvailability,
  type CreditGrade,
  type ExpulsionAction,
  type HandoverAction,
  type HandoverItem,
  type HandoverPolicy,
  type InspectionFrequencyPolicy,
} from '@wuye/domain';
import { builder } from '../builder.js';
import { loopActor } from '../closed-loop-write.js';
import type { Context } from '../context.js';
import { notFound } from '../errors.js';
import { nowOf, todayOf } from '../today.js';
import { auditedWrite, parseId } from '../write.js';
import { WRITE_ERRORS } from './errors.js';
import {
  CreditGradeEnum,
  EnterpriseStatusEnum,
  ExpulsionActionEnum,
  HandoverActionEnum,
  HandoverItemEnum,
  HandoverStatusEnum,
  InspectionDueStatusEnum,
  ListStatusEnum,
} from './refs/index.js';

/**
 * Consequences of the black list and grade C (issue 16, docs/consequences.md): 清出市场 with a handover per community,
 * and the risk-based inspection plan. The bureau (consequence:manage) decides; others read what is in their scope
 * (a firm only its own firm's handovers and communities). Commands in @wuye/db consequences/, rules in @wuye/domain.
 */

const READ = { perm: 'consequence:read' } as const;
const MANAGE = { perm: 'consequence:manage' } as const;

/** The caller's view (see ConsequenceViewer). */
export function consequenceViewer(ctx: Pick<Context, 'principal'>): ConsequenceViewer {
  if (!can(ctx.principal, 'consequence:read')) return { kind: 'NONE' };
  const s = scopeOf(ctx.principal);
  if (s.kind === 'TOWNSHIP') return { kind: 'TOWNSHIP', townshipId: Number(s.townshipId) };
  if (s.kind === 'ENTERPRISE') return { kind: 'ENTERPRISE', enterpriseId: Number(s.enterpriseId) };
  if (s.kind === 'ALL') return { kind: 'ALL' };
  return { kind: 'NONE' };
}

const HandoverPolicyRef = builder.objectRef<HandoverPolicy>('HandoverPolicy').implement({
  description: 'How long an expelled firm has to hand a community over (versioned data)',
  authScopes: READ,
  fields: (t) => ({
    version: t.exposeInt('version'),
    effectiveFrom: t.exposeString('effectiveFrom'),
    defaultDays: t.exposeInt('defaultDays'),
    minDays: t.exposeInt('minDays'),
    maxDays: t.exposeInt('maxDays'),
  }),
});

const GradeIntervalRef = builder.objectRef<{ grade: CreditGrade; days: number }>('InspectionGradeInterval').implement({
  authScopes: READ,
  fields: (t) => ({ grade: t.field({ type: CreditGradeEnum, resolve: (g) => g.grade }), days: t.exposeInt('days') }),
});

const FrequencyPolicyRef = builder.objectRef<InspectionFrequencyPolicy>('InspectionFrequencyPolicy').implement({
  description: '差异化监管: days between inspections by the serving firm’s credit (versioned data)',
  authScopes: READ,
  fields: (t) => ({
    version: t.exposeInt('version'),
    effectiveFrom: t.exposeString('effectiveFrom'),
    label: t.string({ resolve: (p, _a, ctx) => p.label[ctx.locale] }),
    intervals: t.field({ type: [GradeIntervalRef], resolve: (p) => CREDIT_GRADES.map((grade) => ({ grade, days: p.intervalDays[grade] })) }),
    blackListIntervalDays: t.exposeInt('blackListIntervalDays'),
    unmanagedIntervalDays: t.exposeInt('unmanagedIntervalDays'),
    dueSoonDays: t.exposeInt('dueSoonDays'),
  }),
});

const ChecklistEntryRef = builder.objectRef<{ item: HandoverItem; doneOn: string | null }>('HandoverChecklistEntry').implement({
  authScopes: READ,
  fields: (t) => ({
    item: t.field({ type: HandoverItemEnum, resolve: (e) => e.item }),
    label: t.string({ resolve: (e, _a, ctx) => HANDOVER_ITEM_LABELS[e.item][ctx.locale] }),
    doneOn: t.string({ nullable: true, description: 'The day it was ticked off (YYYY-MM-DD)', resolve: (e) => e.doneOn }),
  }),
});

const HandoverActionRef = builder.objectRef<ActionAvailability<HandoverAction>>('HandoverAvailableAction').implement({
  description: 'An action the caller may take on a handover, and whether it can be taken now',
  authScopes: READ,
  fields: (t) => ({
    action: t.field({ type: HandoverActionEnum, resolve: (a) => a.action }),
    available: t.exposeBoolean('available'),
    reason: t.string({ nullable: true, resolve: (a, _a, ctx) => (a.reason ? messageFor(a.reason, ctx.locale) : null) }),
  }),
});

export const ExpulsionRef = builder.objectRef<Expulsion>('Expulsion');

export const HandoverRef = builder.objectRef<Handover>('Handover').implement({
  description: '项目移交 — a community of an expelled firm handed over to a successor by a deadline',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id'),
    status: t.field({ type: HandoverStatusEnum, resolve: (h) => h.status }),
    deadline: t.expose('deadline', { type: 'Date' }),
    overdue: t.boolean({ description: 'Open after its deadline', resolve: (h, _a, ctx) => handoverOverdue(h, todayOf(ctx)) }),
    communityId: t.id({ resolve: (h) => String(h.community.id) }),
    communityName: t.string({ resolve: (h) => h.community.name }),
    townshipName: t.string({ resolve: (h) => h.community.township.name }),
    outgoingId: t.id({ resolve: (h) => String(h.outgoing.id) }),
    outgoingName: t.string({ resolve: (h) => h.outgoing.name }),
    successorId: t.id({ nullable: true, resolve: (h) => (h.successor ? String(h.successor.id) : null) }),
    successorName: t.string({ nullable: true, resolve: (h) => h.successor?.name ?? null }),
    successorAppointedOn: t.expose('successorAppointedOn', { type: 'Date', nullable: true }),
    checklist: t.field({
      type: [ChecklistEntryRef],
      resolve: (h) => HANDOVER_ITEMS.map((item) => ({ item, doneOn: h.checklist?.[item] ?? null })),
    }),
    openItemCount: t.int({ resolve: (h) => openHandoverItems(h.checklist ?? {}).length }),
    completedOn: t.expose('completedOn', { type: 'Date', nullable: true }),
    expulsionId: t.id({ resolve: (h) => String(h.expulsion.id) }),
    decisionNo: t.string({ resolve: (h) => h.expulsion.decisionNo }),
    availableActions: t.field({ type: [HandoverActionRef], resolve: (h, _a, ctx) => handoverActions(handoverState(h), ctx.principal) }),
  }),
});

ExpulsionRef.implement({
  description: '清出市场决定 — a black-listed firm expelled, with a handover per community it served',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id'),
    enterpriseId: t.id({ resolve: (e) => String(e.enterprise.id) }),
    enterpriseName: t.string({ resolve: (e) => e.enterprise.name }),
    decisionNo: t.exposeString('decisionNo'),
    decidedOn: t.expose('decidedOn', { type: 'Date' }),
    reason: t.exposeString('reason'),
    handovers: t.field({
      type: [HandoverRef],
      description: 'Its handovers the caller sees',
      resolve: (e, _a, ctx) => handoversFor(ctx.em, consequenceViewer(ctx), { expulsionId: e.id }),
    }),
  }),
});

const ExpulsionActionRef = builder.objectRef<ActionAvailability<ExpulsionAction>>('ExpulsionAvailableAction').implement({
  authScopes: MANAGE,
  fields: (t) => ({
    action: t.field({ type: ExpulsionActionEnum, resolve: (a) => a.action }),
    available: t.exposeBoolean('available'),
    reason: t.string({ nullable: true, resolve: (a, _a, ctx) => (a.reason ? messageFor(a.reason, ctx.locale) : null) }),
  }),
});

const CandidateRef = builder.objectRef<{ enterprise: Enterprise; communityCount: number }>('ExpulsionCandidate').implement({
  description: 'A black-listed (or already expelled) firm and the communities it serves now',
  authScopes: MANAGE,
  fields: (t) => ({
    enterpriseId: t.id({ resolve: (c) => String(c.enterprise.id) }),
    name: t.string({ resolve: (c) => c.enterprise.name }),
    status: t.field({ type: EnterpriseStatusEnum, resolve: (c) => c.enterprise.status }),
    listStatus: t.field({ type: ListStatusEnum, resolve: (c) => c.enterprise.listStatus }),
    grade: t.field({ type: CreditGradeEnum, nullable: true, resolve: (c) => c.enterprise.grade ?? null }),
    communityCount: t.exposeInt('communityCount'),
    availableActions: t.field({ type: [ExpulsionActionRef], resolve: (c, _a, ctx) => expulsionActions(c.enterprise, ctx.principal) }),
  }),
});

const PlanRowRef = builder.objectRef<InspectionPlanRow>('InspectionPlanRow').implement({
  description: 'A community in the risk-based inspection plan: its firm’s risk, last inspection and when it is due',
  authScopes: READ,
  fields: (t) => ({
    communityId: t.id({ resolve: (r) => String(r.community.id) }),
    communityName: t.string({ resolve: (r) => r.community.name }),
    townshipName: t.string({ resolve: (r) => r.community.township.name }),
    enterpriseId: t.id({ nullable: true, resolve: (r) => (r.enterprise ? String(r.enterprise.id) : null) }),
    enterpriseName: t.string({ nullable: true, resolve: (r) => r.enterprise?.name ?? null }),
    grade: t.field({ type: CreditGradeEnum, nullable: true, resolve: (r) => r.enterprise?.grade ?? null }),
    listStatus: t.field({ type: ListStatusEnum, nullable: true, resolve: (r) => r.enterprise?.listStatus ?? null }),
    handoverDeadline: t.field({
      type: 'Date',
      nullable: true,
      description: 'Set while the community is being handed over after an expulsion',
      resolve: (r) => r.community.handoverDeadline ?? null,
    }),
    intervalDays: t.exposeInt('intervalDays'),
    lastInspectedOn: t.string({ nullable: true, resolve: (r) => r.lastInspectedOn }),
    nextDue: t.string({ nullable: true, description: 'Null: never inspected, due at once', resolve: (r) => r.nextDue }),
    status: t.field({ type: InspectionDueStatusEnum, resolve: (r) => r.status }),
    daysOverdue: t.exposeInt('daysOverdue'),
  }),
});

const PlanRef = builder.objectRef<{ policy: InspectionFrequencyPolicy; rows: InspectionPlanRow[]; today: string }>('InspectionPlan').implement({
  authScopes: READ,
  fields: (t) => ({
    today: t.exposeString('today'),
    policy: t.field({ type: FrequencyPolicyRef, resolve: (p) => p.policy }),
    rows: t.field({ type: [PlanRowRef], resolve: (p) => p.rows }),
  }),
});

builder.queryField('handoverPolicy', (t) =>
  t.field({
    type: HandoverPolicyRef,
    authScopes: READ,
    description: 'The handover policy in force today',
    resolve: (_r, _a, ctx) => policyOn(HANDOVER_POLICIES, todayOf(ctx)) ?? HANDOVER_POLICIES[0]!,
  }),
);

builder.queryField('inspectionFrequencyPolicies', (t) =>
  t.field({
    type: [FrequencyPolicyRef],
    authScopes: READ,
    description: 'Every version of the inspection frequency policy',
    resolve: () => [...INSPECTION_FREQUENCY_POLICIES],
  }),
);

builder.queryField('inspectionPlan', (t) =>
  t.field({
    type: PlanRef,
    authScopes: READ,
    description: 'The risk-based inspection plan for the caller’s communities, overdue first',
    args: { dueOnly: t.arg.boolean({ required: false, description: 'Only communities that are due or overdue' }) },
    resolve: async (_r, a, ctx) => {
      const today = todayOf(ctx);
      const plan = await inspectionPlan(ctx.em, consequenceViewer(ctx), today);
      return { ...plan, today, rows: a.dueOnly ? plan.rows.filter((r) => r.status !== 'NOT_DUE') : plan.rows };
    },
  }),
);

builder.queryField('expulsions', (t) =>
  t.field({
    type: [ExpulsionRef],
    authScopes: READ,
    description: 'Expulsion decisions, latest first',
    resolve: (_r, _a, ctx) => expulsionsFor(ctx.em, consequenceViewer(ctx)),
  }),
);

builder.queryField('handovers', (t) =>
  t.field({
    type: [HandoverRef],
    authScopes: READ,
    description: 'Handovers the caller sees (a firm: those it gives or takes over), open ones first by deadline',
    args: { status: t.arg({ type: HandoverStatusEnum, required: false }) },
    resolve: (_r, a, ctx) => handoversFor(ctx.em, consequenceViewer(ctx), { status: a.status ?? null }),
  }),
);

builder.queryField('handover', (t) =>
  t.field({
    type: HandoverRef,
    nullable: true,
    authScopes: READ,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, a, ctx) => handoverFor(ctx.em, parseId(a.id) ?? 0, consequenceViewer(ctx)),
  }),
);

builder.queryField('expulsionCandidates', (t) =>
  t.field({
    type: [CandidateRef],
    authScopes: MANAGE,
    description: 'Black-listed firms to decide on (and those already expelled), with what the caller may do',
    resolve: (_r, _a, ctx) => expulsionCandidates(ctx.em),
  }),
);

const ExpulsionInput = builder.inputType('ExpulsionInput', {
  fields: (t) => ({
    enterpriseId: t.id({ required: true }),
    decisionNo: t.string({ required: true, description: '决定文号' }),
    reason: t.string({ required: true }),
    decidedOn: t.field({ type: 'Date', required: false, description: 'Defaults to today' }),
    handoverDeadline: t.field({ type: 'Date', required: false, description: 'Defaults to the policy’s days after the decision' }),
  }),
});

builder.mutationField('expelEnterprise', (t) =>
  t.field({
    type: ExpulsionRef,
    description: '清出市场: expels a black-listed firm and opens a handover for each community it serves',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { input: t.arg({ type: ExpulsionInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      auditedWrite(ctx, async (em) => {
        const out = await expelEnterprise(em, input, loopActor(ctx), nowOf(ctx));
        return {
          result: out.expulsion,
          audit: {
            action: 'expulsion.expel',
            entityType: 'Enterprise',
            entityId: out.expulsion.enterprise.id,
            changes: { ...input, expulsionId: out.expulsion.id, handoverIds: out.handovers.map((h) => h.id) },
          },
        };
      }),
  }),
);

/** Loads a handover in the caller's scope inside the write, runs the command and records the audit row. */
function handoverWrite(ctx: Context, id: string | number, action: string, changes: Record<string, unknown>, run: (em: Em, h: Handover) => Promise<Handover>) {
  return auditedWrite(ctx, async (em) => {
    const found = await handoverFor(em, parseId(id) ?? 0, consequenceViewer(ctx));
    if (!found) throw notFound('entity.handover', String(id), ctx.locale);
    const h = await run(em, found);
    return { result: h, audit: { action: `handover.${action}`, entityType: 'Handover', entityId: h.id, changes: { ...changes, status: h.status } } };
  });
}

builder.mutationField('appointHandoverSuccessor', (t) =>
  t.field({
    type: HandoverRef,
    description: 'Appoints (or replaces) the firm that takes the community over',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { id: t.arg.id({ required: true }), successorId: t.arg.id({ required: true }) },
    resolve: (_r, a, ctx) =>
      handoverWrite(ctx, a.id, 'appointSuccessor', { successorId: a.successorId }, (em, h) => appointSuccessor(em, h, a.successorId, nowOf(ctx))),
  }),
);

builder.mutationField('setHandoverChecklistItem', (t) =>
  t.field({
    type: HandoverRef,
    description: 'Ticks a handover checklist item off (today) or back on',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { id: t.arg.id({ required: true }), item: t.arg({ type: HandoverItemEnum, required: true }), done: t.arg.boolean({ required: true }) },
    resolve: (_r, a, ctx) =>
      handoverWrite(ctx, a.id, 'setChecklistItem', { item: a.item, done: a.done }, (em, h) => setHandoverItem(em, h, a.item, a.done, nowOf(ctx))),
  }),
);

builder.mutationField('completeHandover', (t) =>
  t.field({
    type: HandoverRef,
    description: 'Completes a handover: the successor serves the community and its mark is cleared',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, a, ctx) => handoverWrite(ctx, a.id, 'complete', {}, (em, h) => completeHandover(em, h, loopActor(ctx), nowOf(ctx))),
  }),
);
