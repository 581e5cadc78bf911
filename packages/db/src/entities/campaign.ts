import { clock } from '../clock.js';
import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { ATTENDEE_KINDS, BULLETIN_STATUSES, MEETING_KINDS, MILESTONE_STATUSES } from '@wuye/domain';
import { User } from './accounts.js';
import { Department, Enterprise, ProjectManager, Township } from './registry.js';
import { OwnersCommittee } from './committees.js';

/**
 * The campaign (docs/product.md §7) and its routines, the monthly bulletin and analysts' API tokens. Rules are in
 * @wuye/domain (campaign/rules.ts); KPIs read these tables through the SQL read model in kpi/engine.ts.
 */

export const Campaign = defineEntity({
  name: 'Campaign',
  tableName: 'campaign',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    name: p.string().length(100),
    year: p.integer().unique(),
    startDate: p.date(),
    endDate: p.date(),
    goal: p.text().nullable(),
    createdAt: p.datetime().onCreate(() => clock.now()),
  }),
});
export type Campaign = InferEntity<typeof Campaign>;

export const Phase = defineEntity({
  name: 'Phase',
  tableName: 'campaign_phase',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    campaign: () => p.manyToOne(Campaign).index(),
    /** MOBILISATION, PUSH, CONSOLIDATION for the seed's campaign; free codes otherwise. */
    code: p.string().length(30),
    name: p.string().length(50),
    startDate: p.date(),
    endDate: p.date(),
    description: p.text().nullable(),
  }),
});
export type Phase = InferEntity<typeof Phase>;

export const Milestone = defineEntity({
  name: 'Milestone',
  tableName: 'milestone',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    campaign: () => p.manyToOne(Campaign).index(),
    phase: () => p.manyToOne(Phase).nullable().index(),
    code: p.string().length(20),
    title: p.string().length(200),
    dueDate: p.date().index(),
    /** The responsible department (null: the leading group as a whole). */
    department: () => p.manyToOne(Department).nullable().index(),
    status: p
      .enum([...MILESTONE_STATUSES])
      .default('PENDING')
      .index(),
    doneOn: p.date().nullable(),
    /** What shows it was done: minutes, documents, file references. */
    evidence: p.text().nullable(),
    note: p.text().nullable(),
    createdAt: p.datetime().onCreate(() => clock.now()),
    updatedAt: p
      .datetime()
      .onCreate(() => clock.now())
      .onUpdate(() => clock.now()),
  }),
});
export type Milestone = InferEntity<typeof Milestone>;

/** 周推进: one line of weekly progress, by a department or a township. */
export const WeeklyProgress = defineEntity({
  name: 'WeeklyProgress',
  tableName: 'weekly_progress',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    campaign: () => p.manyToOne(Campaign).index(),
    /** Monday of the week, YYYY-MM-DD. */
    weekStart: p.date().index(),
    summary: p.text(),
    department: () => p.manyToOne(Department).nullable(),
    township: () => p.manyToOne(Township).nullable(),
    author: () => p.manyToOne(User).nullable(),
    createdAt: p.datetime().onCreate(() => clock.now()),
  }),
});
export type WeeklyProgress = InferEntity<typeof WeeklyProgress>;

export const TrainingSession = defineEntity({
  name: 'TrainingSession',
  tableName: 'training_session',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    campaign: () => p.manyToOne(Campaign).nullable().index(),
    topic: p.string().length(200),
    heldOn: p.date().index(),
    location: p.string().length(200).nullable(),
    /** The organising department (住建局 for managers' classes) or township. */
    department: () => p.manyToOne(Department).nullable(),
    township: () => p.manyToOne(Township).nullable(),
    createdAt: p.datetime().onCreate(() => clock.now()),
  }),
});
export type TrainingSession = InferEntity<typeof TrainingSession>;

/** One attendee of a training session; a project manager is linked so the TRAINING KPI can count them. */
export const TrainingAttendance = defineEntity({
  name: 'TrainingAttendance',
  tableName: 'training_attendance',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    session: () => p.manyToOne(TrainingSession).index(),
    kind: p.enum([...ATTENDEE_KINDS]).index(),
    manager: () => p.manyToOne(ProjectManager).nullable().index(),
    /** For a committee member: the owners' committee they serve on (issue 13 §6). */
    committee: () => p.manyToOne(OwnersCommittee).nullable().index(),
    name: p.string().length(50),
    enterprise: () => p.manyToOne(Enterprise).nullable(),
    township: () => p.manyToOne(Township).nullable(),
    present: p.boolean().default(true),
  }),
});
export type TrainingAttendance = InferEntity<typeof TrainingAttendance>;

/**
 * A campaign meeting with its notice, laid out like the notices of seed part 5 (time, place, agenda, participants,
 * remarks): a joint meeting (联席会议) or the monthly consultation (月度会商), held by the leading group or by a
 * department or township. Its minutes are a MeetingMinutes row (entities/campaign-records.ts), written and approved.
 */
export const JointMeeting = defineEntity({
  name: 'JointMeeting',
  tableName: 'joint_meeting',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    campaign: () => p.manyToOne(Campaign).nullable().index(),
    kind: p
      .enum([...MEETING_KINDS])
      .default('JOINT')
      .index(),
    /** The department or township that held it (both null: the leading group); it may write the minutes. */
    hostDepartment: () => p.manyToOne(Department).nullable(),
    hostTownship: () => p.manyToOne(Township).nullable(),
    title: p.string().length(200),
    heldAt: p.datetime().index(),
    location: p.string().length(200),
    agenda: p.text(),
    /** Units and roles invited, in the notice's order. */
    participants: p.json<string[]>(),
    /** Full text of the notice as sent. */
    notice: p.text(),
    noticeDate: p.date(),
    contactPhone: p.string().length(30).nullable(),
    createdAt: p.datetime().onCreate(() => clock.now()),
  }),
});
export type JointMeeting = InferEntity<typeof JointMeeting>;

/** 月通报: generated as a JSON snapshot, reviewed, then published by ADMIN; a published snapshot never changes. */
export const Bulletin = defineEntity({
  name: 'Bulletin',
  tableName: 'bulletin',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    /** YYYY-MM */
    month: p.string().length(7).unique(),
    status: p.enum([...BULLETIN_STATUSES]).index(),
    snapshot: p.json<Record<string, unknown>>(),
    generatedAt: p.datetime(),
    generatedBy: () => p.manyToOne(User).nullable(),
    reviewedAt: p.datetime().nullable(),
    reviewedBy: () => p.manyToOne(User).nullable(),
    reviewNote: p.string().length(500).nullable(),
    publishedAt: p.datetime().nullable(),
    publishedBy: () => p.manyToOne(User).nullable(),
    publishedOn: p.date().nullable().index(),
  }),
});
export type Bulletin = InferEntity<typeof Bulletin>;

/** A personal, read-only API token: only its SHA-256 is stored; the token itself is shown once. */
export const ApiToken = defineEntity({
  name: 'ApiToken',
  tableName: 'api_token',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    user: () => p.manyToOne(User).index(),
    name: p.string().length(100),
    tokenHash: p.string().length(64).unique(),
    readOnly: p.boolean().default(true),
    createdAt: p.datetime().onCreate(() => clock.now()),
    lastUsedAt: p.datetime().nullable(),
    revokedAt: p.datetime().nullable(),
  }),
});
export type ApiToken = InferEntity<typeof ApiToken>;
