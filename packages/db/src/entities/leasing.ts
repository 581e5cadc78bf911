import { clock } from '../clock.js';
import { defineEntity, type InferEntity } from '@mikro-orm/core';

/**
 * Leasing of an agency's state-owned property (issue 14, seed part 4). Rules are in @wuye/domain (leasing/); money is in
 * fen, meter counts in hundredths of a unit, dates `YYYY-MM-DD` in Asia/Shanghai. Every row belongs to one agency
 * (directly or through its unit, tender or contract); the agency's working group (AGENCY users) sees only its own.
 * Tenants are records on their contracts, not users.
 */

export const UNIT_STATES = ['VACANT', 'LISTED', 'LET'] as const;
export const TENDER_STATES = ['OPEN', 'AWARDED', 'WITHDRAWN'] as const;
export const BID_STATES = ['PLACED', 'WON', 'LOST'] as const;
export const CONTRACT_STATES = ['ACTIVE', 'FLAGGED', 'TERMINATED', 'RENEWED', 'ENDED'] as const;
export const TERMINATION_REASONS = ['ARREARS', 'POLICY'] as const;
export const INSTALMENT_STATES = ['OPEN', 'PAID', 'CANCELLED'] as const;
export const PAYMENT_KINDS = ['RENT', 'DEPOSIT', 'DEPOSIT_TOP_UP', 'DEPOSIT_REFUND', 'DEPOSIT_APPLIED', 'RENT_REFUND'] as const;
export const LOSS_STATES = ['BILLED', 'NEGATIVE', 'NO_TENANTS'] as const;
export const CONSENT_KINDS_DB = ['ALTERATION', 'SIGNAGE'] as const;

/** 机关: an agency whose property working group lets its buildings. */
export const Agency = defineEntity({
  name: 'Agency',
  tableName: 'agency',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    name: p.string().length(100).unique(),
    /** The working group's name as it signs (物业管理工作组). */
    groupName: p.string().length(100),
    createdAt: p.datetime().onCreate(() => clock.now()),
  }),
});
export type Agency = InferEntity<typeof Agency>;

/** A lettable unit (room or shop) with the agency's duties and the tenant's, as the seed divides them. */
export const LeaseUnit = defineEntity({
  name: 'LeaseUnit',
  tableName: 'lease_unit',
  uniques: [{ properties: ['agency', 'building', 'floor', 'room'] }],
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    agency: () => p.manyToOne(Agency).index(),
    building: p.string().length(50),
    floor: p.string().length(10),
    room: p.string().length(20),
    /** ROOM or SHOP. */
    kind: p.string().length(10),
    areaCenti: p.integer(),
    /** Trades the unit may be let for (codes of @wuye/domain TRADES). */
    permittedUse: p.json<string[]>(),
    condition: p.string().length(200),
    photos: p.json<string[]>(),
    /** 机关负责: main structure, lines before the meters. */
    agencyDuties: p.text(),
    /** 承租人负责: floors, drains, septic tanks, shutters, doors and windows, lines after the meters, fixtures. */
    tenantDuties: p.text(),
    state: p
      .enum([...UNIT_STATES])
      .default('VACANT')
      .index(),
    createdAt: p.datetime().onCreate(() => clock.now()),
  }),
});
export type LeaseUnit = InferEntity<typeof LeaseUnit>;

/** A water or electricity meter: a master meter (no parent) or a sub-meter of one, serving one unit. */
export const Meter = defineEntity({
  name: 'Meter',
  tableName: 'meter',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    agency: () => p.manyToOne(Agency).index(),
    kind: p.string().length(12),
    code: p.string().length(30),
    master: () => p.manyToOne(Meter).nullable().index(),
    unit: () => p.manyToOne(LeaseUnit).nullable().index(),
    /** Price in fen per unit (kWh, m³). */
    priceFen: p.integer(),
    createdAt: p.datetime().onCreate(() => clock.now()),
  }),
});
export type Meter = InferEntity<typeof Meter>;

/** 公开招租: a listing with its reference rent and the comparable units it was derived from. */
export const Tender = defineEntity({
  name: 'Tender',
  tableName: 'tender',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    agency: () => p.manyToOne(Agency).index(),
    unit: () => p.manyToOne(LeaseUnit).index(),
    referenceRentFen: p.integer(),
    /** Comparable units of the same area and quality: description and annual rent in fen. */
    referenceSources: p.json<{ description: string; annualRentFen: number }[]>(),
    opensOn: p.date(),
    closesOn: p.date(),
    state: p
      .enum([...TENDER_STATES])
      .default('OPEN')
      .index(),
    awardedBidId: p.integer().nullable(),
    /** The result as published on the public page. */
    resultPublishedOn: p.date().nullable(),
    /** Withdrawn before the award (撤销招租): when and why. */
    withdrawnOn: p.date().nullable(),
    withdrawalReason: p.string().length(500).nullable(),
    createdAt: p.datetime().onCreate(() => clock.now()),
  }),
});
export type Tender = InferEntity<typeof Tender>;

export const Bid = defineEntity({
  name: 'Bid',
  tableName: 'bid',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    tender: () => p.manyToOne(Tender).index(),
    bidderName: p.string().length(100),
    bidderContact: p.string().length(50),
    trade: p.string().length(30),
    annualRentFen: p.integer(),
    /** Term asked for, in months. */
    months: p.integer(),
    state: p.enum([...BID_STATES]).default('PLACED'),
    placedAt: p.datetime().onCreate(() => clock.now()),
  }),
});
export type Bid = InferEntity<typeof Bid>;

export const LeaseContract = defineEntity({
  name: 'LeaseContract',
  tableName: 'lease_contract',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    agency: () => p.manyToOne(Agency).index(),
    unit: () => p.manyToOne(LeaseUnit).index(),
    bid: () => p.manyToOne(Bid).nullable(),
    /** The contract this one renews. */
    previous: () => p.manyToOne(LeaseContract).nullable(),
    contractNo: p.string().length(30).unique(),
    tenantName: p.string().length(100),
    tenantContact: p.string().length(50),
    trade: p.string().length(30),
    startDate: p.date(),
    endDate: p.date().index(),
    months: p.integer(),
    annualRentFen: p.integer(),
    /** The deposit due under this contract (50% of the annual rent) and what the agency holds of it now. */
    depositFen: p.integer(),
    depositHeldFen: p.integer().default(0),
    policyCode: p.string().length(30),
    policyVersion: p.integer(),
    state: p
      .enum([...CONTRACT_STATES])
      .default('ACTIVE')
      .index(),
    flaggedOn: p.date().nullable(),
    terminatedOn: p.date().nullable(),
    terminationReason: p.enum([...TERMINATION_REASONS]).nullable(),
    terminationNote: p.text().nullable(),
    signedOn: p.date(),
    signedById: p.integer(),
    createdAt: p.datetime().onCreate(() => clock.now()),
  }),
});
export type LeaseContract = InferEntity<typeof LeaseContract>;

export const RentInstalment = defineEntity({
  name: 'RentInstalment',
  tableName: 'rent_instalment',
  uniques: [{ properties: ['contract', 'seq'] }],
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    contract: () => p.manyToOne(LeaseContract).index(),
    seq: p.integer(),
    periodStart: p.date(),
    periodEnd: p.date(),
    dueDate: p.date().index(),
    amountFen: p.integer(),
    paidFen: p.integer().default(0),
    state: p
      .enum([...INSTALMENT_STATES])
      .default('OPEN')
      .index(),
  }),
});
export type RentInstalment = InferEntity<typeof RentInstalment>;

/** Money in or out on a contract, each with its receipt number: rent, deposits, refunds, the deposit applied to arrears. */
export const LeasePayment = defineEntity({
  name: 'LeasePayment',
  tableName: 'lease_payment',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    contract: () => p.manyToOne(LeaseContract).index(),
    instalment: () => p.manyToOne(RentInstalment).nullable(),
    kind: p.enum([...PAYMENT_KINDS]),
    /** Positive: received; negative: paid out (a refund). */
    amountFen: p.integer(),
    paidOn: p.date(),
    receiptNo: p.string().length(30).unique(),
    recordedById: p.integer().nullable(),
    createdAt: p.datetime().onCreate(() => clock.now()),
  }),
});
export type LeasePayment = InferEntity<typeof LeasePayment>;

/** Written consent to alter the premises or put up a sign (装修改造、设置招牌须经书面同意), given by the head. */
export const LeaseConsent = defineEntity({
  name: 'LeaseConsent',
  tableName: 'lease_consent',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    contract: () => p.manyToOne(LeaseContract).index(),
    kind: p.enum([...CONSENT_KINDS_DB]),
    description: p.string().length(500),
    grantedOn: p.date(),
    approvedById: p.integer(),
    approvedByName: p.string().length(100),
    createdAt: p.datetime().onCreate(() => clock.now()),
  }),
});
export type LeaseConsent = InferEntity<typeof LeaseConsent>;

export const MeterReading = defineEntity({
  name: 'MeterReading',
  tableName: 'meter_reading',
  uniques: [{ properties: ['meter', 'period'] }],
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    meter: () => p.manyToOne(Meter).index(),
    /** YYYY-MM. */
    period: p.string().length(7),
    valueCenti: p.integer(),
    readOn: p.date(),
    recordedById: p.integer().nullable(),
  }),
});
export type MeterReading = InferEntity<typeof MeterReading>;

/** The month's loss on a master meter: billed among its tenants, or flagged when the sub-meters read above it. */
export const MeterLoss = defineEntity({
  name: 'MeterLoss',
  tableName: 'meter_loss',
  uniques: [{ properties: ['meter', 'period'] }],
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    meter: () => p.manyToOne(Meter).index(),
    period: p.string().length(7),
    lossCenti: p.integer(),
    lossFen: p.integer(),
    state: p.enum([...LOSS_STATES]),
  }),
});
export type MeterLoss = InferEntity<typeof MeterLoss>;

/** A tenant's monthly utility statement: own usage per sub-meter plus a share of each master meter's loss. */
export const UtilityStatement = defineEntity({
  name: 'UtilityStatement',
  tableName: 'utility_statement',
  uniques: [{ properties: ['contract', 'period'] }],
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    agency: () => p.manyToOne(Agency).index(),
    contract: () => p.manyToOne(LeaseContract).index(),
    period: p.string().length(7),
    lines: p.json<{ meterId: number; kind: string; usageCenti: number; priceFen: number; amountFen: number; lossShareFen: number }[]>(),
    usageFen: p.integer(),
    lossShareFen: p.integer(),
    totalFen: p.integer(),
    paidFen: p.integer().default(0),
    issuedOn: p.date(),
  }),
});
export type UtilityStatement = InferEntity<typeof UtilityStatement>;

/** Income with the tax due on it at the policy's rate (照章纳税). */
export const LeaseIncome = defineEntity({
  name: 'LeaseIncome',
  tableName: 'lease_income',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    agency: () => p.manyToOne(Agency).index(),
    payment: () => p.manyToOne(LeasePayment).nullable(),
    source: p.string().length(20),
    amountFen: p.integer(),
    taxFen: p.integer(),
    taxRateBp: p.integer(),
    receivedOn: p.date().index(),
  }),
});
export type LeaseIncome = InferEntity<typeof LeaseIncome>;

export const SPENDING_STATES_DB = ['AWAITING_SIGN', 'AWAITING_REVIEW', 'AWAITING_APPROVAL', 'APPROVED', 'REJECTED'] as const;

/** A spending request: the clerk signs, the deputy reviews, the head approves — three different people. */
export const SpendingRequest = defineEntity({
  name: 'SpendingRequest',
  tableName: 'spending_request',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    agency: () => p.manyToOne(Agency).index(),
    title: p.string().length(100),
    purpose: p.text(),
    amountFen: p.integer(),
    state: p
      .enum([...SPENDING_STATES_DB])
      .default('AWAITING_SIGN')
      .index(),
    requestedById: p.integer(),
    rejectionReason: p.text().nullable(),
    createdAt: p.datetime().onCreate(() => clock.now()),
  }),
});
export type SpendingRequest = InferEntity<typeof SpendingRequest>;

export const SpendingStep = defineEntity({
  name: 'SpendingStep',
  tableName: 'spending_step',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    request: () => p.manyToOne(SpendingRequest).index(),
    step: p.string().length(10),
    userId: p.integer(),
    userName: p.string().length(50),
    /** SIGNED or REJECTED. */
    decision: p.string().length(10),
    note: p.text().nullable(),
    at: p.datetime(),
  }),
});
export type SpendingStep = InferEntity<typeof SpendingStep>;
