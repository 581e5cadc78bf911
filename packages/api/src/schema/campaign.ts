import {
  Campaign,
  Department,
  JointMeeting,
  Milestone,
  Phase,
  ProjectManager,
  TrainingAttendance,
  TrainingSession,
  WeeklyProgress,
  type Em,
} from '@wuye/db';
import {
  ATTENDEE_KINDS,
  CAMPAIGN_ROUTINES,
  MILESTONE_STATUSES,
  checkCampaign,
  checkMilestone,
  checkMilestoneDone,
  checkPhase,
  isIsoDate,
  jointMeetingNotice,
  milestoneState,
  phaseOn,
  type FieldIssue,
} from '@wuye/domain';
import { todayOf } from '../today.js';
import { builder } from '../builder.js';
import { notFound } from '../errors.js';
import { auditedWrite, failIf, parseId, reference } from '../write.js';
import { DepartmentRef } from './departments.js';
import { WRITE_ERRORS } from './errors.js';

/**
 * The campaign (PRODUCT.md §7): phases, milestones with due dates and responsible departments, and the routines —
 * weekly progress, training sessions with attendance, joint meetings with their notices (seed part 5). Every
 * signed-in role reads it; the bureau (campaign:manage) writes it.
 */
const MILESTONE = { 'zh-CN': '节点', en: 'Milestone' };

const MilestoneStatusEnum = builder.enumType('MilestoneStatus', { values: MILESTONE_STATUSES });
const MilestoneStateEnum = builder.enumType('MilestoneState', { values: ['DONE_ON_TIME', 'DONE_LATE', 'OVERDUE', 'PENDING'] as const });
const AttendeeKindEnum = builder.enumType('AttendeeKind', { values: ATTENDEE_KINDS });

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
    state: t.field({ type: MilestoneStateEnum, description: 'Done on time / late, overdue or pending, as of today', resolve: (m, _a, ctx) => milestoneState({ dueDate: m.dueDate, doneOn: m.doneOn ?? null }, todayOf(ctx)) }),
    doneOn: t.expose('doneOn', { type: 'Date', nullable: true }),
    evidence: t.exposeString('evidence', { nullable: true }),
    note: t.exposeString('note', { nullable: true }),
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
    phases: t.field({ type: [PhaseRef], resolve: (c, _a, ctx) => ctx.em.find(Phase, { campaign: c.id }, { orderBy: { startDate: 'asc' } }) }),
    currentPhase: t.field({
      type: PhaseRef,
      nullable: true,
      resolve: async (c, _a, ctx) => phaseOn(await ctx.em.find(Phase, { campaign: c.id }), todayOf(ctx)),
    }),
    milestones: t.field({ type: [MilestoneRef], resolve: (c, _a, ctx) => ctx.em.find(Milestone, { campaign: c.id }, { orderBy: { dueDate: 'asc', id: 'asc' } }) }),
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
    attendees: t.field({ type: [AttendanceRef], resolve: (s, _a, ctx) => ctx.em.find(TrainingAttendance, { session: s.id }, { orderBy: { id: 'asc' } }) }),
  }),
});

const JointMeetingRef = builder.objectRef<JointMeeting>('JointMeeting').implement({
  description: '联席会议 — with its notice as sent (laid out like the notices of seed part 5)',
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
    minutes: t.exposeString('minutes', { nullable: true }),
  }),
});

// ---- reads --------------------------------------------------------------------------------------------------------

builder.queryField('campaigns', (t) =>
  t.field({ type: [CampaignRef], authScopes: { perm: 'campaign:read' }, resolve: (_r, _a, ctx) => ctx.em.find(Campaign, {}, { orderBy: { year: 'desc' } }) }),
);
builder.queryField('campaign', (t) =>
  t.field({
    type: CampaignRef,
    nullable: true,
    authScopes: { perm: 'campaign:read' },
    args: { id: t.arg.id({ required: false }), year: t.arg.int({ required: false }) },
    resolve: (_r, a, ctx) => ctx.em.findOne(Campaign, a.id ? { id: parseId(a.id) ?? 0 } : { year: a.year ?? Number(todayOf(ctx).slice(0, 4)) }),
  }),
);
builder.queryField('campaignRoutines', (t) => t.field({ type: [RoutineRef], authScopes: { perm: 'campaign:read' }, resolve: () => [...CAMPAIGN_ROUTINES] }));
builder.queryField('weeklyProgress', (t) =>
  t.field({
    type: [WeeklyProgressRef],
    authScopes: { perm: 'campaign:read' },
    args: { campaignId: t.arg.id({ required: true }) },
    resolve: (_r, a, ctx) => ctx.em.find(WeeklyProgress, { campaign: parseId(a.campaignId) ?? 0 }, { orderBy: { weekStart: 'desc', id: 'desc' }, limit: 200 }),
  }),
);
builder.queryField('trainingSessions', (t) =>
  t.field({ type: [TrainingSessionRef], authScopes: { perm: 'campaign:read' }, resolve: (_r, _a, ctx) => ctx.em.find(TrainingSession, {}, { orderBy: { heldOn: 'desc' }, limit: 500 }) }),
);
builder.queryField('jointMeetings', (t) =>
  t.field({ type: [JointMeetingRef], authScopes: { perm: 'campaign:read' }, resolve: (_r, _a, ctx) => ctx.em.find(JointMeeting, {}, { orderBy: { heldAt: 'desc' }, limit: 200 }) }),
);

// ---- writes (campaign:manage) ---------------------------------------------------------------------------------------

async function campaignOf(em: Em, id: string, issues: FieldIssue[]) {
  return reference(em, Campaign, 'campaignId', id, issues);
}

builder.mutationField('createCampaign', (t) =>
  t.field({
    type: CampaignRef,
    authScopes: { perm: 'campaign:manage' },
    errors: { types: WRITE_ERRORS },
    args: { name: t.arg.string({ required: true }), year: t.arg.int({ required: true }), startDate: t.arg({ type: 'Date', required: true }), endDate: t.arg({ type: 'Date', required: true }), goal: t.arg.string({ required: false }) },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const issues = checkCampaign({ name: a.name, year: a.year, startDate: a.startDate, endDate: a.endDate });
        if ((await em.count(Campaign, { year: a.year })) > 0) issues.push({ field: 'year', code: 'DUPLICATE', params: { value: a.year } });
        failIf(issues, ctx);
        const c = em.create(Campaign, { name: a.name.trim(), year: a.year, startDate: a.startDate, endDate: a.endDate, goal: a.goal?.trim() || null });
        await em.flush();
        return { result: c, audit: { action: 'campaign.create', entityType: 'Campaign', entityId: c.id, changes: { ...a } } };
      }, { year: 'year' }),
  }),
);

builder.mutationField('createCampaignPhase', (t) =>
  t.field({
    type: PhaseRef,
    authScopes: { perm: 'campaign:manage' },
    errors: { types: WRITE_ERRORS },
    args: { campaignId: t.arg.id({ required: true }), code: t.arg.string({ required: true }), name: t.arg.string({ required: true }), startDate: t.arg({ type: 'Date', required: true }), endDate: t.arg({ type: 'Date', required: true }), description: t.arg.string({ required: false }) },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const issues: FieldIssue[] = [];
        const campaign = await campaignOf(em, a.campaignId, issues);
        failIf(issues, ctx);
        const others = await em.find(Phase, { campaign: campaign!.id });
        failIf(checkPhase({ code: a.code.trim(), name: a.name, startDate: a.startDate, endDate: a.endDate }, campaign!, others), ctx);
        const p = em.create(Phase, { campaign: campaign!, code: a.code.trim(), name: a.name.trim(), startDate: a.startDate, endDate: a.endDate, description: a.description ?? null });
        await em.flush();
        return { result: p, audit: { action: 'campaignPhase.create', entityType: 'Phase', entityId: p.id, changes: { ...a } } };
      }),
  }),
);

builder.mutationField('createMilestone', (t) =>
  t.field({
    type: MilestoneRef,
    authScopes: { perm: 'campaign:manage' },
    errors: { types: WRITE_ERRORS },
    args: { campaignId: t.arg.id({ required: true }), code: t.arg.string({ required: true }), title: t.arg.string({ required: true }), dueDate: t.arg({ type: 'Date', required: true }), departmentId: t.arg.id({ required: false }) },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const issues: FieldIssue[] = [];
        const campaign = await campaignOf(em, a.campaignId, issues);
        const department = await reference(em, Department, 'departmentId', a.departmentId, issues);
        failIf(issues, ctx);
        failIf(checkMilestone({ title: a.title, dueDate: a.dueDate }, campaign!), ctx);
        const phase = phaseOn(await em.find(Phase, { campaign: campaign!.id }), a.dueDate);
        const m = em.create(Milestone, { campaign: campaign!, phase, code: a.code.trim(), title: a.title.trim(), dueDate: a.dueDate, department, status: 'PENDING' });
        await em.flush();
        return { result: m, audit: { action: 'milestone.create', entityType: 'Milestone', entityId: m.id, changes: { ...a } } };
      }),
  }),
);

builder.mutationField('completeMilestone', (t) =>
  t.field({
    type: MilestoneRef,
    description: 'Marks a milestone done on a day (not in the future) with its evidence; done by the due day counts as on time',
    authScopes: { perm: 'campaign:manage' },
    errors: { types: WRITE_ERRORS },
    args: { id: t.arg.id({ required: true }), doneOn: t.arg({ type: 'Date', required: true }), evidence: t.arg.string({ required: true }), note: t.arg.string({ required: false }) },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const m = await em.findOne(Milestone, { id: parseId(a.id) ?? 0 });
        if (!m) throw notFound(MILESTONE, a.id, ctx.locale);
        failIf(checkMilestoneDone(a.doneOn, a.evidence, todayOf(ctx)), ctx);
        const before = { status: m.status, doneOn: m.doneOn ?? null };
        Object.assign(m, { status: 'DONE', doneOn: a.doneOn, evidence: a.evidence.trim(), note: a.note?.trim() || m.note || null });
        await em.flush();
        return { result: m, audit: { action: 'milestone.complete', entityType: 'Milestone', entityId: m.id, changes: { before, doneOn: a.doneOn } } };
      }),
  }),
);

builder.mutationField('addWeeklyProgress', (t) =>
  t.field({
    type: WeeklyProgressRef,
    authScopes: { perm: 'campaign:manage' },
    errors: { types: WRITE_ERRORS },
    args: { campaignId: t.arg.id({ required: true }), weekStart: t.arg({ type: 'Date', required: true }), summary: t.arg.string({ required: true }), departmentId: t.arg.id({ required: false }) },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const issues: FieldIssue[] = [];
        const campaign = await campaignOf(em, a.campaignId, issues);
        const department = await reference(em, Department, 'departmentId', a.departmentId, issues);
        if (!a.summary.trim()) issues.push({ field: 'summary', code: 'REQUIRED' });
        failIf(issues, ctx);
        const w = em.create(WeeklyProgress, { campaign: campaign!, weekStart: a.weekStart, summary: a.summary.trim(), department, author: ctx.user });
        await em.flush();
        return { result: w, audit: { action: 'weeklyProgress.create', entityType: 'WeeklyProgress', entityId: w.id, changes: { ...a } } };
      }),
  }),
);

const AttendeeInput = builder.inputType('TrainingAttendeeInput', {
  fields: (t) => ({
    kind: t.field({ type: AttendeeKindEnum, required: true }),
    name: t.string({ required: true }),
    managerId: t.id({ required: false, description: 'For a project manager: counts towards the TRAINING KPI' }),
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
        const issues: FieldIssue[] = [];
        const campaign = a.campaignId ? await campaignOf(em, a.campaignId, issues) : null;
        if (!a.topic.trim()) issues.push({ field: 'topic', code: 'REQUIRED' });
        if (!isIsoDate(a.heldOn) || a.heldOn > todayOf(ctx)) issues.push({ field: 'heldOn', code: 'IN_FUTURE' });
        const managerIds = a.attendees.map((x) => parseId(x.managerId)).filter((x): x is number => x != null);
        const managers = managerIds.length ? await em.find(ProjectManager, { id: { $in: managerIds } }) : [];
        if (managers.length !== new Set(managerIds).size) issues.push({ field: 'attendees', code: 'UNKNOWN_REFERENCE', params: { id: 'managerId' } });
        if (a.attendees.some((x) => !x.name.trim())) issues.push({ field: 'attendees', code: 'REQUIRED' });
        failIf(issues, ctx);
        const session = em.create(TrainingSession, { campaign, topic: a.topic.trim(), heldOn: a.heldOn, location: a.location?.trim() || null });
        for (const x of a.attendees) {
          const manager = managers.find((m) => m.id === parseId(x.managerId)) ?? null;
          em.create(TrainingAttendance, { session, kind: x.kind, name: x.name.trim(), manager, enterprise: manager?.enterprise ?? null, present: x.present ?? true });
        }
        await em.flush();
        return { result: session, audit: { action: 'trainingSession.create', entityType: 'TrainingSession', entityId: session.id, changes: { topic: a.topic, heldOn: a.heldOn, attendees: a.attendees.length } } };
      }),
  }),
);

builder.mutationField('scheduleJointMeeting', (t) =>
  t.field({
    type: JointMeetingRef,
    description: 'Schedules a joint meeting (联席会议) and writes its notice',
    authScopes: { perm: 'campaign:manage' },
    errors: { types: WRITE_ERRORS },
    args: {
      campaignId: t.arg.id({ required: false }),
      title: t.arg.string({ required: true }),
      heldAt: t.arg({ type: 'DateTime', required: true }),
      location: t.arg.string({ required: true }),
      agenda: t.arg.string({ required: true }),
      participants: t.arg.stringList({ required: true }),
      contactPhone: t.arg.string({ required: false }),
    },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const issues: FieldIssue[] = [];
        const campaign = a.campaignId ? await campaignOf(em, a.campaignId, issues) : null;
        for (const f of ['title', 'location', 'agenda'] as const) if (!a[f].trim()) issues.push({ field: f, code: 'REQUIRED' });
        if (a.participants.filter((p) => p.trim()).length === 0) issues.push({ field: 'participants', code: 'REQUIRED' });
        failIf(issues, ctx);
        const noticeDate = todayOf(ctx);
        const participants = a.participants.map((p) => p.trim()).filter(Boolean);
        const data = { title: a.title.trim(), heldAt: a.heldAt, location: a.location.trim(), agenda: a.agenda.trim(), participants, noticeDate, contactPhone: a.contactPhone?.trim() || null };
        const m = em.create(JointMeeting, { ...data, campaign, notice: jointMeetingNotice(data) });
        await em.flush();
        return { result: m, audit: { action: 'jointMeeting.create', entityType: 'JointMeeting', entityId: m.id, changes: { title: data.title, heldAt: a.heldAt.toISOString() } } };
      }),
  }),
);

