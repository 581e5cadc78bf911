import {
  actOnSafetyFinding,
  Department,
  LeaseConsent,
  leaseMeetings,
  LeaseMeeting,
  LeaseSafetyFinding,
  recordMeetingDecisions,
  recordSafetyCheck,
  RuleError,
  safetyChecksDue,
  safetyFindingEvents,
  safetyFindings,
  safetyFindingView,
  scheduleLeaseMeeting,
  type LeaseSafetyCheck,
  type LeaseSafetyEvent,
  type SafetyActor,
  type SafetyDueRow,
} from '@wuye/db';
import {
  messageFor,
  safetyActionIssues,
  shanghaiDate,
  SAFETY_FINDING_ACTIONS,
  SAFETY_FINDING_STATES,
  SAFETY_ITEMS,
  type MeetingDecision,
  type SafetyFindingAction,
} from '@wuye/domain';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { unauthorized, ValidationError } from '../errors.js';
import { nowOf } from '../today.js';
import { parseId } from '../write.js';
import { WRITE_ERRORS } from './errors.js';

/**
 * Safety checks of let units and the working group's meetings (issue 14, seed part 4 §7–8; docs/leasing.md). The
 * agency's working group (lease:read, lease:manage) sees its own agency's; a department sees the findings referred to
 * it and records its outcome. Commands (one transaction and audit row each) are in @wuye/db leasing/safety.ts.
 */

const READ = { perm: 'lease:read' } as const;
const MANAGE = { perm: 'lease:manage' } as const;
/** The working group, or the department a finding was referred to. */
const READ_OR_DEPARTMENT = { perm: 'lease:read', role: 'DEPARTMENT' } as const;
const MANAGE_OR_DEPARTMENT = { perm: 'lease:manage', role: 'DEPARTMENT' } as const;

function actorOf(ctx: Context): SafetyActor {
  if (!ctx.principal || !ctx.user) throw unauthorized(false, ctx.locale);
  return { principal: ctx.principal, name: ctx.user.displayName, ip: ctx.ip };
}

function agencyIdOf(ctx: Context): number {
  return Number(ctx.principal?.role === 'AGENCY' ? (ctx.principal.agencyId ?? 0) : 0);
}

/** Runs a command of the safety service (its own transaction and audit row); a refusal comes back localised. */
async function run<T>(ctx: Context, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof RuleError) throw ValidationError.fromIssues(e.issues, ctx.locale);
    throw e;
  }
}

const unitLabel = (u: { building: string; floor: string; room: string }) => `${u.building} ${u.floor}层 ${u.room}`;

const SafetyItemEnum = builder.enumType('LeaseSafetyItemCode', { values: SAFETY_ITEMS.map((i) => i.code) });
const SafetyStateEnum = builder.enumType('LeaseSafetyFindingState', { values: [...SAFETY_FINDING_STATES] });
const SafetyActionEnum = builder.enumType('LeaseSafetyFindingAction', { values: [...SAFETY_FINDING_ACTIONS] });

const SafetyItemRef = builder.objectRef<(typeof SAFETY_ITEMS)[number]>('LeaseSafetyItem').implement({
  description: 'An item of the safety checklist and the platform issue category its findings are filed under',
  authScopes: READ,
  fields: (t) => ({
    code: t.field({ type: SafetyItemEnum, resolve: (i) => i.code }),
    category: t.string({ resolve: (i) => i.category }),
  }),
});

const SafetyEventRef = builder.objectRef<LeaseSafetyEvent>('LeaseSafetyEvent').implement({
  description: 'A line of a finding’s timeline',
  authScopes: READ_OR_DEPARTMENT,
  fields: (t) => ({
    id: t.exposeID('id'),
    action: t.exposeString('action'),
    fromState: t.string({ nullable: true, resolve: (e) => e.fromState ?? null }),
    toState: t.exposeString('toState'),
    actorName: t.exposeString('actorName'),
    at: t.expose('at', { type: 'DateTime' }),
    note: t.string({ nullable: true, resolve: (e) => e.note ?? null }),
  }),
});

interface ActionRow {
  action: SafetyFindingAction;
  available: boolean;
  reason: string | null;
}

const SafetyActionRef = builder.objectRef<ActionRow>('LeaseSafetyAvailableAction').implement({
  description: 'An action on a finding, whether the caller can take it now, and why not',
  authScopes: READ_OR_DEPARTMENT,
  fields: (t) => ({
    action: t.field({ type: SafetyActionEnum, resolve: (a) => a.action }),
    available: t.exposeBoolean('available'),
    reason: t.string({ nullable: true, resolve: (a) => a.reason }),
  }),
});

const SafetyFindingRef = builder.objectRef<LeaseSafetyFinding>('LeaseSafetyFinding').implement({
  description: 'A finding of a safety check, round the closed loop (or referred to the department enforcing it)',
  authScopes: READ_OR_DEPARTMENT,
  fields: (t) => ({
    id: t.exposeID('id'),
    checkId: t.id({ resolve: (f) => String(f.check.id) }),
    checkedOn: t.field({ type: 'Date', resolve: async (f, _a, ctx) => (await ctx.em.populate(f, ['check'])).check.checkedOn }),
    unitId: t.id({ resolve: (f) => String(f.unit.id) }),
    unitLabel: t.string({ resolve: async (f, _a, ctx) => unitLabel((await ctx.em.populate(f, ['unit'])).unit) }),
    tenantName: t.string({ nullable: true, resolve: async (f, _a, ctx) => (await ctx.em.populate(f, ['contract'])).contract?.tenantName ?? null }),
    item: t.field({ type: SafetyItemEnum, resolve: (f) => f.item as never }),
    alterationConsentOnFile: t.boolean({
      nullable: true,
      description:
        'For UNAUTHORISED_ALTERATION: whether the tenant’s contract has a written consent to alterations (装修改造书面同意) on file; null for other items or without a contract',
      resolve: async (f, _a, ctx) =>
        f.item === 'UNAUTHORISED_ALTERATION' && f.contract ? (await ctx.em.count(LeaseConsent, { contract: f.contract.id, kind: 'ALTERATION' })) > 0 : null,
    }),
    category: t.exposeString('category', { description: 'The platform issue category it is filed under' }),
    description: t.exposeString('description'),
    state: t.field({ type: SafetyStateEnum, resolve: (f) => f.state }),
    measures: t.string({ nullable: true, resolve: (f) => f.measures ?? null }),
    deadline: t.field({ type: 'Date', nullable: true, resolve: (f) => f.deadline ?? null }),
    overdue: t.boolean({
      description: 'Being put right and past its deadline (Asia/Shanghai)',
      resolve: (f, _a, ctx) => safetyFindingView(f, ctx.principal!, nowOf(ctx)).overdue,
    }),
    departmentId: t.id({ nullable: true, resolve: (f) => (f.department ? String(f.department.id) : null) }),
    departmentName: t.string({
      nullable: true,
      resolve: async (f, _a, ctx) => (f.department ? ((await ctx.em.findOne(Department, { id: f.department.id }))?.name ?? null) : null),
    }),
    referredAt: t.field({ type: 'DateTime', nullable: true, resolve: (f) => f.referredAt ?? null }),
    closedAt: t.field({ type: 'DateTime', nullable: true, resolve: (f) => f.closedAt ?? null }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    events: t.field({ type: [SafetyEventRef], resolve: (f, _a, ctx) => safetyFindingEvents(ctx.em, f.id) }),
    availableActions: t.field({
      type: [SafetyActionRef],
      description: 'Every action with whether the caller can take it now and, if not, why',
      resolve: (f, _a, ctx) => {
        const now = nowOf(ctx);
        const open = new Set(safetyFindingView(f, ctx.principal!, now).availableActions);
        return SAFETY_FINDING_ACTIONS.map((action) => {
          if (open.has(action)) return { action, available: true, reason: null };
          const probe = { action, note: '—', measures: '—', deadline: shanghaiDate(now) };
          const issue = safetyActionIssues(
            {
              state: f.state,
              agencyId: String(f.agency.id),
              departmentId: f.department ? String(f.department.id) : null,
              submittedById: f.submittedById == null ? null : String(f.submittedById),
            },
            probe,
            ctx.principal,
            now,
          )[0];
          return { action, available: false, reason: issue ? messageFor(issue, ctx.locale) : null };
        });
      },
    }),
  }),
});

const SafetyCheckRef = builder.objectRef<LeaseSafetyCheck>('LeaseSafetyCheck').implement({
  description: 'A safety check of a let unit (fire hazards, prohibited goods)',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id'),
    unitId: t.id({ resolve: (c) => String(c.unit.id) }),
    checkedOn: t.expose('checkedOn', { type: 'Date' }),
    inspectors: t.exposeString('inspectors'),
    note: t.string({ nullable: true, resolve: (c) => c.note ?? null }),
    findings: t.field({ type: [SafetyFindingRef], resolve: (c, _a, ctx) => ctx.em.find(LeaseSafetyFinding, { check: c.id }, { orderBy: { id: 'asc' } }) }),
  }),
});

const SafetyDueRef = builder.objectRef<SafetyDueRow>('LeaseSafetyDue').implement({
  description: 'A let unit and when its next periodic safety check is due',
  authScopes: READ,
  fields: (t) => ({
    unitId: t.id({ resolve: (r) => String(r.unit.id) }),
    unitLabel: t.string({ resolve: (r) => unitLabel(r.unit) }),
    tenantName: t.string({ resolve: (r) => r.contract.tenantName }),
    lastCheckedOn: t.field({ type: 'Date', nullable: true, resolve: (r) => r.lastCheckedOn }),
    dueOn: t.field({ type: 'Date', resolve: (r) => r.dueOn }),
    late: t.boolean({ resolve: (r) => r.late }),
  }),
});

const DecisionRef = builder.objectRef<MeetingDecision>('LeaseMeetingDecision').implement({
  description: 'A decision of a working-group meeting: what, who carries it out, by when',
  authScopes: READ,
  fields: (t) => ({
    text: t.exposeString('text'),
    owner: t.string({ nullable: true, resolve: (d) => d.owner ?? null }),
    dueOn: t.field({ type: 'Date', nullable: true, resolve: (d) => d.dueOn ?? null }),
  }),
});

const MeetingRef = builder.objectRef<LeaseMeeting>('LeaseMeeting').implement({
  description: 'A working-group meeting with its notice (the platform’s meeting notice) and its decisions',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    heldAt: t.expose('heldAt', { type: 'DateTime' }),
    location: t.exposeString('location'),
    agenda: t.exposeString('agenda'),
    participants: t.stringList({ resolve: (m) => m.participants }),
    notice: t.exposeString('notice'),
    noticeDate: t.expose('noticeDate', { type: 'Date' }),
    contactPhone: t.string({ nullable: true, resolve: (m) => m.contactPhone ?? null }),
    minutes: t.string({ nullable: true, resolve: (m) => m.minutes ?? null }),
    decisions: t.field({ type: [DecisionRef], resolve: (m) => m.decisions }),
    decidedAt: t.field({ type: 'DateTime', nullable: true, resolve: (m) => m.decidedAt ?? null }),
  }),
});

// ————— queries —————

builder.queryField('leaseSafetyItems', (t) => t.field({ type: [SafetyItemRef], authScopes: READ, resolve: () => [...SAFETY_ITEMS] }));

builder.queryField('leaseSafetyChecksDue', (t) =>
  t.field({
    type: [SafetyDueRef],
    description: 'Let units with the date their next periodic safety check is due, soonest first',
    authScopes: READ,
    resolve: (_r, _a, ctx) => safetyChecksDue(ctx.em, agencyIdOf(ctx), nowOf(ctx)),
  }),
);

builder.queryField('leaseSafetyFindings', (t) =>
  t.field({
    type: [SafetyFindingRef],
    description: 'The agency’s findings; for a department, those referred to it',
    authScopes: READ_OR_DEPARTMENT,
    args: { state: t.arg({ type: SafetyStateEnum, required: false }) },
    resolve: (_r, a, ctx) => safetyFindings(ctx.em, ctx.principal!, { state: a.state ?? null }),
  }),
);

builder.queryField('leaseSafetyFinding', (t) =>
  t.field({
    type: SafetyFindingRef,
    nullable: true,
    authScopes: READ_OR_DEPARTMENT,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_r, a, ctx) => {
      const id = parseId(a.id);
      if (!id) return null;
      return (await safetyFindings(ctx.em, ctx.principal!)).find((f) => f.id === id) ?? null;
    },
  }),
);

builder.queryField('leaseMeetings', (t) => t.field({ type: [MeetingRef], authScopes: READ, resolve: (_r, _a, ctx) => leaseMeetings(ctx.em, agencyIdOf(ctx)) }));

// ————— mutations —————

const FindingInput = builder.inputType('LeaseSafetyFindingInput', {
  fields: (t) => ({
    item: t.field({ type: SafetyItemEnum, required: true }),
    description: t.string({ required: true }),
  }),
});

const SafetyCheckInput = builder.inputType('LeaseSafetyCheckInput', {
  fields: (t) => ({
    unitId: t.id({ required: true }),
    checkedOn: t.field({ type: 'Date', required: true }),
    inspectors: t.string({ required: true }),
    note: t.string({ required: false }),
    findings: t.field({ type: [FindingInput], required: true }),
  }),
});

builder.mutationField('recordLeaseSafetyCheck', (t) =>
  t.field({
    type: SafetyCheckRef,
    description: 'Records a safety check of a let unit; each finding is registered on the loop',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { input: t.arg({ type: SafetyCheckInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      run(ctx, () =>
        recordSafetyCheck(ctx.em, actorOf(ctx), { ...input, note: input.note ?? null, findings: input.findings.map((f) => ({ ...f })) }, nowOf(ctx)),
      ),
  }),
);

const SafetyActionInput = builder.inputType('LeaseSafetyActionInput', {
  fields: (t) => ({
    action: t.field({ type: SafetyActionEnum, required: true }),
    note: t.string({ required: false }),
    measures: t.string({ required: false, description: 'ASSIGN: the rectification notice’s measures' }),
    deadline: t.field({ type: 'Date', required: false, description: 'ASSIGN: by when (not before today)' }),
    departmentId: t.id({ required: false, description: 'REFER: the department; by default the one whose remit covers the category' }),
  }),
});

builder.mutationField('actOnLeaseSafetyFinding', (t) =>
  t.field({
    type: SafetyFindingRef,
    description: 'One step of a finding round the loop, its referral, or the enforcing department’s outcome',
    authScopes: MANAGE_OR_DEPARTMENT,
    errors: { types: WRITE_ERRORS },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: SafetyActionInput, required: true }) },
    resolve: async (_r, { id, input }, ctx) => {
      return run(ctx, () => actOnSafetyFinding(ctx.em, actorOf(ctx), id, input, nowOf(ctx)));
    },
  }),
);

const MeetingInput = builder.inputType('LeaseMeetingInput', {
  fields: (t) => ({
    title: t.string({ required: true }),
    heldAt: t.field({ type: 'DateTime', required: true }),
    location: t.string({ required: true }),
    agenda: t.string({ required: true }),
    participants: t.stringList({ required: true }),
    contactPhone: t.string({ required: false }),
  }),
});

builder.mutationField('scheduleLeaseMeeting', (t) =>
  t.field({
    type: MeetingRef,
    description: 'Schedules a working-group meeting and writes its notice (the platform’s meeting notice)',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { input: t.arg({ type: MeetingInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      run(ctx, () => scheduleLeaseMeeting(ctx.em, actorOf(ctx), { ...input, contactPhone: input.contactPhone ?? null }, nowOf(ctx))),
  }),
);

const DecisionInput = builder.inputType('LeaseMeetingDecisionInput', {
  fields: (t) => ({
    text: t.string({ required: true }),
    owner: t.string({ required: false }),
    dueOn: t.field({ type: 'Date', required: false }),
  }),
});

builder.mutationField('recordLeaseMeetingDecisions', (t) =>
  t.field({
    type: MeetingRef,
    description: 'Records the minutes and decisions of a meeting once held',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: {
      id: t.arg.id({ required: true }),
      minutes: t.arg.string({ required: false }),
      decisions: t.arg({ type: [DecisionInput], required: true }),
    },
    resolve: (_r, a, ctx) =>
      run(ctx, () =>
        recordMeetingDecisions(
          ctx.em,
          actorOf(ctx),
          a.id,
          { minutes: a.minutes ?? null, decisions: a.decisions.map((d) => ({ text: d.text, owner: d.owner ?? null, dueOn: d.dueOn ?? null })) },
          nowOf(ctx),
        ),
      ),
  }),
);
