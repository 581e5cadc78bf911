import { clock } from '../clock.js';
import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { CREDIT_GRADES, CREDIT_RECORD_STATUSES, CREDIT_SUBJECT_TYPES, RATING_STATUSES, type ScoringStandard as StandardData } from '@wuye/domain';
import { User } from './accounts.js';
import { Community, Enterprise, ProjectManager } from './registry.js';

/**
 * Credit files (docs/product.md §5). Records are append-only in spirit: a row's facts (item, points, term, dates) are
 * written once; only its lifecycle fields move, each move logged in CreditRecordEvent. Enterprise.score/grade/
 * listStatus and ProjectManager.score/grade are derived and refreshed in the transaction that changes a record.
 */

export const CREDIT_SOURCE_TYPES = ['APPOINTMENT', 'ISSUE', 'COMPLAINT', 'INSPECTION', 'RATING', 'MANUAL', 'SURVEY'] as const;
export type CreditSourceType = (typeof CREDIT_SOURCE_TYPES)[number];
export const OBJECTION_STATUSES = ['PENDING', 'REJECTED', 'ACCEPTED'] as const;
export const REPAIR_STATUSES = ['PENDING', 'APPROVED', 'REFUSED'] as const;
export const LIST_KINDS = ['RED', 'BLACK'] as const;

export const ScoringStandard = defineEntity({
  name: 'ScoringStandard',
  tableName: 'scoring_standard',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    version: p.integer().unique(),
    effectiveFrom: p.date(),
    /** The whole standard (base, cap, thresholds, items) as issued. */
    definition: p.json<StandardData>(),
    note: p.string().length(500).nullable(),
    createdBy: () => p.manyToOne(User).nullable(),
    createdAt: p.datetime().onCreate(() => clock.now()),
  }),
});
export type ScoringStandard = InferEntity<typeof ScoringStandard>;

export const CreditRecord = defineEntity({
  name: 'CreditRecord',
  tableName: 'credit_record',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    subjectType: p.enum([...CREDIT_SUBJECT_TYPES]).index(),
    /** The firm concerned; for a manager record, the manager's employer when it was proposed (scoping, notices). */
    enterprise: () => p.manyToOne(Enterprise).index(),
    manager: () => p.manyToOne(ProjectManager).nullable().index(),
    /** The community the fact happened in, when there is one (managers inherit B1/B2 through it). */
    community: () => p.manyToOne(Community).nullable().index(),
    itemCode: p.string().length(8).index(),
    /** Snapshot of the item when proposed: signed points, term and flags. */
    points: p.integer(),
    termMonths: p.integer(),
    serious: p.boolean().default(false),
    veto: p.boolean().default(false),
    commendation: p.boolean().default(false),
    blacklistMonths: p.integer().nullable(),
    standardVersion: p.integer(),
    effectiveFrom: p.date().index(),
    /** Last day in effect (inclusive). */
    expiresOn: p.date().index(),
    status: p.enum([...CREDIT_RECORD_STATUSES]).index(),
    /** Null when the system proposed it. */
    proposedBy: () => p.manyToOne(User).nullable(),
    proposedAt: p.datetime(),
    reason: p.string().length(500),
    evidence: p.text().nullable(),
    sourceType: p.enum([...CREDIT_SOURCE_TYPES]).index(),
    sourceId: p.string().length(40).nullable().index(),
    publicizedOn: p.date().nullable(),
    objectionDeadline: p.date().nullable().index(),
    confirmedOn: p.date().nullable(),
    reviewer: () => p.manyToOne(User).nullable(),
    decision: p.enum(['UPHELD', 'REVOKED'] as const).nullable(),
    decisionNote: p.string().length(500).nullable(),
    decidedAt: p.datetime().nullable(),
    revokedBy: () => p.manyToOne(User).nullable(),
    revokedAt: p.datetime().nullable(),
    revokeReason: p.string().length(500).nullable(),
    /** The record this one re-issues (a correction revokes the old record and names it here). */
    corrects: () => p.manyToOne(CreditRecord).nullable(),
    repairedOn: p.date().nullable(),
    createdAt: p.datetime().onCreate(() => clock.now()),
    updatedAt: p
      .datetime()
      .onCreate(() => clock.now())
      .onUpdate(() => clock.now()),
  }),
});
export type CreditRecord = InferEntity<typeof CreditRecord>;

/** Append-only transition history of a record. */
export const CreditRecordEvent = defineEntity({
  name: 'CreditRecordEvent',
  tableName: 'credit_record_event',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    record: () => p.manyToOne(CreditRecord).index(),
    at: p.datetime(),
    /** Null for the system (auto-confirmation, expiry). */
    actor: () => p.manyToOne(User).nullable(),
    actorName: p.string().length(50).nullable(),
    fromStatus: p.enum([...CREDIT_RECORD_STATUSES]).nullable(),
    toStatus: p.enum([...CREDIT_RECORD_STATUSES]),
    note: p.string().length(500).nullable(),
  }),
});
export type CreditRecordEvent = InferEntity<typeof CreditRecordEvent>;

export const Objection = defineEntity({
  name: 'Objection',
  tableName: 'objection',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    record: () => p.manyToOne(CreditRecord).index(),
    enterprise: () => p.manyToOne(Enterprise).index(),
    filedBy: () => p.manyToOne(User),
    filedAt: p.datetime(),
    statement: p.text(),
    evidence: p.text().nullable(),
    status: p.enum([...OBJECTION_STATUSES]).index(),
    decidedBy: () => p.manyToOne(User).nullable(),
    decidedAt: p.datetime().nullable(),
    decisionNote: p.string().length(500).nullable(),
  }),
});
export type Objection = InferEntity<typeof Objection>;

export const RepairApplication = defineEntity({
  name: 'RepairApplication',
  tableName: 'repair_application',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    record: () => p.manyToOne(CreditRecord).index(),
    enterprise: () => p.manyToOne(Enterprise).index(),
    appliedBy: () => p.manyToOne(User),
    appliedAt: p.datetime(),
    /** 信用承诺书: the firm's written commitment. */
    commitment: p.text(),
    /** Open issues of the firm when it applied (issues arrive with issue 4; until then the caller states it). */
    openIssues: p.integer().default(0),
    status: p.enum([...REPAIR_STATUSES]).index(),
    decidedBy: () => p.manyToOne(User).nullable(),
    decidedAt: p.datetime().nullable(),
    reasons: p.string().length(1000).nullable(),
  }),
});
export type RepairApplication = InferEntity<typeof RepairApplication>;

/** A quarterly rating: a JSON snapshot that never changes once published. */
export const Rating = defineEntity({
  name: 'Rating',
  tableName: 'rating',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    quarter: p.string().length(6).unique(),
    asOf: p.date(),
    status: p.enum([...RATING_STATUSES]).index(),
    standardVersion: p.integer(),
    snapshot: p.json<Record<string, unknown>>(),
    preparedBy: () => p.manyToOne(User).nullable(),
    preparedAt: p.datetime(),
    reviewedBy: () => p.manyToOne(User).nullable(),
    reviewedAt: p.datetime().nullable(),
    reviewNote: p.string().length(500).nullable(),
    publishedBy: () => p.manyToOne(User).nullable(),
    publishedAt: p.datetime().nullable(),
    publishedOn: p.date().nullable().index(),
  }),
});
export type Rating = InferEntity<typeof Rating>;

/** Red/black list membership with its term; `endedOn` ends it early (repair, revocation, a newer red list). */
export const ListEntry = defineEntity({
  name: 'ListEntry',
  tableName: 'list_entry',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    enterprise: () => p.manyToOne(Enterprise).index(),
    kind: p.enum([...LIST_KINDS]).index(),
    /** Item code (B2, B7 …), GRADE_C_TWICE or RATING. */
    reason: p.string().length(20),
    fromDate: p.date().index(),
    untilDate: p.date().index(),
    record: () => p.manyToOne(CreditRecord).nullable().index(),
    rating: () => p.manyToOne(Rating).nullable().index(),
    endedOn: p.date().nullable(),
    endReason: p.string().length(200).nullable(),
    createdAt: p.datetime().onCreate(() => clock.now()),
  }),
});
export type ListEntry = InferEntity<typeof ListEntry>;

/** Inbox rows for a user: firm users get one for every record event concerning their firm. */
export const Notification = defineEntity({
  name: 'Notification',
  tableName: 'notification',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    user: () => p.manyToOne(User).index(),
    kind: p.string().length(40),
    title: p.string().length(200),
    body: p.string().length(1000).nullable(),
    record: () => p.manyToOne(CreditRecord).nullable(),
    createdAt: p.datetime().index(),
    readAt: p.datetime().nullable(),
  }),
});
export type Notification = InferEntity<typeof Notification>;

export { CREDIT_GRADES };

/**
 * The credit version (issue 17): one row whose token the database itself replaces (triggers, migration
 * credit_version) in every transaction that writes a row the ranking reads — firms, townships, communities, credit
 * records, list entries, scoring standards. Answers kept under a token (the ranking's response cache,
 * apps/server/src/response-cache.ts) are reused only while it is still the stored one: a write is seen on the very next
 * read, on every instance. Never written by the application.
 */
export const CreditVersion = defineEntity({
  name: 'CreditVersion',
  tableName: 'credit_version',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(false),
    token: p.string().length(36),
  }),
});
export type CreditVersion = InferEntity<typeof CreditVersion>;
