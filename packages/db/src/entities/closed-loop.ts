import { clock } from '../clock.js';
import { defineEntity, type InferEntity } from '@mikro-orm/core';
import {
  COMPLAINT_CHANNELS,
  COMPLAINT_STATES,
  FOLLOW_UP_RATINGS,
  INSPECTION_GRADES,
  INSPECTION_KINDS,
  ISSUE_ACTIONS,
  ISSUE_CATEGORIES,
  ISSUE_SOURCES,
  ISSUE_STATES,
  COMPLAINT_ACTIONS,
  WARRANTY_ELEMENTS,
  type Deduction,
} from '@wuye/domain';
import { User } from './accounts.js';
import { Community, Department, Enterprise, Township } from './registry.js';
import { Developer } from './developers.js';

/**
 * The closed loop of docs/product.md §4: inspections, complaints, self-checks and the issue ledger they feed.
 *
 * Issue categories are owned through `Department.remit` (one department per category, checked by the domain's
 * routeByCategory) — except owners' committee matters, which the community's township handles (`handledByTownship`,
 * routeToHandler) — so there is no separate category table. Township and enterprise are copied onto each item
 * when it is created — "the firm serving the community at the time" — so scoping and history do not move when a
 * community changes hands. The `bNProposed` flags make each system-proposed credit record happen once per item:
 * the proposer claims the flag with a conditional UPDATE in the same transaction as the record.
 */

export const Inspection = defineEntity({
  name: 'Inspection',
  tableName: 'inspection',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    kind: p.enum([...INSPECTION_KINDS]).index(),
    date: p.date().index(),
    /** Names of the inspectors, as written on the sheet. */
    inspectors: p.string().length(200),
    community: () => p.manyToOne(Community).index(),
    township: () => p.manyToOne(Township).index(),
    /** The serving enterprise on the day of the inspection. */
    enterprise: () => p.manyToOne(Enterprise).nullable().index(),
    deductions: p.json<Deduction[]>(),
    /** Null when no score was taken (the firm refused to cooperate). */
    score: p.double().$type<number>().nullable(),
    grade: p
      .enum([...INSPECTION_GRADES])
      .nullable()
      .index(),
    refusedToCooperate: p.boolean().default(false),
    note: p.text().nullable(),
    /** Checklist items already turned into issues (each at most once). */
    findingsTurned: p.json<string[]>(),
    b10Proposed: p.boolean().default(false),
    b14Proposed: p.boolean().default(false),
    createdBy: () => p.manyToOne(User).nullable(),
    createdAt: p.datetime().onCreate(() => clock.now()),
  }),
});
export type Inspection = InferEntity<typeof Inspection>;

/** 自查自纠: a firm's own check of one of its communities against the checklist. */
export const SelfCheck = defineEntity({
  name: 'SelfCheck',
  tableName: 'self_check',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    enterprise: () => p.manyToOne(Enterprise).index(),
    community: () => p.manyToOne(Community).index(),
    township: () => p.manyToOne(Township).index(),
    date: p.date().index(),
    deductions: p.json<Deduction[]>(),
    score: p.double().$type<number>(),
    grade: p.enum([...INSPECTION_GRADES]).index(),
    note: p.text().nullable(),
    submittedBy: () => p.manyToOne(User).nullable(),
    createdAt: p.datetime().onCreate(() => clock.now()),
  }),
});
export type SelfCheck = InferEntity<typeof SelfCheck>;

export const Issue = defineEntity({
  name: 'Issue',
  tableName: 'issue',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    source: p.enum([...ISSUE_SOURCES]).index(),
    /** Id of the inspection, complaint or self-check it came from (null for a township report). */
    sourceId: p.string().length(40).nullable().index(),
    /** The checklist item of an inspection or self-check finding. */
    checklistItemId: p.string().length(10).nullable(),
    category: p.enum([...ISSUE_CATEGORIES]).index(),
    subtype: p.string().length(40).nullable(),
    title: p.string().length(200),
    description: p.text().nullable(),
    community: () => p.manyToOne(Community).index(),
    township: () => p.manyToOne(Township).index(),
    enterprise: () => p.manyToOne(Enterprise).nullable().index(),
    /** The owning department (routed by category on registration; confirmed or changed on assignment). */
    department: () => p.manyToOne(Department).nullable().index(),
    /** Handled by its community's township instead of a department (owners' committee matters, issue 16). */
    handledByTownship: p.boolean().default(false),
    /** 保修: the element a building-quality issue concerns, and the developer that owes the repair when it is under warranty. */
    warrantyElement: p.enum([...WARRANTY_ELEMENTS]).nullable(),
    developer: () => p.manyToOne(Developer).nullable().index(),
    /** The element's last day under warranty, when known. */
    warrantyLastDay: p.date().nullable(),
    measures: p.text().nullable(),
    /** YYYY-MM-DD in Asia/Shanghai; set on assignment. */
    deadline: p.date().nullable().index(),
    state: p.enum([...ISSUE_STATES]).index(),
    /** The action of the latest event (RETURN marks a returned issue in the inbox). */
    lastAction: p.enum([...ISSUE_ACTIONS]).nullable(),
    flagged: p.boolean().default(false).index(),
    refusalRecorded: p.boolean().default(false),
    b1Proposed: p.boolean().default(false).index(),
    b2Proposed: p.boolean().default(false),
    assignedAt: p.datetime().nullable(),
    lastSubmittedAt: p.datetime().nullable(),
    closedAt: p.datetime().nullable(),
    createdBy: () => p.manyToOne(User).nullable(),
    createdAt: p
      .datetime()
      .onCreate(() => clock.now())
      .index(),
    /** Indexed: the issue ledger's default order (most recently changed first). */
    updatedAt: p
      .datetime()
      .onCreate(() => clock.now())
      .onUpdate(() => clock.now())
      .index(),
  }),
  // The KPI engine reads issues by registration time and by closing time (and those still open); with every column
  // it needs in the index (plus state and flagged for the analysts' issue aggregates over a date range), SQLite answers
  // from the index alone instead of one table lookup per issue (docs/benchmarks.md).
  indexes: [
    {
      name: 'issue_kpi_created_index',
      properties: ['createdAt', 'closedAt', 'deadline', 'township', 'department', 'enterprise', 'category', 'state', 'flagged'],
    },
    { name: 'issue_kpi_closed_index', properties: ['closedAt', 'createdAt', 'deadline', 'township', 'department', 'enterprise', 'category'] },
    // The quick filters (overdue, due this week) and the inbox's sections: a state and a deadline range (issue 17).
    { name: 'issue_state_deadline_index', properties: ['state', 'deadline'] },
    // A department's inbox: its waiting issues by deadline, the state decided on the index (issue 17).
    { name: 'issue_department_id_deadline_index', properties: ['department', 'deadline', 'state'] },
    // A township's inbox: its area's waiting issues by deadline, the state and the owners'-committee flag on the index.
    { name: 'issue_township_id_deadline_index', properties: ['township', 'deadline', 'state', 'handledByTownship'] },
  ],
});
export type Issue = InferEntity<typeof Issue>;

/** Append-only timeline of an issue: who, when, what, from and to which state, a note and evidence files. */
export const IssueEvent = defineEntity({
  name: 'IssueEvent',
  tableName: 'issue_event',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    issue: () => p.manyToOne(Issue).index(),
    /** REGISTER for the first line; otherwise an issue action. */
    action: p.enum(['REGISTER', ...ISSUE_ACTIONS]),
    fromState: p.enum([...ISSUE_STATES]).nullable(),
    toState: p.enum([...ISSUE_STATES]),
    actor: () => p.manyToOne(User).nullable(),
    actorName: p.string().length(50).nullable(),
    at: p.datetime(),
    note: p.text().nullable(),
    fileIds: p.json<number[]>(),
  }),
});
export type IssueEvent = InferEntity<typeof IssueEvent>;

/** An uploaded evidence file of an issue; the bytes live on disk under UPLOAD_DIR as `storedName`. */
export const EvidenceFile = defineEntity({
  name: 'EvidenceFile',
  tableName: 'evidence_file',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    issue: () => p.manyToOne(Issue).index(),
    storedName: p.string().length(80).unique(),
    originalName: p.string().length(200),
    mime: p.string().length(100),
    size: p.integer(),
    sha256: p.string().length(64).index(),
    uploadedBy: () => p.manyToOne(User).nullable(),
    uploadedAt: p.datetime(),
  }),
});
export type EvidenceFile = InferEntity<typeof EvidenceFile>;

export const Complaint = defineEntity({
  name: 'Complaint',
  tableName: 'complaint',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    channel: p.enum([...COMPLAINT_CHANNELS]).index(),
    /** Personal data: masked per docs/product.md §1. */
    complainantName: p.string().length(50).nullable(),
    complainantPhone: p.string().length(30).nullable(),
    complainantCount: p.integer().default(1),
    community: () => p.manyToOne(Community).index(),
    township: () => p.manyToOne(Township).index(),
    enterprise: () => p.manyToOne(Enterprise).nullable().index(),
    category: p.enum([...ISSUE_CATEGORIES]).index(),
    subtype: p.string().length(40).nullable(),
    content: p.text(),
    department: () => p.manyToOne(Department).nullable().index(),
    /** Routed to its community's township instead of a department (owners' committee matters, issue 16). */
    handledByTownship: p.boolean().default(false),
    state: p.enum([...COMPLAINT_STATES]).index(),
    receivedAt: p.datetime().index(),
    respondedAt: p.datetime().nullable(),
    /** When it was answered, turned into an issue or rejected. */
    handledAt: p.datetime().nullable(),
    /** Indexed for the KPI engine (satisfaction is counted by the month of the follow-up visit). */
    closedAt: p.datetime().nullable().index(),
    responseNote: p.text().nullable(),
    answer: p.text().nullable(),
    rejectionReasons: p.text().nullable(),
    upheld: p.boolean().nullable(),
    issue: () => p.manyToOne(Issue).nullable(),
    followUpRating: p.enum([...FOLLOW_UP_RATINGS]).nullable(),
    followUpNote: p.text().nullable(),
    b3Proposed: p.boolean().default(false).index(),
    b4Proposed: p.boolean().default(false),
    b5Proposed: p.boolean().default(false),
    createdBy: () => p.manyToOne(User).nullable(),
    createdAt: p.datetime().onCreate(() => clock.now()),
    updatedAt: p
      .datetime()
      .onCreate(() => clock.now())
      .onUpdate(() => clock.now()),
  }),
  // The inbox's open complaints, oldest first: the bureau's, a department's and a township's (those routed to it); the
  // state decided on the index (issue 17).
  indexes: [
    { name: 'complaint_state_received_at_index', properties: ['state', 'receivedAt'] },
    { name: 'complaint_department_id_received_at_index', properties: ['department', 'receivedAt', 'state'] },
    { name: 'complaint_township_id_handled_received_at_index', properties: ['township', 'handledByTownship', 'receivedAt', 'state'] },
  ],
});
export type Complaint = InferEntity<typeof Complaint>;

export const ComplaintEvent = defineEntity({
  name: 'ComplaintEvent',
  tableName: 'complaint_event',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    complaint: () => p.manyToOne(Complaint).index(),
    /** RECEIVE for the first line; otherwise a complaint action. */
    action: p.enum(['RECEIVE', ...COMPLAINT_ACTIONS]),
    fromState: p.enum([...COMPLAINT_STATES]).nullable(),
    toState: p.enum([...COMPLAINT_STATES]),
    actor: () => p.manyToOne(User).nullable(),
    actorName: p.string().length(50).nullable(),
    at: p.datetime(),
    note: p.text().nullable(),
  }),
});
export type ComplaintEvent = InferEntity<typeof ComplaintEvent>;
