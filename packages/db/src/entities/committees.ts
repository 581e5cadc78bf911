import { clock } from '../clock.js';
import { defineEntity, type InferEntity } from '@mikro-orm/core';
import {
  ASSEMBLY_FORMS,
  BALLOT_CHANNELS,
  COMMITTEE_POSITIONS,
  COUNTER_ROLES,
  ELECTION_STATUSES,
  NOMINATION_ROUTES,
  type DutyResult,
  type Tally,
  type Weight,
} from '@wuye/domain';
import { Community } from './registry.js';

/**
 * Owners' committees and their elections (issue 13). Rules are in @wuye/domain (committees/); areas are integers in
 * hundredths of m². Ballot secrecy: a ballot row never names its unit; that a unit voted is its roll row's `channel`.
 */

/** 专有部分: one exclusive unit of a community, as the owners' sheet lists it. */
export const OwnerUnit = defineEntity({
  name: 'OwnerUnit',
  tableName: 'owner_unit',
  uniques: [{ properties: ['community', 'building', 'unitNo', 'room'] }],
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    community: () => p.manyToOne(Community).index(),
    building: p.string().length(20),
    /** 单元 (stairwell); empty when the building has none. */
    unitNo: p.string().length(20).default(''),
    room: p.string().length(20),
    areaCenti: p.integer(),
    createdAt: p.datetime().onCreate(() => clock.now()),
    updatedAt: p
      .datetime()
      .onCreate(() => clock.now())
      .onUpdate(() => clock.now()),
  }),
});
export type OwnerUnit = InferEntity<typeof OwnerUnit>;

/**
 * An owner of record of a unit. Personal data: the name and phone are masked on output; the ID number is never kept,
 * only its masked form and its SHA-256 (the identity key that makes one owner of several units one voter).
 */
export const UnitOwner = defineEntity({
  name: 'UnitOwner',
  tableName: 'unit_owner',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    unit: () => p.manyToOne(OwnerUnit).index(),
    name: p.string().length(50),
    idKey: p.string().length(64).index(),
    idMasked: p.string().length(18),
    phone: p.string().length(30).nullable(),
  }),
});
export type UnitOwner = InferEntity<typeof UnitOwner>;

/** 业主委员会: one per term of a community, formed by an election; its members are the election's elected candidates. */
export const OwnersCommittee = defineEntity({
  name: 'OwnersCommittee',
  tableName: 'owners_committee',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    community: () => p.manyToOne(Community).index(),
    ruleSetCode: p.string().length(30),
    ruleSetVersion: p.integer(),
    termStart: p.date().nullable(),
    termEnd: p.date().nullable().index(),
    filedOn: p.date().nullable(),
    /** Who the committee was filed with (the township; the bureau). */
    filedWith: p.string().length(200).nullable(),
    /** The day the township was reminded that the term is ending (once per term). */
    remindedOn: p.date().nullable(),
    createdAt: p.datetime().onCreate(() => clock.now()),
  }),
});
export type OwnersCommittee = InferEntity<typeof OwnersCommittee>;

export const CommitteeElection = defineEntity({
  name: 'CommitteeElection',
  tableName: 'committee_election',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    committee: () => p.manyToOne(OwnersCommittee).index(),
    community: () => p.manyToOne(Community).index(),
    status: p
      .enum([...ELECTION_STATUSES])
      .default('PREPARING')
      .index(),
    /** 补选: fills vacant seats of the committee in term (seats = the vacancies); the term and officers stay. */
    supplementary: p.boolean().default(false),
    ruleSetCode: p.string().length(30),
    ruleSetVersion: p.integer(),
    seats: p.integer(),
    /** The first assembly (seed part 2 item 5.1): time, place, form and agenda, as the notice shows them. */
    assemblyAt: p.datetime().nullable(),
    assemblyPlace: p.string().length(200).nullable(),
    assemblyForm: p.enum([...ASSEMBLY_FORMS]).nullable(),
    agenda: p.text().nullable(),
    publicisedOn: p.date().nullable(),
    rollFrozenAt: p.datetime().nullable(),
    rollAreaCenti: p.integer().nullable(),
    rollHeadcount: p.integer().nullable(),
    codesIssuedAt: p.datetime().nullable(),
    opensAt: p.datetime().nullable(),
    closesAt: p.datetime().nullable(),
    countedAt: p.datetime().nullable(),
    /** The official count (domain `Tally`), kept as counted; the tie's settlement is recorded beside it. */
    result: p.json<Tally>().nullable(),
    ballotListHash: p.string().length(64).nullable(),
    /** The counters who signed the count (seed part 2 item 7.2: 由监票人签字), at least one of them a monitor. */
    signedOffBy: p.json<string[]>().nullable(),
    signedOffAt: p.datetime().nullable(),
    tieSettlement: p.json<{ candidateId: string; votes: number }[]>().nullable(),
    createdAt: p.datetime().onCreate(() => clock.now()),
    updatedAt: p
      .datetime()
      .onCreate(() => clock.now())
      .onUpdate(() => clock.now()),
  }),
});
export type CommitteeElection = InferEntity<typeof CommitteeElection>;

/** 筹备组 member: owners' representatives with the township's and the community's staff. */
export const PreparatoryMember = defineEntity({
  name: 'PreparatoryMember',
  tableName: 'preparatory_member',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    election: () => p.manyToOne(CommitteeElection).index(),
    name: p.string().length(50),
    /** 组长, 成员, 乡镇代表…, as the group writes it. */
    role: p.string().length(50),
  }),
});
export type PreparatoryMember = InferEntity<typeof PreparatoryMember>;

export const CommitteeCandidate = defineEntity({
  name: 'CommitteeCandidate',
  tableName: 'committee_candidate',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    election: () => p.manyToOne(CommitteeElection).index(),
    name: p.string().length(50),
    unit: () => p.manyToOne(OwnerUnit).nullable(),
    route: p.enum([...NOMINATION_ROUTES]),
    nominatedBy: p.string().length(200).nullable(),
    /** The group attests the seed's conditions (owner, full capacity, time for the work…) before the list is publicised. */
    eligibilityAttested: p.boolean().default(false),
    attestedBy: p.string().length(50).nullable(),
    elected: p.boolean().default(false),
    position: p.enum([...COMMITTEE_POSITIONS]).nullable(),
    officerVotes: p.integer().nullable(),
    /** The day an elected member left the committee (resigned, recalled…): the seat is vacant from then. */
    leftOn: p.date().nullable(),
    leftReason: p.string().length(200).nullable(),
  }),
});
export type CommitteeCandidate = InferEntity<typeof CommitteeCandidate>;

/** 监票人/计票人: named by the group, never a candidate. */
export const ElectionCounter = defineEntity({
  name: 'ElectionCounter',
  tableName: 'election_counter',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    election: () => p.manyToOne(CommitteeElection).index(),
    name: p.string().length(50),
    role: p.enum([...COUNTER_ROLES]),
  }),
});
export type ElectionCounter = InferEntity<typeof ElectionCounter>;

/** The frozen roll: one row per unit with its voter (units linked by an owner) and whether that voter has voted, by which channel. */
export const RollEntry = defineEntity({
  name: 'RollEntry',
  tableName: 'election_roll',
  uniques: [{ properties: ['election', 'unit'] }],
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    election: () => p.manyToOne(CommitteeElection).index(),
    unit: () => p.manyToOne(OwnerUnit).index(),
    voterKey: p.string().length(20).index(),
    areaCenti: p.integer(),
    /** Null until the unit's voter has voted ("has voted"); never linked to the ballot. */
    channel: p.enum([...BALLOT_CHANNELS]).nullable(),
    /** 书面委托: who voted on paper for the owner under a written proxy the group keeps. */
    proxyName: p.string().length(50).nullable(),
  }),
});
export type RollEntry = InferEntity<typeof RollEntry>;

/** A one-time voting code per unit; only its SHA-256 is kept, the code itself is printed once. Valid in the election's window. */
export const VotingCode = defineEntity({
  name: 'VotingCode',
  tableName: 'voting_code',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    election: () => p.manyToOne(CommitteeElection).index(),
    entry: () => p.manyToOne(RollEntry).unique(),
    codeHash: p.string().length(64).unique(),
  }),
});
export type VotingCode = InferEntity<typeof VotingCode>;

/** A ballot as counted: its receipt id, choices and the voter's area; never the unit. */
export const ElectionBallot = defineEntity({
  name: 'ElectionBallot',
  tableName: 'election_ballot',
  uniques: [{ properties: ['election', 'receiptId'] }],
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    election: () => p.manyToOne(CommitteeElection).index(),
    receiptId: p.string().length(32),
    choices: p.json<string[]>(),
    areaCenti: p.integer(),
    channel: p.enum([...BALLOT_CHANNELS]),
  }),
});
export type ElectionBallot = InferEntity<typeof ElectionBallot>;

/** One counter's entry of a paper ballot (by the serial on its stub); two counters enter each, and they must agree. */
export const PaperEntry = defineEntity({
  name: 'PaperEntry',
  tableName: 'paper_entry',
  uniques: [{ properties: ['election', 'paperNo', 'counter'] }],
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    election: () => p.manyToOne(CommitteeElection).index(),
    paperNo: p.string().length(32),
    counter: () => p.manyToOne(ElectionCounter),
    choices: p.json<string[]>(),
    areaCenti: p.integer(),
  }),
});
export type PaperEntry = InferEntity<typeof PaperEntry>;

/** 罢免提议: owners holding 20% or more of the exclusive area move to recall members. */
export const RecallMotion = defineEntity({
  name: 'RecallMotion',
  tableName: 'recall_motion',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    committee: () => p.manyToOne(OwnersCommittee).index(),
    movedOn: p.date(),
    memberIds: p.json<string[]>(),
    supporterUnitIds: p.json<string[]>(),
    supportingAreaCenti: p.integer(),
    totalAreaCenti: p.integer(),
    reason: p.text(),
    /** The assembly's vote on the motion: its day, outcome and figures (areas in hundredths of m²). */
    voteHeldOn: p.date().nullable(),
    outcome: p.enum(['CARRIED', 'DEFEATED'] as const).nullable(),
    vote: p.json<{ roll: Weight; participated: Weight; inFavour: Weight }>().nullable(),
  }),
});
export type RecallMotion = InferEntity<typeof RecallMotion>;

/** The township's review of a committee against its duties (seed part 2), one answer per duty. */
export const DutyReview = defineEntity({
  name: 'DutyReview',
  tableName: 'committee_duty_review',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    committee: () => p.manyToOne(OwnersCommittee).index(),
    reviewedOn: p.date(),
    reviewer: p.string().length(50),
    results: p.json<{ code: string; result: DutyResult }[]>(),
    note: p.text().nullable(),
  }),
});
export type DutyReview = InferEntity<typeof DutyReview>;
