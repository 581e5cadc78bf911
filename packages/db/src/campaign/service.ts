import type { EntityManager } from '@mikro-orm/core';
import {
  checkCampaign,
  checkMilestone,
  checkMilestoneDone,
  checkPhase,
  isIsoDate,
  jointMeetingNotice,
  milestoneCompletionIssue,
  milestoneRemitIssue,
  phaseOn,
  type Principal,
  type AttendeeKind,
  type FieldIssue,
  type MeetingKind,
} from '@wuye/domain';
import {
  Campaign,
  Department,
  JointMeeting,
  Milestone,
  OwnersCommittee,
  Phase,
  ProjectManager,
  TrainingAttendance,
  TrainingSession,
  Township,
  User,
  WeeklyProgress,
} from '../entities/index.js';
import { parseId, reference } from '../references.js';
import { failOn } from '../rule-error.js';

/**
 * Campaign writes (docs/product.md §7): the campaign, its phases and milestones, and the routines — weekly progress,
 * training sessions with attendance, joint meetings with their notices. Each command takes the caller's
 * transactional EntityManager, checks the rules in @wuye/domain (campaign/rules.ts), throws RuleError before
 * anything is flushed when they refuse, and returns the row the dashboard shows next.
 * Ids are taken as given (GraphQL IDs); an unknown one is a field error, like any other refused input.
 */

type Id = string | number;

/** Who writes: the user recorded as the author of weekly progress. */
export interface CampaignActor {
  userId: number | null;
}

const campaignOf = (em: EntityManager, id: Id, issues: FieldIssue[]) => reference(em, Campaign, 'campaignId', id, issues);

export interface NewCampaign {
  name: string;
  year: number;
  startDate: string;
  endDate: string;
  goal?: string | null;
}

export async function createCampaign(em: EntityManager, input: NewCampaign): Promise<Campaign> {
  const issues = checkCampaign(input);
  if ((await em.count(Campaign, { year: input.year })) > 0) issues.push({ field: 'year', code: 'DUPLICATE', params: { value: input.year } });
  failOn(issues);
  const c = em.create(Campaign, {
    name: input.name.trim(),
    year: input.year,
    startDate: input.startDate,
    endDate: input.endDate,
    goal: input.goal?.trim() || null,
  });
  await em.flush();
  return c;
}

export interface NewPhase {
  campaignId: Id;
  code: string;
  name: string;
  startDate: string;
  endDate: string;
  description?: string | null;
}

/** A phase inside its campaign, overlapping none of the others. */
export async function addPhase(em: EntityManager, input: NewPhase): Promise<Phase> {
  const issues: FieldIssue[] = [];
  const campaign = await campaignOf(em, input.campaignId, issues);
  failOn(issues);
  const others = await em.find(Phase, { campaign: campaign!.id });
  failOn(checkPhase({ code: input.code.trim(), name: input.name, startDate: input.startDate, endDate: input.endDate }, campaign!, others));
  const p = em.create(Phase, {
    campaign: campaign!,
    code: input.code.trim(),
    name: input.name.trim(),
    startDate: input.startDate,
    endDate: input.endDate,
    description: input.description ?? null,
  });
  await em.flush();
  return p;
}

export interface NewMilestone {
  campaignId: Id;
  code: string;
  title: string;
  dueDate: string;
  departmentId?: Id | null;
}

/** A milestone due within its campaign, filed under the phase its due date falls in. */
export async function addMilestone(em: EntityManager, input: NewMilestone): Promise<Milestone> {
  const issues: FieldIssue[] = [];
  const campaign = await campaignOf(em, input.campaignId, issues);
  const department = await reference(em, Department, 'departmentId', input.departmentId, issues);
  failOn(issues);
  failOn(checkMilestone({ title: input.title, dueDate: input.dueDate }, campaign!));
  const phase = phaseOn(await em.find(Phase, { campaign: campaign!.id }), input.dueDate);
  const m = em.create(Milestone, {
    campaign: campaign!,
    phase,
    code: input.code.trim(),
    title: input.title.trim(),
    dueDate: input.dueDate,
    department,
    status: 'PENDING',
  });
  await em.flush();
  return m;
}

export interface CompletionInput {
  doneOn: string;
  evidence: string;
  note?: string | null;
}

/**
 * Marks a milestone done on a day up to today, with its evidence (done by the due day counts as on time); a
 * milestone is completed once. The bureau completes any milestone, a department only those in its remit (the ones it
 * is responsible for). Null when there is no such milestone.
 */
export async function completeMilestone(em: EntityManager, id: Id, input: CompletionInput, today: string, who: Principal): Promise<Milestone | null> {
  const m = await em.findOne(Milestone, { id: parseId(id) ?? 0 });
  if (!m) return null;
  const refused = milestoneRemitIssue({ departmentId: m.department ? String(m.department.id) : null }, who) ?? milestoneCompletionIssue(m);
  failOn(refused ? [refused] : checkMilestoneDone(input.doneOn, input.evidence, today));
  Object.assign(m, { status: 'DONE', doneOn: input.doneOn, evidence: input.evidence.trim(), note: input.note?.trim() || m.note || null });
  await em.flush();
  return m;
}

export interface WeeklyProgressInput {
  campaignId: Id;
  weekStart: string;
  summary: string;
  departmentId?: Id | null;
}

export async function addWeeklyProgress(em: EntityManager, actor: CampaignActor, input: WeeklyProgressInput): Promise<WeeklyProgress> {
  const issues: FieldIssue[] = [];
  const campaign = await campaignOf(em, input.campaignId, issues);
  const department = await reference(em, Department, 'departmentId', input.departmentId, issues);
  if (!input.summary.trim()) issues.push({ field: 'summary', code: 'REQUIRED' });
  failOn(issues);
  const author = actor.userId ? em.getReference(User, actor.userId) : null;
  const w = em.create(WeeklyProgress, { campaign: campaign!, weekStart: input.weekStart, summary: input.summary.trim(), department, author });
  await em.flush();
  return w;
}

export interface TrainingInput {
  campaignId?: Id | null;
  topic: string;
  heldOn: string;
  location?: string | null;
  attendees: { kind: AttendeeKind; name: string; managerId?: Id | null; committeeId?: Id | null; present?: boolean | null }[];
}

/** A training session held up to today, with who attended; a project manager's attendance counts for the TRAINING KPI. */
export async function recordTrainingSession(em: EntityManager, input: TrainingInput, today: string): Promise<TrainingSession> {
  const issues: FieldIssue[] = [];
  const campaign = input.campaignId ? await campaignOf(em, input.campaignId, issues) : null;
  if (!input.topic.trim()) issues.push({ field: 'topic', code: 'REQUIRED' });
  if (!isIsoDate(input.heldOn) || input.heldOn > today) issues.push({ field: 'heldOn', code: 'IN_FUTURE' });
  const managerIds = input.attendees.map((x) => parseId(x.managerId)).filter((x): x is number => x != null);
  const managers = managerIds.length ? await em.find(ProjectManager, { id: { $in: managerIds } }) : [];
  if (managers.length !== new Set(managerIds).size) issues.push({ field: 'attendees', code: 'UNKNOWN_REFERENCE', params: { id: 'managerId' } });
  const committeeIds = input.attendees.map((x) => parseId(x.committeeId)).filter((x): x is number => x != null);
  const committees = committeeIds.length ? await em.find(OwnersCommittee, { id: { $in: committeeIds } }, { populate: ['community'] }) : [];
  if (committees.length !== new Set(committeeIds).size) issues.push({ field: 'attendees', code: 'UNKNOWN_REFERENCE', params: { id: 'committeeId' } });
  if (input.attendees.some((x) => !x.name.trim())) issues.push({ field: 'attendees', code: 'REQUIRED' });
  failOn(issues);
  const session = em.create(TrainingSession, { campaign, topic: input.topic.trim(), heldOn: input.heldOn, location: input.location?.trim() || null });
  for (const x of input.attendees) {
    const manager = managers.find((m) => m.id === parseId(x.managerId)) ?? null;
    const committee = committees.find((c) => c.id === parseId(x.committeeId)) ?? null;
    em.create(TrainingAttendance, {
      session,
      kind: x.kind,
      name: x.name.trim(),
      manager,
      enterprise: manager?.enterprise ?? null,
      committee,
      township: committee?.community.township ?? null,
      present: x.present ?? true,
    });
  }
  await em.flush();
  return session;
}

export interface JointMeetingInput {
  campaignId?: Id | null;
  title: string;
  heldAt: Date;
  location: string;
  agenda: string;
  participants: string[];
  contactPhone?: string | null;
  /** JOINT (联席会议, the default) or MONTHLY_CONSULTATION (月度会商). */
  kind?: MeetingKind | null;
  /** The department or township that holds it (none: the leading group); it may write the minutes. */
  hostDepartmentId?: Id | null;
  hostTownshipId?: Id | null;
}

/** Schedules a campaign meeting — a joint meeting (联席会议) or the monthly consultation (月度会商) — and writes its notice, dated today. */
export async function scheduleJointMeeting(em: EntityManager, input: JointMeetingInput, today: string): Promise<JointMeeting> {
  const issues: FieldIssue[] = [];
  const campaign = input.campaignId ? await campaignOf(em, input.campaignId, issues) : null;
  const hostDepartment = await reference(em, Department, 'hostDepartmentId', input.hostDepartmentId, issues);
  const hostTownship = await reference(em, Township, 'hostTownshipId', input.hostTownshipId, issues);
  if (hostDepartment && hostTownship) issues.push({ field: 'hostTownshipId', code: 'ONE_HOST' });
  for (const f of ['title', 'location', 'agenda'] as const) if (!input[f].trim()) issues.push({ field: f, code: 'REQUIRED' });
  if (input.participants.filter((p) => p.trim()).length === 0) issues.push({ field: 'participants', code: 'REQUIRED' });
  failOn(issues);
  const participants = input.participants.map((p) => p.trim()).filter(Boolean);
  const data = {
    title: input.title.trim(),
    heldAt: input.heldAt,
    location: input.location.trim(),
    agenda: input.agenda.trim(),
    participants,
    noticeDate: today,
    contactPhone: input.contactPhone?.trim() || null,
  };
  const m = em.create(JointMeeting, { ...data, campaign, kind: input.kind ?? 'JOINT', hostDepartment, hostTownship, notice: jointMeetingNotice(data) });
  await em.flush();
  return m;
}
