import { clock } from '../clock.js';
import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { SAFETY_FINDING_STATES, type MeetingDecision } from '@wuye/domain';
import { Agency, LeaseContract, LeaseUnit } from './leasing.js';
import { Department } from './registry.js';

/**
 * Safety of let units and the working group's meetings (issue 14, seed part 4 §7–8). A check of one let unit records
 * its findings; each finding goes round the closed loop's states (@wuye/domain leasing/safety.ts) with a timeline,
 * and may be referred to the department whose remit covers its category. Meetings reuse the platform's meeting
 * notice (campaign/notice.ts) and record their decisions.
 */

export const LeaseSafetyCheck = defineEntity({
  name: 'LeaseSafetyCheck',
  tableName: 'lease_safety_check',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    agency: () => p.manyToOne(Agency).index(),
    unit: () => p.manyToOne(LeaseUnit).index(),
    /** The contract the unit was let under on the day. */
    contract: () => p.manyToOne(LeaseContract).nullable().index(),
    checkedOn: p.date().index(),
    inspectors: p.string().length(200),
    note: p.text().nullable(),
    createdById: p.integer(),
    createdAt: p.datetime().onCreate(() => clock.now()),
  }),
});
export type LeaseSafetyCheck = InferEntity<typeof LeaseSafetyCheck>;

export const LeaseSafetyFinding = defineEntity({
  name: 'LeaseSafetyFinding',
  tableName: 'lease_safety_finding',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    agency: () => p.manyToOne(Agency).index(),
    check: () => p.manyToOne(LeaseSafetyCheck).index(),
    unit: () => p.manyToOne(LeaseUnit).index(),
    contract: () => p.manyToOne(LeaseContract).nullable(),
    /** A code of SAFETY_ITEMS and the platform issue category it is filed under. */
    item: p.string().length(30),
    category: p.string().length(30),
    description: p.text(),
    state: p.enum([...SAFETY_FINDING_STATES]).index(),
    measures: p.text().nullable(),
    /** YYYY-MM-DD, Asia/Shanghai; set by the rectification notice. */
    deadline: p.date().nullable(),
    /** Who keyed in the tenant's report (the verifier must be someone else). */
    submittedById: p.integer().nullable(),
    /** The enforcing department it was referred to. */
    department: () => p.manyToOne(Department).nullable().index(),
    referredAt: p.datetime().nullable(),
    closedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => clock.now()),
    updatedAt: p
      .datetime()
      .onCreate(() => clock.now())
      .onUpdate(() => clock.now()),
  }),
});
export type LeaseSafetyFinding = InferEntity<typeof LeaseSafetyFinding>;

/** The finding's timeline: who, when, what, from and to which state, with the note. */
export const LeaseSafetyEvent = defineEntity({
  name: 'LeaseSafetyEvent',
  tableName: 'lease_safety_event',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    finding: () => p.manyToOne(LeaseSafetyFinding).index(),
    action: p.string().length(20),
    fromState: p.string().length(20).nullable(),
    toState: p.string().length(20),
    actorId: p.integer().nullable(),
    actorName: p.string().length(50),
    at: p.datetime(),
    note: p.text().nullable(),
  }),
});
export type LeaseSafetyEvent = InferEntity<typeof LeaseSafetyEvent>;

/** A working-group meeting with its notice (the platform's meeting notice) and, afterwards, its decisions. */
export const LeaseMeeting = defineEntity({
  name: 'LeaseMeeting',
  tableName: 'lease_meeting',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    agency: () => p.manyToOne(Agency).index(),
    title: p.string().length(200),
    heldAt: p.datetime().index(),
    location: p.string().length(200),
    agenda: p.text(),
    participants: p.json<string[]>(),
    notice: p.text(),
    noticeDate: p.date(),
    contactPhone: p.string().length(30).nullable(),
    minutes: p.text().nullable(),
    decisions: p.json<MeetingDecision[]>(),
    decidedAt: p.datetime().nullable(),
    createdById: p.integer(),
    createdAt: p.datetime().onCreate(() => clock.now()),
  }),
});
export type LeaseMeeting = InferEntity<typeof LeaseMeeting>;
