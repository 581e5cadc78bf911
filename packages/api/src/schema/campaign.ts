import {
  addMilestone,
  addPhase,
  addWeeklyProgress,
  attendeesOf,
  campaignBy,
  campaigns,
  completeMilestone,
  createCampaign,
  jointMeetings,
  milestoneMeasurement,
  milestonesOf,
  phasesOf,
  recordTrainingSession,
  trainingSessions,
  weeklyProgressOf,
  type Campaign,
  type JointMeeting,
  type Milestone,
  type MilestoneMeasurement,
  type Phase,
  type TrainingAttendance,
  type TrainingSession,
  type WeeklyProgress,
} from '@wuye/db';
import { CAMPAIGN_ROUTINES, messageFor, milestoneActions, milestoneState, phaseOn, type ActionAvailability, type MilestoneAction } from '@wuye/domain';
import { nowOf, todayOf } from '../today.js';
import { builder } from '../builder.js';
import { notFound } from '../errors.js';
import { auditedWrite, parseId } from '../write.js';
import { WRITE_ERRORS } from './errors.js';
import { AttendeeKindEnum, DepartmentRef, KpiCodeEnum, MilestoneActionEnum, MilestoneStateEnum, MilestoneStatusEnum } from './refs/index.js';

/**
 * The campaign (docs/product.md §7): phases, milestones with due dates and responsible departments, and the routines —
 * weekly progress, training sessions with attendance, joint meetings with their notices (seed part 5). Every
 * signed-in role reads it; the bureau (campaign:manage) writes it.
 */
const MILESTONE = 'entity.milestone';

const MilestoneAvailableActionRef = builder.objectRef<ActionAvailability<MilestoneAction>>('MilestoneAvailableAction').implement({
  description: 'An action the caller may take on a milestone, and whether it can be taken now',
  authScopes: { perm: 'campaign:read' },
  fields: (t) => ({
    action: t.field({ type: MilestoneActionEnum, resolve: (a) => a.action }),
    available: t.exposeBoolean('available'),
    reason: t.string({
      nullable: true,
      description: 'Why it cannot be taken now (the rule the command would refuse it with), in the caller’s language',
      resolve: (a, _args, ctx) => (a.reason ? messageFor(a.reason, ctx.locale) : null),
    }),
  }),
});

export const PhaseRef = builder.objectRef<Phase>('CampaignPhase').implement({
  authScopes: { perm: 'campaign:read' },
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    startDate: t.expose('startDate', { type: 'Date' }),
    endDate: t.expose('endDate', { type: 'Date' }),
    description: t.exposeString('description', { nullable: true }),
  }),
});

const MilestoneMeasurementRef = builder.objectRef<MilestoneMeasurement>('MilestoneMeasurement').implement({
  description: 'How far the work a milestone stands for got by its due date (today while it is ahead), county-wide',
  authScopes: { perm: 'campaign:read' },
  fields: (t) => ({
    kpi: t.field({ type: KpiCodeEnum, resolve: (m) => m.kpi }),
    asOf: t.expose('asOf', { type: 'Date' }),
    numerator: t.exposeInt('numerator'),
    denominator: t.exposeInt('denominator'),
    value: t.exposeFloat('value', { nullable: true }),
  }),
});

export const MilestoneRef = builder.objectRef<Milestone>('Milestone').implement({
  authScopes: { perm: 'campaign:read' },
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code'),
    title: t.exposeString('title'),
    dueDate: t.expose('dueDate', { type: 'Date' }),
    phaseId: t.id({ nullable: true, resolve: (m) => m.phase?.id ?? null }),
    department: t.field({ type: DepartmentRef, nullable: true, description: 'The responsible department', resolve: (m) => m.department?.id ?? null }),
    status: t.field({ type: MilestoneStatusEnum, resolve: (m) => m.status }),
    state: t.field({
      type: MilestoneStateEnum,
      description: 'Done on time / late, overdue or pending, as of today',
      resolve: (m, _a, ctx) => milestoneState({ dueDate: m.dueDate, doneOn: m.doneOn ?? null }, todayOf(ctx)),
    }),
    doneOn: t.expose('doneOn', { type: 'Date', nullable: true }),
    evidence: t.exposeString('evidence', { nullable: true }),
    note: t.exposeString('note', { nullable: true }),
    measurement: t.field({
      type: MilestoneMeasurementRef,
      nullable: true,
      description: 'The KPI the campaign plan measures this milestone by (e.g. committee formation for M03), as of its due date',
      resolve: (m, _a, ctx) => milestoneMeasurement(ctx.em, m, todayOf(ctx), nowOf(ctx)),
    }),
    availableActions: t.field({
      type: [MilestoneAvailableActionRef],
      description: 'What the caller may do to the milestone, each with whether it can be done now and why not (for buttons)',
      resolve: (m, _a, ctx) => milestoneActions({ status: m.status, departmentId: m.department ? String(m.department.id) : null }, ctx.principal),
    }),
  }),
});

export const CampaignRef = builder.objectRef<Campaign>('Campaign').implement({
  description: '提升年 — a campaign with its phases, milestones and routines',
  authScopes: { perm: 'campaign:read' },
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    year: t.exposeInt('year'),
    startDate: t.expose('startDate', { type: 'Date' }),
    endDate: t.expose('endDate', { type: 'Date' }),
    goal: t.exposeString('goal', { nullable: true }),
    phases: t.field({ type: [PhaseRef], resolve: (c, _a, ctx) => phasesOf(ctx.em, c.id) }),
    currentPhase: t.field({
      type: PhaseRef,
      nullable: true,
      resolve: async (c, _a, ctx) => phaseOn(await phasesOf(ctx.em, c.id), todayOf(ctx)),
    }),
    milestones: t.field({ type: [MilestoneRef], resolve: (c, _a, ctx) => milestonesOf(ctx.em, c.id) }),
  }),
});

const RoutineRef = builder.objectRef<(typeof CAMPAIGN_ROUTINES)[number]>('CampaignRoutine').implement({
  authScopes: { perm: 'campaign:read' },
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.string({ resolve: (r, _a, ctx) => r.name[ctx.locale] }),
    cadence: t.exposeString('cadence'),
  }),
});

const WeeklyProgressRef = builder.objectRef<WeeklyProgress>('WeeklyProgress').implement({
  authScopes: { perm: 'campaign:read' },
  fields: (t) => ({
    id: t.exposeID('id'),
    weekStart: t.expose('weekStart', { type: 'Date' }),
    summary: t.exposeString('summary'),
    department: t.field({ type: DepartmentRef, nullable: true, resolve: (w) => w.department?.id ?? null }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const AttendanceRef = builder.objectRef<TrainingAttendance>('TrainingAttendance').implement({
  authScopes: { perm: 'campaign:read' },
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: AttendeeKindEnum, resolve: (a) => a.kind }),
    name: t.exposeString('name'),
    managerId: t.id({ nullable: true, resolve: (a) => a.manager?.id ?? null }),
    committeeId: t.id({ nullable: true, description: 'For a committee member: their owners’ committee', resolve: (a) => a.committee?.id ?? null }),
    enterpriseId: t.id({ nullable: true, resolve: (a) => a.enterprise?.id ?? null }),
    present: t.exposeBoolean('present'),
  }),
});

const TrainingSessionRef = builder.objectRef<TrainingSession>('TrainingSession').implement({
  authScopes: { perm: 'campaign:read' },
  fields: (t) => ({
    id: t.exposeID('id'),
    topic: t.exposeString('topic'),
    heldOn: t.expose('heldOn', { type: 'Date' }),
    location: t.exposeString('location', { nullable: true }),
    attendees: t.field({ type: [AttendanceRef], resolve: (s, _a, ctx) => attendeesOf(ctx.em, s.id) }),
  }),
});

export const JointMeetingRef = builder.objectRef<JointMeeting>('JointMeeting').implement({
  description:
    'A campaign meeting — 联席会议 or 月度会商 — with its notice as sent (laid out like the notices of seed part 5); its minutes in campaign-records.ts',
  authScopes: { perm: 'campaign:read' },
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    heldAt: t.expose('heldAt', { type: 'DateTime' }),
    location: t.exposeString('location'),
    agenda: t.exposeString('agenda'),
    participants: t.exposeStringList('participants'),
    notice: t.exposeString('notice'),
    noticeDate: t.expose('noticeDate', { type: 'Date' }),
    contactPhone: t.exposeString('contactPhone', { nullable: true }),
  }),
});

// ---- reads --------------------------------------------------------------------------------------------------------

builder.queryField('campaigns', (t) => t.field({ type: [CampaignRef], authScopes: { perm: 'campaign:read' }, resolve: (_r, _a, ctx) => campaigns(ctx.em) }));
builder.queryField('campaign', (t) =>
  t.field({
    type: CampaignRef,
    nullable: true,
    authScopes: { perm: 'campaign:read' },
    args: { id: t.arg.id({ required: false }), year: t.arg.int({ required: false }) },
    resolve: (_r, a, ctx) => campaignBy(ctx.em, a.id ? { id: parseId(a.id) ?? 0 } : { year: a.year ?? Number(todayOf(ctx).slice(0, 4)) }),
  }),
);
builder.queryField('campaignRoutines', (t) => t.field({ type: [RoutineRef], authScopes: { perm: 'campaign:read' }, resolve: () => [...CAMPAIGN_ROUTINES] }));
builder.queryField('weeklyProgress', (t) =>
  t.field({
    type: [WeeklyProgressRef],
    authScopes: { perm: 'campaign:read' },
    args: { campaignId: t.arg.id({ required: true }) },
    resolve: (_r, a, ctx) => weeklyProgressOf(ctx.em, parseId(a.campaignId) ?? 0),
  }),
);
builder.queryField('trainingSessions', (t) =>
  t.field({ type: [TrainingSessionRef], authScopes: { perm: 'campaign:read' }, resolve: (_r, _a, ctx) => trainingSessions(ctx.em) }),
);
builder.queryField('jointMeetings', (t) =>
  t.field({ type: [JointMeetingRef], authScopes: { perm: 'campaign:read' }, resolve: (_r, _a, ctx) => jointMeetings(ctx.em) }),
);

// ---- writes (campaign:manage): the commands are in @wuye/db (packages/db/src/campaign) ------------------------------

const actorOf = (ctx: { user?: { id: number } | null }) => ({ userId: ctx.user?.id ?? null });

builder.mutationField('createCampaign', (t) =>
  t.field({
    type: CampaignRef,
    authScopes: { perm: 'campaign:manage' },
    errors: { types: WRITE_ERRORS },
    args: {
      name: t.arg.string({ required: true }),
      year: t.arg.int({ required: true }),
      startDate: t.arg({ type: 'Date', required: true }),
      endDate: t.arg({ type: 'Date', required: true }),
      goal: t.arg.string({ required: false }),
    },
    resolve: (_r, a, ctx) =>
      auditedWrite(
        ctx,
        async (em) => {
          const c = await createCampaign(em, a);
          return { result: c, audit: { action: 'campaign.create', entityType: 'Campaign', entityId: c.id, changes: { ...a } } };
        },
        { year: 'year' },
      ),
  }),
);

builder.mutationField('createCampaignPhase', (t) =>
  t.field({
    type: PhaseRef,
    authScopes: { perm: 'campaign:manage' },
    errors: { types: WRITE_ERRORS },
    args: {
      campaignId: t.arg.id({ required: true }),
      code: t.arg.string({ required: true }),
      name: t.arg.string({ required: true }),
      startDate: t.arg({ type: 'Date', required: true }),
      endDate: t.arg({ type: 'Date', required: true }),
      description: t.arg.string({ required: false }),
    },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const p = await addPhase(em, a);
        return { result: p, audit: { action: 'campaignPhase.create', entityType: 'Phase', entityId: p.id, changes: { ...a } } };
      }),
  }),
);

builder.mutationField('createMilestone', (t) =>
  t.field({
    type: MilestoneRef,
    authScopes: { perm: 'campaign:manage' },
    errors: { types: WRITE_ERRORS },
    args: {
      campaignId: t.arg.id({ required: true }),
      code: t.arg.string({ required: true }),
      title: t.arg.string({ required: true }),
      dueDate: t.arg({ type: 'Date', required: true }),
      departmentId: t.arg.id({ required: false }),
    },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const m = await addMilestone(em, a);
        return { result: m, audit: { action: 'milestone.create', entityType: 'Milestone', entityId: m.id, changes: { ...a } } };
      }),
  }),
);

builder.mutationField('completeMilestone', (t) =>
  t.field({
    type: MilestoneRef,
    description:
      'Marks a milestone done on a day (not in the future) with its evidence; done by the due day counts as on time. A milestone is completed once. The bureau completes any milestone, a department those in its remit.',
    authScopes: { perm: 'milestone:complete' },
    errors: { types: WRITE_ERRORS },
    args: {
      id: t.arg.id({ required: true }),
      doneOn: t.arg({ type: 'Date', required: true }),
      evidence: t.arg.string({ required: true }),
      note: t.arg.string({ required: false }),
    },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const m = await completeMilestone(em, a.id, a, todayOf(ctx), ctx.principal!);
        if (!m) throw notFound(MILESTONE, a.id, ctx.locale);
        return { result: m, audit: { action: 'milestone.complete', entityType: 'Milestone', entityId: m.id, changes: { doneOn: a.doneOn } } };
      }),
  }),
);

builder.mutationField('addWeeklyProgress', (t) =>
  t.field({
    type: WeeklyProgressRef,
    authScopes: { perm: 'campaign:manage' },
    errors: { types: WRITE_ERRORS },
    args: {
      campaignId: t.arg.id({ required: true }),
      weekStart: t.arg({ type: 'Date', required: true }),
      summary: t.arg.string({ required: true }),
      departmentId: t.arg.id({ required: false }),
    },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const w = await addWeeklyProgress(em, actorOf(ctx), a);
        return { result: w, audit: { action: 'weeklyProgress.create', entityType: 'WeeklyProgress', entityId: w.id, changes: { ...a } } };
      }),
  }),
);

const AttendeeInput = builder.inputType('TrainingAttendeeInput', {
  fields: (t) => ({
    kind: t.field({ type: AttendeeKindEnum, required: true }),
    name: t.string({ required: true }),
    managerId: t.id({ required: false, description: 'For a project manager: counts towards the TRAINING KPI' }),
    committeeId: t.id({ required: false, description: 'For a committee member: the owners’ committee they serve on' }),
    present: t.boolean({ required: false, defaultValue: true }),
  }),
});

builder.mutationField('recordTrainingSession', (t) =>
  t.field({
    type: TrainingSessionRef,
    authScopes: { perm: 'campaign:manage' },
    errors: { types: WRITE_ERRORS },
    args: {
      campaignId: t.arg.id({ required: false }),
      topic: t.arg.string({ required: true }),
      heldOn: t.arg({ type: 'Date', required: true }),
      location: t.arg.string({ required: false }),
      attendees: t.arg({ type: [AttendeeInput], required: true }),
    },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const session = await recordTrainingSession(em, a, todayOf(ctx));
        return {
          result: session,
          audit: {
            action: 'trainingSession.create',
            entityType: 'TrainingSession',
            entityId: session.id,
            changes: { topic: a.topic, heldOn: a.heldOn, attendees: a.attendees.length },
          },
        };
      }),
  }),
);

// Joint meetings (and monthly consultations) are scheduled by one mutation, scheduleCampaignMeeting (campaign-records.ts).
