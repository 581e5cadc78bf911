import {
  Agency,
  Bid,
  LeaseConsent,
  LeaseContract,
  LeaseIncome,
  LeasePayment,
  LeaseUnit,
  Meter,
  MeterLoss,
  MeterReading,
  RentInstalment,
  RuleError,
  SpendingRequest,
  SpendingStep,
  Tender,
  UtilityStatement,
  addMeter,
  arrearsRows,
  awardTender,
  confirmTermination,
  issueStatements,
  listUnit,
  placeBid,
  publishTender,
  recordPayment,
  recordReading,
  recordConsent,
  recordUtilityPayment,
  renewContract,
  rentRoll,
  rejectStep,
  requestSpending,
  signContract,
  signStep,
  terminateForPolicy,
  withdrawTender,
  type ArrearsRow,
  type LeasingActor,
  type RentRollRow,
} from '@wuye/db';
import {
  APPROVAL_STEPS,
  CONSENT_KINDS,
  CONTRACT_ACTIONS,
  LEASING_POLICIES,
  METER_KINDS,
  SPENDING_ACTIONS,
  SPENDING_STATES,
  STATEMENT_ACTIONS,
  TENDER_ACTIONS,
  TRADES,
  UNIT_ACTIONS,
  awaitsCaller,
  centiText,
  contractActions,
  leasingPolicyOn,
  maxTermMonths,
  messageFor,
  pendingStep,
  spendingActions,
  statementActions,
  tenderActions,
  text,
  unitActions,
  type ActionAvailability,
  type AgeingBuckets,
  type LeasingPolicy,
  type MessageKey,
  type SpendingState,
  type StepTaken,
  type Trade,
} from '@wuye/domain';
import type { EntityName } from '@mikro-orm/core';
import type { EnumRef, ObjectRef } from '@pothos/core';
import { builder, type Types } from '../builder.js';
import type { Context } from '../context.js';
import { ValidationError, notFound } from '../errors.js';
import { defineListQuery, idsWhere, likePattern } from '../paging.js';
import { and } from '../scoping.js';
import { nowOf, todayOf } from '../today.js';
import { parseId } from '../write.js';
import { WRITE_ERRORS } from './errors.js';

/**
 * Leasing of an agency's state-owned property (issue 14, docs/leasing.md). Only the agency's working group (AGENCY,
 * `lease:read` / `lease:manage`) sees any of it, and only its own agency's rows: every query is narrowed to the caller's
 * agency, and an id of another agency is not found. The one exception is the public page of published tender results.
 * Commands are in @wuye/db (leasing/service.ts, each with its own transaction and audit row), rules in @wuye/domain.
 */

const PUBLIC = { public: true } as const;
const READ = { perm: 'lease:read' } as const;
const MANAGE = { perm: 'lease:manage' } as const;

/** The caller's agency; -1 (matches nothing) for anyone else. */
export function agencyOf(ctx: Pick<Context, 'principal'>): number {
  const p = ctx.principal;
  return p?.role === 'AGENCY' && p.agencyId ? (parseId(p.agencyId) ?? -1) : -1;
}

function actorOf(ctx: Context): LeasingActor {
  return { principal: ctx.principal!, name: ctx.user?.displayName ?? ctx.principal!.userId, ip: ctx.ip };
}

const ENTITY_OF_FIELD: Record<string, MessageKey> = {
  unitId: 'entity.leaseUnit',
  tenderId: 'entity.tender',
  bidId: 'entity.bid',
  contractId: 'entity.leaseContract',
  instalmentId: 'entity.instalment',
  meterId: 'entity.meter',
  requestId: 'entity.spendingRequest',
  statementId: 'entity.utilityStatement',
};

/**
 * Runs a command of the leasing service (which has its own transaction and audit row). A rule it breaks comes back
 * as a ValidationError naming the field; an id that does not exist or belongs to another agency as NotFoundError,
 * the same for both, so nothing tells one agency what another has.
 */
async function leasingCommand<T>(ctx: Context, run: (actor: LeasingActor) => Promise<T>): Promise<T> {
  try {
    return await run(actorOf(ctx));
  } catch (e) {
    if (e instanceof RuleError) {
      const missing = e.issues.find((i) => i.code === 'UNKNOWN_REFERENCE' || i.code === 'LEASE_AGENCY_MISMATCH');
      if (missing) throw notFound(ENTITY_OF_FIELD[missing.field] ?? 'entity.agency', String(missing.params?.id ?? ''), ctx.locale);
      throw ValidationError.fromIssues(e.issues, ctx.locale);
    }
    throw e;
  }
}

/** One row of the caller's agency by id, or null. */
async function ownRow<T extends object>(ctx: Context, entity: EntityName<T>, id: string, scope: (agencyId: number) => object): Promise<T | null> {
  const key = parseId(id);
  if (!key) return null;
  return (await ctx.em.findOne(entity, { id: key, ...scope(agencyOf(ctx)) } as never)) as T | null;
}

/** Loads rows by id for a dataloader, in the order asked. */
const byId =
  <T extends { id: number }>(entity: EntityName<T>) =>
  async (ids: readonly number[], ctx: Context): Promise<(T | Error)[]> => {
    const rows = (await ctx.em.find(entity, { id: { $in: [...ids] } } as never)) as T[];
    return ids.map((id) => rows.find((r) => r.id === id) ?? new Error(`${String(entity)} ${id} not found`));
  };

/** Loads children grouped by parent id for a dataloader. */
const childrenOf =
  <T extends object>(entity: EntityName<T>, parent: string, orderBy: Record<string, 'asc' | 'desc'>) =>
  async (ids: readonly number[], ctx: Context): Promise<T[][]> => {
    const rows = (await ctx.em.find(entity, { [parent]: { $in: [...ids] } } as never, { orderBy: orderBy as never })) as T[];
    const key = (r: T) => (r as Record<string, { id: number }>)[parent]!.id;
    return ids.map((id) => rows.filter((r) => key(r) === id));
  };

// ---------------------------------------------------------------------------------------------------------------
// Enums

export const LeaseTradeEnum = builder.enumType('LeaseTrade', { values: TRADES });
export const LeaseUnitKindEnum = builder.enumType('LeaseUnitKind', { values: ['ROOM', 'SHOP'] as const });
export const LeaseUnitStateEnum = builder.enumType('LeaseUnitState', { values: ['VACANT', 'LISTED', 'LET'] as const });
export const TenderStateEnum = builder.enumType('TenderState', { values: ['OPEN', 'AWARDED', 'WITHDRAWN'] as const });
export const BidStateEnum = builder.enumType('BidState', { values: ['PLACED', 'WON', 'LOST'] as const });
export const LeaseContractStateEnum = builder.enumType('LeaseContractState', { values: ['ACTIVE', 'FLAGGED', 'TERMINATED', 'RENEWED', 'ENDED'] as const });
export const TerminationReasonEnum = builder.enumType('LeaseTerminationReason', { values: ['ARREARS', 'POLICY'] as const });
export const InstalmentStateEnum = builder.enumType('RentInstalmentState', { values: ['OPEN', 'PAID', 'CANCELLED'] as const });
export const LeasePaymentKindEnum = builder.enumType('LeasePaymentKind', {
  values: ['RENT', 'DEPOSIT', 'DEPOSIT_TOP_UP', 'DEPOSIT_REFUND', 'DEPOSIT_APPLIED', 'RENT_REFUND'] as const,
});
export const MeterKindEnum = builder.enumType('MeterKind', { values: METER_KINDS });
export const LeaseConsentKindEnum = builder.enumType('LeaseConsentKind', { values: CONSENT_KINDS });
export const MeterLossStateEnum = builder.enumType('MeterLossState', { values: ['BILLED', 'NEGATIVE', 'NO_TENANTS'] as const });
export const SpendingStateEnum = builder.enumType('SpendingState', { values: SPENDING_STATES });
export const ApprovalStepEnum = builder.enumType('ApprovalStep', { values: APPROVAL_STEPS });
const ContractActionEnum = builder.enumType('LeaseContractAction', { values: CONTRACT_ACTIONS });
const TenderActionEnum = builder.enumType('TenderAction', { values: TENDER_ACTIONS });
const UnitActionEnum = builder.enumType('LeaseUnitAction', { values: UNIT_ACTIONS });
const SpendingActionEnum = builder.enumType('SpendingAction', { values: SPENDING_ACTIONS });
const StatementActionEnum = builder.enumType('UtilityStatementAction', { values: STATEMENT_ACTIONS });

function actionRef<A extends string>(name: string, actionEnum: EnumRef<Types, A, A>) {
  return builder.objectRef<ActionAvailability<A>>(name).implement({
    description: 'An action the caller may take, and whether it can be taken now (with the rule that stops it)',
    authScopes: READ,
    fields: (t) => ({
      action: t.field({ type: actionEnum, resolve: (a) => a.action as never }),
      available: t.exposeBoolean('available'),
      reason: t.string({ nullable: true, resolve: (a, _a, ctx) => (a.reason ? messageFor(a.reason, ctx.locale) : null) }),
    }),
  });
}
const ContractActionRef = actionRef('LeaseContractAvailableAction', ContractActionEnum);
const TenderActionRef = actionRef('TenderAvailableAction', TenderActionEnum);
const UnitActionRef = actionRef('LeaseUnitAvailableAction', UnitActionEnum);
const SpendingActionRef = actionRef('SpendingAvailableAction', SpendingActionEnum);
const StatementActionRef = actionRef('UtilityStatementAvailableAction', StatementActionEnum);

// ---------------------------------------------------------------------------------------------------------------
// Policy

const TradeRuleRef = builder.objectRef<{ trade: Trade; policy: LeasingPolicy }>('LeaseTradeRule').implement({
  authScopes: READ,
  fields: (t) => ({
    trade: t.field({ type: LeaseTradeEnum, resolve: (r) => r.trade }),
    label: t.string({ resolve: (r, _a, ctx) => text(`leasing.trades.${r.trade}` as MessageKey, ctx.locale) }),
    prohibited: t.boolean({ resolve: (r) => r.policy.prohibitedTrades.includes(r.trade) }),
    maxMonths: t.int({
      description: 'Longest term allowed (0 for a prohibited trade)',
      resolve: (r) => (r.policy.prohibitedTrades.includes(r.trade) ? 0 : maxTermMonths(r.trade, r.policy)),
    }),
  }),
});

const LeasingPolicyRef = builder.objectRef<LeasingPolicy>('LeasingPolicy').implement({
  description: 'The leasing policy as versioned data (docs/leasing.md)',
  authScopes: READ,
  fields: (t) => ({
    code: t.exposeString('code'),
    version: t.exposeInt('version'),
    label: t.string({ resolve: (p, _a, ctx) => p.label[ctx.locale] }),
    effectiveFrom: t.expose('effectiveFrom', { type: 'Date' }),
    standardMaxMonths: t.exposeInt('standardMaxMonths'),
    specialMaxMonths: t.exposeInt('specialMaxMonths'),
    depositRateBp: t.exposeInt('depositRateBp'),
    taxRateBp: t.exposeInt('taxRateBp'),
    instalmentMonths: t.exposeInt('instalmentMonths'),
    ageingBucketDays: t.intList({ resolve: (p) => [...p.ageingBucketDays] }),
    trades: t.field({ type: [TradeRuleRef], resolve: (p) => TRADES.map((trade) => ({ trade, policy: p })) }),
  }),
});

builder.queryField('leasingPolicy', (t) =>
  t.field({
    type: LeasingPolicyRef,
    description: 'The leasing policy in force today (or on `on`)',
    authScopes: READ,
    args: { on: t.arg({ type: 'Date', required: false }) },
    resolve: (_r, a, ctx) => leasingPolicyOn(a.on ?? todayOf(ctx)) ?? LEASING_POLICIES[0]!,
  }),
);

// ---------------------------------------------------------------------------------------------------------------
// Object types

export const LeaseUnitRef = builder.objectRef<LeaseUnit>('LeaseUnit');
export const MeterRef = builder.objectRef<Meter>('Meter');
export const TenderRef = builder.objectRef<Tender>('Tender');
export const BidRef = builder.objectRef<Bid>('Bid');
export const LeaseContractRef = builder.objectRef<LeaseContract>('LeaseContract');
export const RentInstalmentRef = builder.objectRef<RentInstalment>('RentInstalment');
export const LeasePaymentRef = builder.objectRef<LeasePayment>('LeasePayment');
export const MeterReadingRef = builder.objectRef<MeterReading>('MeterReading');
export const UtilityStatementRef = builder.objectRef<UtilityStatement>('UtilityStatement');
export const LeaseConsentRef = builder.objectRef<LeaseConsent>('LeaseConsent');
export const LeaseIncomeRef = builder.objectRef<LeaseIncome>('LeaseIncome');
export const SpendingRequestRef = builder.objectRef<SpendingRequest>('SpendingRequest');
export const SpendingStepRef = builder.objectRef<SpendingStep>('SpendingStep');

const unitLabel = (u: Pick<LeaseUnit, 'building' | 'floor' | 'room'>) => `${u.building} ${u.floor} ${u.room}`;
const areaText = (centi: number) => centiText(centi);

LeaseUnitRef.implement({
  description: '出租房屋 — a lettable room or shop with the agency’s duties and the tenant’s',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id'),
    building: t.exposeString('building'),
    floor: t.exposeString('floor'),
    room: t.exposeString('room'),
    label: t.string({ description: 'Building, floor and room', resolve: unitLabel }),
    kind: t.field({ type: LeaseUnitKindEnum, resolve: (u) => u.kind as 'ROOM' | 'SHOP' }),
    area: t.string({ description: 'Floor area in m², two decimals', resolve: (u) => areaText(u.areaCenti) }),
    permittedUse: t.field({ type: [LeaseTradeEnum], resolve: (u) => u.permittedUse as Trade[] }),
    condition: t.exposeString('condition'),
    photos: t.stringList({
      description: 'Its photos, each served to the working group at /files/lease-units/{id}/photos/{name} (added and removed there)',
      resolve: (u) => u.photos,
    }),
    agencyDuties: t.exposeString('agencyDuties', { description: '机关负责: main structure, lines before the meters' }),
    tenantDuties: t.exposeString('tenantDuties', { description: '承租人负责: floors, drains, septic tanks, shutters, doors, windows, lines after the meters' }),
    state: t.field({ type: LeaseUnitStateEnum, resolve: (u) => u.state }),
    meters: t.loadableList({
      type: MeterRef,
      description: 'The sub-meters serving the unit',
      load: childrenOf(Meter, 'unit', { id: 'asc' }),
      resolve: (u) => u.id,
    }),
    currentContract: t.field({
      type: LeaseContractRef,
      nullable: true,
      description: 'The contract in force (active or flagged), if any',
      resolve: async (u, _a, ctx) => ctx.em.findOne(LeaseContract, { unit: u.id, state: { $in: ['ACTIVE', 'FLAGGED'] } }, { orderBy: { startDate: 'desc' } }),
    }),
    availableActions: t.field({ type: [UnitActionRef], resolve: (u, _a, ctx) => unitActions(u, ctx.principal) }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

MeterRef.implement({
  description: '水电表 — a master meter or a sub-meter under one, serving a unit',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: MeterKindEnum, resolve: (m) => m.kind as 'WATER' | 'ELECTRICITY' }),
    code: t.exposeString('code'),
    isMaster: t.boolean({ resolve: (m) => !m.master }),
    masterId: t.id({ nullable: true, resolve: (m) => (m.master ? String(m.master.id) : null) }),
    unitId: t.id({ nullable: true, resolve: (m) => (m.unit ? String(m.unit.id) : null) }),
    unit: t.loadable({ type: LeaseUnitRef, nullable: true, load: byId(LeaseUnit), resolve: (m) => m.unit?.id ?? null }),
    priceFen: t.exposeInt('priceFen', { description: 'Price in fen per kWh or m³' }),
    lastReading: t.field({
      type: MeterReadingRef,
      nullable: true,
      resolve: (m, _a, ctx) => ctx.em.findOne(MeterReading, { meter: m.id }, { orderBy: { period: 'desc' } }),
    }),
  }),
});

const ReferenceSourceRef = builder.objectRef<{ description: string; annualRentFen: number }>('TenderReferenceSource').implement({
  description: 'A comparable unit of the same area and quality the reference rent was derived from',
  authScopes: READ,
  fields: (t) => ({ description: t.exposeString('description'), annualRentFen: t.exposeInt('annualRentFen') }),
});

TenderRef.implement({
  description: '公开招租 — a listing with its reference rent, publication period and bids',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id'),
    unitId: t.id({ resolve: (x) => String(x.unit.id) }),
    unit: t.loadable({ type: LeaseUnitRef, load: byId(LeaseUnit), resolve: (x) => x.unit.id }),
    referenceRentFen: t.exposeInt('referenceRentFen', { description: 'Average of the comparable units’ annual rents' }),
    referenceSources: t.field({ type: [ReferenceSourceRef], resolve: (x) => x.referenceSources }),
    opensOn: t.expose('opensOn', { type: 'Date' }),
    closesOn: t.expose('closesOn', { type: 'Date' }),
    state: t.field({ type: TenderStateEnum, resolve: (x) => x.state }),
    awardedBidId: t.id({ nullable: true, resolve: (x) => (x.awardedBidId ? String(x.awardedBidId) : null) }),
    resultPublishedOn: t.expose('resultPublishedOn', { type: 'Date', nullable: true }),
    withdrawnOn: t.expose('withdrawnOn', { type: 'Date', nullable: true, description: 'Withdrawn before the award (撤销招租)' }),
    withdrawalReason: t.exposeString('withdrawalReason', { nullable: true }),
    bids: t.loadableList({ type: BidRef, load: childrenOf(Bid, 'tender', { annualRentFen: 'desc', id: 'asc' }), resolve: (x) => x.id }),
    availableActions: t.field({
      type: [TenderActionRef],
      resolve: async (x, _a, ctx) => {
        const bidCount = await ctx.em.count(Bid, { tender: x.id, state: 'PLACED' });
        const signed = x.awardedBidId ? await ctx.em.findOne(LeaseContract, { bid: x.awardedBidId }, { fields: ['contractNo'] }) : null;
        const unit = await ctx.em.findOneOrFail(LeaseUnit, { id: x.unit.id });
        return tenderActions({ ...x, bidCount, signedContractNo: signed?.contractNo ?? null, unitState: unit.state }, ctx.principal, todayOf(ctx));
      },
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

BidRef.implement({
  description: 'A bid on a tender',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id'),
    tenderId: t.id({ resolve: (b) => String(b.tender.id) }),
    bidderName: t.exposeString('bidderName'),
    bidderContact: t.exposeString('bidderContact'),
    trade: t.field({ type: LeaseTradeEnum, resolve: (b) => b.trade as Trade }),
    annualRentFen: t.exposeInt('annualRentFen'),
    months: t.exposeInt('months', { description: 'Term asked for' }),
    state: t.field({ type: BidStateEnum, resolve: (b) => b.state }),
    placedAt: t.expose('placedAt', { type: 'DateTime' }),
  }),
});

const instalmentsOf = childrenOf(RentInstalment, 'contract', { seq: 'asc' });

LeaseContractRef.implement({
  description: '租赁合同 — a lease with its deposit, instalments and receipts',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id'),
    contractNo: t.exposeString('contractNo'),
    unitId: t.id({ resolve: (c) => String(c.unit.id) }),
    unit: t.loadable({ type: LeaseUnitRef, load: byId(LeaseUnit), resolve: (c) => c.unit.id }),
    bidId: t.id({ nullable: true, resolve: (c) => (c.bid ? String(c.bid.id) : null) }),
    previousId: t.id({ nullable: true, description: 'The contract this one renews', resolve: (c) => (c.previous ? String(c.previous.id) : null) }),
    renewedById: t.id({
      nullable: true,
      description: 'The contract renewing this one',
      resolve: async (c, _a, ctx) => {
        const next = await ctx.em.findOne(LeaseContract, { previous: c.id }, { fields: ['id'] });
        return next ? String(next.id) : null;
      },
    }),
    tenantName: t.exposeString('tenantName'),
    tenantContact: t.exposeString('tenantContact'),
    trade: t.field({ type: LeaseTradeEnum, resolve: (c) => c.trade as Trade }),
    startDate: t.expose('startDate', { type: 'Date' }),
    endDate: t.expose('endDate', { type: 'Date' }),
    months: t.exposeInt('months'),
    annualRentFen: t.exposeInt('annualRentFen'),
    depositFen: t.exposeInt('depositFen', { description: 'The deposit due (50% of the annual rent under policy v1)' }),
    depositHeldFen: t.exposeInt('depositHeldFen', { description: 'What the agency holds of it now' }),
    policyCode: t.exposeString('policyCode'),
    policyVersion: t.exposeInt('policyVersion'),
    state: t.field({ type: LeaseContractStateEnum, resolve: (c) => c.state }),
    flaggedOn: t.expose('flaggedOn', { type: 'Date', nullable: true }),
    terminatedOn: t.expose('terminatedOn', { type: 'Date', nullable: true }),
    terminationReason: t.field({ type: TerminationReasonEnum, nullable: true, resolve: (c) => c.terminationReason ?? null }),
    terminationNote: t.exposeString('terminationNote', { nullable: true }),
    signedOn: t.expose('signedOn', { type: 'Date' }),
    instalments: t.loadableList({ type: RentInstalmentRef, load: instalmentsOf, resolve: (c) => c.id }),
    payments: t.loadableList({
      type: LeasePaymentRef,
      description: 'Receipts and refunds, in order',
      load: childrenOf(LeasePayment, 'contract', { id: 'asc' }),
      resolve: (c) => c.id,
    }),
    owedFen: t.int({
      description: 'Still owed on open instalments (due or not)',
      resolve: async (c, _a, ctx) => (await ctx.em.find(RentInstalment, { contract: c.id, state: 'OPEN' })).reduce((s, i) => s + i.amountFen - i.paidFen, 0),
    }),
    overdueFen: t.int({
      description: 'Owed on instalments past their due date today (Asia/Shanghai)',
      resolve: async (c, _a, ctx) =>
        (await ctx.em.find(RentInstalment, { contract: c.id, state: 'OPEN', dueDate: { $lt: todayOf(ctx) } })).reduce((s, i) => s + i.amountFen - i.paidFen, 0),
    }),
    consents: t.loadableList({
      type: LeaseConsentRef,
      description: 'Written consents to alterations and signage, the earliest first',
      load: childrenOf(LeaseConsent, 'contract', { grantedOn: 'asc', id: 'asc' }),
      resolve: (c) => c.id,
    }),
    availableActions: t.field({
      type: [ContractActionRef],
      description: 'PAY, RENEW, TERMINATE_FOR_POLICY, CONFIRM_TERMINATION, RECORD_CONSENT for the caller today, with the reason when not',
      resolve: async (c, _a, ctx) =>
        contractActions({ state: c.state, instalments: await ctx.em.find(RentInstalment, { contract: c.id }) }, ctx.principal, todayOf(ctx)),
    }),
  }),
});

RentInstalmentRef.implement({
  description: '租金分期 — one half of the rent with its due date',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id'),
    contractId: t.id({ resolve: (i) => String(i.contract.id) }),
    contract: t.loadable({ type: LeaseContractRef, load: byId(LeaseContract), resolve: (i) => i.contract.id }),
    seq: t.exposeInt('seq'),
    periodStart: t.expose('periodStart', { type: 'Date' }),
    periodEnd: t.expose('periodEnd', { type: 'Date' }),
    dueDate: t.expose('dueDate', { type: 'Date' }),
    amountFen: t.exposeInt('amountFen'),
    paidFen: t.exposeInt('paidFen'),
    owedFen: t.int({ resolve: (i) => (i.state === 'OPEN' ? i.amountFen - i.paidFen : 0) }),
    state: t.field({ type: InstalmentStateEnum, resolve: (i) => i.state }),
    overdue: t.boolean({
      description: 'Unpaid (in part or whole) after its due date, today in Asia/Shanghai',
      resolve: (i, _a, ctx) => i.state === 'OPEN' && i.paidFen < i.amountFen && i.dueDate < todayOf(ctx),
    }),
  }),
});

LeasePaymentRef.implement({
  description: '收据 — money in (positive) or out (a refund, negative) on a contract',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id'),
    contractId: t.id({ resolve: (p) => String(p.contract.id) }),
    instalmentId: t.id({ nullable: true, resolve: (p) => (p.instalment ? String(p.instalment.id) : null) }),
    kind: t.field({ type: LeasePaymentKindEnum, resolve: (p) => p.kind }),
    amountFen: t.exposeInt('amountFen'),
    paidOn: t.expose('paidOn', { type: 'Date' }),
    receiptNo: t.exposeString('receiptNo'),
  }),
});

MeterReadingRef.implement({
  description: 'A monthly meter reading, in hundredths of a unit',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id'),
    meterId: t.id({ resolve: (r) => String(r.meter.id) }),
    meter: t.loadable({ type: MeterRef, load: byId(Meter), resolve: (r) => r.meter.id }),
    period: t.exposeString('period', { description: 'YYYY-MM' }),
    valueCenti: t.exposeInt('valueCenti'),
    value: t.string({ resolve: (r) => centiText(r.valueCenti) }),
    readOn: t.expose('readOn', { type: 'Date' }),
  }),
});

const MeterLossRef = builder.objectRef<MeterLoss>('MeterLoss').implement({
  description: 'The month’s loss on a master meter: billed among its tenants, or flagged (NEGATIVE) and not billed',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id'),
    meterId: t.id({ resolve: (l) => String(l.meter.id) }),
    meter: t.loadable({ type: MeterRef, load: byId(Meter), resolve: (l) => l.meter.id }),
    period: t.exposeString('period'),
    lossCenti: t.exposeInt('lossCenti'),
    lossFen: t.exposeInt('lossFen'),
    state: t.field({ type: MeterLossStateEnum, resolve: (l) => l.state }),
  }),
});

type StatementLine = UtilityStatement['lines'][number];
const StatementLineRef = builder.objectRef<StatementLine>('UtilityStatementLine').implement({
  description: 'Own usage on a sub-meter (amountFen) or the share of a master meter’s loss (lossShareFen)',
  authScopes: READ,
  fields: (t) => ({
    meterId: t.id({ resolve: (l) => String(l.meterId) }),
    meter: t.loadable({ type: MeterRef, load: byId(Meter), resolve: (l) => l.meterId }),
    kind: t.field({ type: MeterKindEnum, resolve: (l) => l.kind as 'WATER' | 'ELECTRICITY' }),
    usageCenti: t.exposeInt('usageCenti'),
    priceFen: t.exposeInt('priceFen'),
    amountFen: t.exposeInt('amountFen'),
    lossShareFen: t.exposeInt('lossShareFen'),
  }),
});

LeaseConsentRef.implement({
  description: '书面同意 — the head’s written consent to alter the premises or put up a sign; fixtures stay without compensation',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id'),
    contractId: t.id({ resolve: (x) => String(x.contract.id) }),
    kind: t.field({ type: LeaseConsentKindEnum, resolve: (x) => x.kind }),
    description: t.exposeString('description'),
    grantedOn: t.expose('grantedOn', { type: 'Date' }),
    approvedByName: t.exposeString('approvedByName'),
  }),
});

UtilityStatementRef.implement({
  description: '水电费账单 — a tenant’s monthly utility statement, billed apart from rent',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id'),
    contractId: t.id({ resolve: (s) => String(s.contract.id) }),
    contract: t.loadable({ type: LeaseContractRef, load: byId(LeaseContract), resolve: (s) => s.contract.id }),
    period: t.exposeString('period'),
    lines: t.field({ type: [StatementLineRef], resolve: (s) => s.lines }),
    usageFen: t.exposeInt('usageFen'),
    lossShareFen: t.exposeInt('lossShareFen'),
    totalFen: t.exposeInt('totalFen'),
    paidFen: t.exposeInt('paidFen'),
    owedFen: t.int({ description: 'Still to pay on the statement', resolve: (s) => Math.max(s.totalFen - s.paidFen, 0) }),
    issuedOn: t.expose('issuedOn', { type: 'Date' }),
    availableActions: t.field({
      type: [StatementActionRef],
      description: 'RECORD_PAYMENT for the caller, with the reason when not (the statement paid in full)',
      resolve: (s, _a, ctx) => statementActions(s, ctx.principal),
    }),
  }),
});

LeaseIncomeRef.implement({
  description: 'Rent income with the tax due on it (照章纳税); refunds are negative',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id'),
    source: t.field({ type: LeasePaymentKindEnum, resolve: (i) => i.source as 'RENT' }),
    amountFen: t.exposeInt('amountFen'),
    taxFen: t.exposeInt('taxFen'),
    taxRateBp: t.exposeInt('taxRateBp'),
    receivedOn: t.expose('receivedOn', { type: 'Date' }),
    payment: t.loadable({ type: LeasePaymentRef, nullable: true, load: byId(LeasePayment), resolve: (i) => i.payment?.id ?? null }),
  }),
});

SpendingStepRef.implement({
  description: 'A step taken on a spending request: who, when, signed or rejected, with the note',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id'),
    step: t.field({ type: ApprovalStepEnum, resolve: (s) => s.step as 'SIGN' }),
    userId: t.id({ resolve: (s) => String(s.userId) }),
    userName: t.exposeString('userName'),
    decision: t.exposeString('decision', { description: 'SIGNED or REJECTED' }),
    note: t.exposeString('note', { nullable: true }),
    at: t.expose('at', { type: 'DateTime' }),
  }),
});

const stepsOf = childrenOf(SpendingStep, 'request', { id: 'asc' });
const takenOf = (steps: SpendingStep[]): StepTaken[] => steps.map((s) => ({ step: s.step as StepTaken['step'], userId: String(s.userId) }));

SpendingRequestRef.implement({
  description: '开支申请 — signed by the clerk, reviewed by the deputy, approved by the head: three different people',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    purpose: t.exposeString('purpose'),
    amountFen: t.exposeInt('amountFen'),
    state: t.field({ type: SpendingStateEnum, resolve: (r) => r.state }),
    pendingStep: t.field({ type: ApprovalStepEnum, nullable: true, resolve: (r) => pendingStep(r.state as SpendingState) }),
    requestedById: t.id({ resolve: (r) => String(r.requestedById) }),
    rejectionReason: t.exposeString('rejectionReason', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    steps: t.loadableList({ type: SpendingStepRef, load: stepsOf, resolve: (r) => r.id }),
    availableActions: t.field({
      type: [SpendingActionRef],
      description: 'The pending step and REJECT, for the caller’s position',
      resolve: async (r, _a, ctx) =>
        spendingActions({ state: r.state as SpendingState }, takenOf(await ctx.em.find(SpendingStep, { request: r.id })), ctx.principal),
    }),
  }),
});

// ---------------------------------------------------------------------------------------------------------------
// Lists (paged, sorted, filtered; the caller's agency only)

const LeaseUnitFilter = builder.inputType('LeaseUnitFilter', {
  fields: (t) => ({
    q: t.string({ required: false, description: 'Text in the building, floor, room or condition' }),
    ids: t.idList({ required: false }),
    building: t.string({ required: false }),
    kind: t.field({ type: LeaseUnitKindEnum, required: false }),
    state: t.field({ type: LeaseUnitStateEnum, required: false }),
  }),
});

defineListQuery({
  name: 'leaseUnits',
  description: 'The agency’s lettable units, paged',
  entity: LeaseUnit,
  ref: LeaseUnitRef,
  sortFields: ['building', 'floor', 'room', 'areaCenti', 'state', 'createdAt'],
  filter: LeaseUnitFilter,
  permission: 'lease:read',
  where: (ctx, f) => {
    const like = f?.q ? likePattern(f.q) : null;
    return and<LeaseUnit>(
      { agency: agencyOf(ctx) },
      idsWhere(f?.ids),
      like ? { $or: [{ building: { $like: like } }, { floor: { $like: like } }, { room: { $like: like } }, { condition: { $like: like } }] } : {},
      f?.building ? { building: f.building } : {},
      f?.kind ? { kind: f.kind } : {},
      f?.state ? { state: f.state } : {},
    );
  },
});

const TenderFilter = builder.inputType('TenderFilter', {
  fields: (t) => ({
    ids: t.idList({ required: false }),
    unitId: t.id({ required: false }),
    state: t.field({ type: TenderStateEnum, required: false }),
  }),
});

defineListQuery({
  name: 'tenders',
  description: 'The agency’s tenders, paged',
  entity: Tender,
  ref: TenderRef,
  sortFields: ['opensOn', 'closesOn', 'referenceRentFen', 'state', 'createdAt'],
  filter: TenderFilter,
  permission: 'lease:read',
  where: (ctx, f) =>
    and<Tender>({ agency: agencyOf(ctx) }, idsWhere(f?.ids), f?.unitId ? { unit: parseId(f.unitId) ?? 0 } : {}, f?.state ? { state: f.state } : {}),
});

const LeaseContractFilter = builder.inputType('LeaseContractFilter', {
  fields: (t) => ({
    q: t.string({ required: false, description: 'Text in the contract number, tenant name or contact' }),
    ids: t.idList({ required: false }),
    unitId: t.id({ required: false }),
    state: t.field({ type: LeaseContractStateEnum, required: false }),
    trade: t.field({ type: LeaseTradeEnum, required: false }),
    endsFrom: t.field({ type: 'Date', required: false, description: 'Ends on or after' }),
    endsTo: t.field({ type: 'Date', required: false, description: 'Ends on or before' }),
  }),
});

defineListQuery({
  name: 'leaseContracts',
  description: 'The agency’s contracts, paged',
  entity: LeaseContract,
  ref: LeaseContractRef,
  sortFields: ['contractNo', 'tenantName', 'startDate', 'endDate', 'annualRentFen', 'state', 'signedOn'],
  filter: LeaseContractFilter,
  permission: 'lease:read',
  where: (ctx, f) => {
    const like = f?.q ? likePattern(f.q) : null;
    return and<LeaseContract>(
      { agency: agencyOf(ctx) },
      idsWhere(f?.ids),
      like ? { $or: [{ contractNo: { $like: like } }, { tenantName: { $like: like } }, { tenantContact: { $like: like } }] } : {},
      f?.unitId ? { unit: parseId(f.unitId) ?? 0 } : {},
      f?.state ? { state: f.state } : {},
      f?.trade ? { trade: f.trade } : {},
      f?.endsFrom ? { endDate: { $gte: f.endsFrom } } : {},
      f?.endsTo ? { endDate: { $lte: f.endsTo } } : {},
    );
  },
});

const RentInstalmentFilter = builder.inputType('RentInstalmentFilter', {
  fields: (t) => ({
    ids: t.idList({ required: false }),
    contractId: t.id({ required: false }),
    state: t.field({ type: InstalmentStateEnum, required: false }),
    dueFrom: t.field({ type: 'Date', required: false, description: 'Due on or after' }),
    dueTo: t.field({ type: 'Date', required: false, description: 'Due on or before' }),
    overdue: t.boolean({ required: false, description: 'Open and past its due date today (Asia/Shanghai)' }),
  }),
});

defineListQuery({
  name: 'rentInstalments',
  description: 'The payment calendar: the agency’s rent instalments by due date, paged',
  entity: RentInstalment,
  ref: RentInstalmentRef,
  sortFields: ['dueDate', 'amountFen', 'paidFen', 'state', 'seq'],
  filter: RentInstalmentFilter,
  permission: 'lease:read',
  where: (ctx, f) =>
    and<RentInstalment>(
      { contract: { agency: agencyOf(ctx) } },
      idsWhere(f?.ids),
      f?.contractId ? { contract: parseId(f.contractId) ?? 0 } : {},
      f?.state ? { state: f.state } : {},
      f?.dueFrom ? { dueDate: { $gte: f.dueFrom } } : {},
      f?.dueTo ? { dueDate: { $lte: f.dueTo } } : {},
      f?.overdue === true ? { state: 'OPEN', dueDate: { $lt: todayOf(ctx) } } : {},
      f?.overdue === false ? { $or: [{ state: { $ne: 'OPEN' } }, { dueDate: { $gte: todayOf(ctx) } }] } : {},
    ),
});

const LeasePaymentFilter = builder.inputType('LeasePaymentFilter', {
  fields: (t) => ({
    ids: t.idList({ required: false }),
    contractId: t.id({ required: false }),
    kind: t.field({ type: LeasePaymentKindEnum, required: false }),
    from: t.field({ type: 'Date', required: false }),
    to: t.field({ type: 'Date', required: false }),
  }),
});

defineListQuery({
  name: 'leasePayments',
  description: 'Receipts and refunds of the agency’s contracts, paged',
  entity: LeasePayment,
  ref: LeasePaymentRef,
  sortFields: ['paidOn', 'amountFen', 'receiptNo', 'kind'],
  filter: LeasePaymentFilter,
  permission: 'lease:read',
  where: (ctx, f) =>
    and<LeasePayment>(
      { contract: { agency: agencyOf(ctx) } },
      idsWhere(f?.ids),
      f?.contractId ? { contract: parseId(f.contractId) ?? 0 } : {},
      f?.kind ? { kind: f.kind } : {},
      f?.from ? { paidOn: { $gte: f.from } } : {},
      f?.to ? { paidOn: { $lte: f.to } } : {},
    ),
});

const MeterReadingFilter = builder.inputType('MeterReadingFilter', {
  fields: (t) => ({
    ids: t.idList({ required: false }),
    meterId: t.id({ required: false }),
    period: t.string({ required: false, description: 'YYYY-MM' }),
  }),
});

defineListQuery({
  name: 'meterReadings',
  description: 'Monthly readings of the agency’s meters, paged',
  entity: MeterReading,
  ref: MeterReadingRef,
  sortFields: ['period', 'readOn', 'valueCenti'],
  filter: MeterReadingFilter,
  permission: 'lease:read',
  where: (ctx, f) =>
    and<MeterReading>(
      { meter: { agency: agencyOf(ctx) } },
      idsWhere(f?.ids),
      f?.meterId ? { meter: parseId(f.meterId) ?? 0 } : {},
      f?.period ? { period: f.period } : {},
    ),
});

const UtilityStatementFilter = builder.inputType('UtilityStatementFilter', {
  fields: (t) => ({
    ids: t.idList({ required: false }),
    contractId: t.id({ required: false }),
    period: t.string({ required: false, description: 'YYYY-MM' }),
  }),
});

defineListQuery({
  name: 'utilityStatements',
  description: 'Tenants’ monthly utility statements, paged',
  entity: UtilityStatement,
  ref: UtilityStatementRef,
  sortFields: ['period', 'totalFen', 'issuedOn'],
  filter: UtilityStatementFilter,
  permission: 'lease:read',
  where: (ctx, f) =>
    and<UtilityStatement>(
      { agency: agencyOf(ctx) },
      idsWhere(f?.ids),
      f?.contractId ? { contract: parseId(f.contractId) ?? 0 } : {},
      f?.period ? { period: f.period } : {},
    ),
});

const LeaseIncomeFilter = builder.inputType('LeaseIncomeFilter', {
  fields: (t) => ({
    ids: t.idList({ required: false }),
    source: t.field({ type: LeasePaymentKindEnum, required: false }),
    from: t.field({ type: 'Date', required: false }),
    to: t.field({ type: 'Date', required: false }),
  }),
});

defineListQuery({
  name: 'leaseIncomes',
  description: 'Rent income with its tax, paged',
  entity: LeaseIncome,
  ref: LeaseIncomeRef,
  sortFields: ['receivedOn', 'amountFen', 'taxFen'],
  filter: LeaseIncomeFilter,
  permission: 'lease:read',
  where: (ctx, f) =>
    and<LeaseIncome>(
      { agency: agencyOf(ctx) },
      idsWhere(f?.ids),
      f?.source ? { source: f.source } : {},
      f?.from ? { receivedOn: { $gte: f.from } } : {},
      f?.to ? { receivedOn: { $lte: f.to } } : {},
    ),
});

const SpendingRequestFilter = builder.inputType('SpendingRequestFilter', {
  fields: (t) => ({
    q: t.string({ required: false, description: 'Text in the title or purpose' }),
    ids: t.idList({ required: false }),
    state: t.field({ type: SpendingStateEnum, required: false }),
  }),
});

defineListQuery({
  name: 'spendingRequests',
  description: 'The agency’s spending requests with their approval steps, paged',
  entity: SpendingRequest,
  ref: SpendingRequestRef,
  sortFields: ['title', 'amountFen', 'state', 'createdAt'],
  filter: SpendingRequestFilter,
  permission: 'lease:read',
  where: (ctx, f) => {
    const like = f?.q ? likePattern(f.q) : null;
    return and<SpendingRequest>(
      { agency: agencyOf(ctx) },
      idsWhere(f?.ids),
      like ? { $or: [{ title: { $like: like } }, { purpose: { $like: like } }] } : {},
      f?.state ? { state: f.state } : {},
    );
  },
});

// ---------------------------------------------------------------------------------------------------------------
// Single rows and read models

const one = <T extends object>(name: string, ref: ObjectRef<Types, T>, entity: EntityName<T>, scope: (a: number) => object, description: string) =>
  builder.queryField(name, (t) =>
    t.field({
      type: ref,
      nullable: true,
      description: `${description}; null when it does not exist or belongs to another agency`,
      authScopes: READ,
      args: { id: t.arg.id({ required: true }) },
      resolve: (_r, a, ctx) => ownRow(ctx, entity, String(a.id), scope) as never,
    }),
  );

one('leaseUnit', LeaseUnitRef, LeaseUnit, (a) => ({ agency: a }), 'A unit of the caller’s agency');
one('tender', TenderRef, Tender, (a) => ({ agency: a }), 'A tender of the caller’s agency');
one('leaseContract', LeaseContractRef, LeaseContract, (a) => ({ agency: a }), 'A contract of the caller’s agency');
one('utilityStatement', UtilityStatementRef, UtilityStatement, (a) => ({ agency: a }), 'A utility statement of the caller’s agency');
one('spendingRequest', SpendingRequestRef, SpendingRequest, (a) => ({ agency: a }), 'A spending request of the caller’s agency');

builder.queryField('meters', (t) =>
  t.field({
    type: [MeterRef],
    description: 'The agency’s meters: master meters first, each followed by its sub-meters',
    authScopes: READ,
    args: { kind: t.arg({ type: MeterKindEnum, required: false }) },
    resolve: async (_r, a, ctx) => {
      const all = await ctx.em.find(Meter, { agency: agencyOf(ctx), ...(a.kind ? { kind: a.kind } : {}) }, { orderBy: { id: 'asc' } });
      return all.filter((m) => !m.master).flatMap((m) => [m, ...all.filter((s) => s.master?.id === m.id)]);
    },
  }),
);

builder.queryField('meterLosses', (t) =>
  t.field({
    type: [MeterLossRef],
    description: 'Losses on the master meters in a month (YYYY-MM)',
    authScopes: READ,
    args: { period: t.arg.string({ required: true }) },
    resolve: (_r, a, ctx) => ctx.em.find(MeterLoss, { meter: { agency: agencyOf(ctx) }, period: a.period }, { orderBy: { meter: 'asc' } }),
  }),
);

const AgeingRef = builder.objectRef<AgeingBuckets & { policy: LeasingPolicy }>('ArrearsAgeing').implement({
  description: '欠租账龄: what is owed by days past due (buckets per the policy: 1–30, 31–90, 91–180, over 180)',
  authScopes: READ,
  fields: (t) => ({
    notDueFen: t.exposeInt('notDueFen'),
    overdueFen: t.exposeInt('overdueFen'),
    bucketsFen: t.intList({ resolve: (a) => a.bucketsFen }),
    bucketLabels: t.stringList({
      description: 'Labels of bucketsFen, e.g. 1–30 天',
      resolve: (a, _x, ctx) => {
        const d = a.policy.ageingBucketDays;
        const unit = ctx.locale === 'en' ? ' days' : ' 天';
        return [...d.map((to, i) => `${(d[i - 1] ?? 0) + 1}–${to}${unit}`), `> ${d[d.length - 1]}${unit}`];
      },
    }),
  }),
});

/** Ageing buckets are read with the latest policy's bounds. */
const policyOfRow = (_row: object) => LEASING_POLICIES[LEASING_POLICIES.length - 1]!;

const RentRollRowRef = builder.objectRef<RentRollRow>('RentRollRow').implement({
  description: '租金台账 — a contract in force with what was due, paid and owed on the date',
  authScopes: READ,
  fields: (t) => ({
    contractId: t.id({ resolve: (r) => String(r.contractId) }),
    contractNo: t.exposeString('contractNo'),
    unitId: t.id({ resolve: (r) => String(r.unitId) }),
    unit: t.loadable({ type: LeaseUnitRef, load: byId(LeaseUnit), resolve: (r) => r.unitId }),
    tenantName: t.exposeString('tenantName'),
    trade: t.field({ type: LeaseTradeEnum, resolve: (r) => r.trade as Trade }),
    startDate: t.expose('startDate', { type: 'Date' }),
    endDate: t.expose('endDate', { type: 'Date' }),
    state: t.field({ type: LeaseContractStateEnum, resolve: (r) => r.state as 'ACTIVE' }),
    annualRentFen: t.exposeInt('annualRentFen'),
    depositHeldFen: t.exposeInt('depositHeldFen'),
    dueFen: t.exposeInt('dueFen', { description: 'Rent of the instalments due by the date' }),
    paidFen: t.exposeInt('paidFen', { description: 'Paid of those' }),
    nextDueDate: t.expose('nextDueDate', { type: 'Date', nullable: true }),
    ageing: t.field({ type: AgeingRef, resolve: (r) => ({ ...r.ageing, policy: policyOfRow(r) }) }),
  }),
});

const ArrearsRowRef = builder.objectRef<ArrearsRow>('ArrearsRow').implement({
  description: '欠租 — a contract with rent past due and unpaid on the date (a terminated one too, when the deposit did not cover it)',
  authScopes: READ,
  fields: (t) => ({
    contractId: t.id({ resolve: (r) => String(r.contractId) }),
    contractNo: t.exposeString('contractNo'),
    unitId: t.id({ resolve: (r) => String(r.unitId) }),
    unit: t.loadable({ type: LeaseUnitRef, load: byId(LeaseUnit), resolve: (r) => r.unitId }),
    tenantName: t.exposeString('tenantName'),
    state: t.field({ type: LeaseContractStateEnum, resolve: (r) => r.state as 'ACTIVE' }),
    oldestDueDate: t.expose('oldestDueDate', { type: 'Date' }),
    daysPastDue: t.exposeInt('daysPastDue'),
    overdueFen: t.int({ resolve: (r) => r.ageing.overdueFen }),
    ageing: t.field({ type: AgeingRef, resolve: (r) => ({ ...r.ageing, policy: policyOfRow(r) }) }),
  }),
});

const ArrearsReportRef = builder.objectRef<{ asOf: string; rows: ArrearsRow[] }>('ArrearsReport').implement({
  authScopes: READ,
  fields: (t) => ({
    asOf: t.expose('asOf', { type: 'Date' }),
    rows: t.field({ type: [ArrearsRowRef], resolve: (r) => r.rows }),
    total: t.field({
      type: AgeingRef,
      resolve: (r) => {
        const policy = policyOfRow({});
        const bucketsFen = new Array<number>(policy.ageingBucketDays.length + 1).fill(0);
        for (const row of r.rows) row.ageing.bucketsFen.forEach((v, i) => (bucketsFen[i]! += v));
        return { notDueFen: 0, bucketsFen, overdueFen: bucketsFen.reduce((s, x) => s + x, 0), policy };
      },
    }),
  }),
});

builder.queryField('rentRoll', (t) =>
  t.field({
    type: [RentRollRowRef],
    description: '租金台账 on a date (default today): the contracts in force, by contract number',
    authScopes: READ,
    args: { asOf: t.arg({ type: 'Date', required: false }) },
    resolve: (_r, a, ctx) => rentRoll(ctx.em, agencyOf(ctx), a.asOf ?? todayOf(ctx)),
  }),
);

builder.queryField('leaseArrears', (t) =>
  t.field({
    type: ArrearsReportRef,
    description: 'Arrears with their ageing on a date (default today), the oldest first',
    authScopes: READ,
    args: { asOf: t.arg({ type: 'Date', required: false }) },
    resolve: async (_r, a, ctx) => {
      const asOf = a.asOf ?? todayOf(ctx);
      return { asOf, rows: await arrearsRows(ctx.em, agencyOf(ctx), asOf) };
    },
  }),
);

builder.queryField('approvalsInbox', (t) =>
  t.field({
    type: [SpendingRequestRef],
    description: 'Spending requests waiting for the caller: the pending step is of their position and they took no earlier step',
    authScopes: READ,
    resolve: async (_r, _a, ctx) => {
      const pending = await ctx.em.find(
        SpendingRequest,
        { agency: agencyOf(ctx), state: { $in: ['AWAITING_SIGN', 'AWAITING_REVIEW', 'AWAITING_APPROVAL'] } },
        { orderBy: { createdAt: 'asc', id: 'asc' } },
      );
      if (pending.length === 0) return [];
      const steps = await ctx.em.find(SpendingStep, { request: { $in: pending.map((r) => r.id) } });
      return pending.filter((r) => awaitsCaller({ state: r.state as SpendingState }, takenOf(steps.filter((s) => s.request.id === r.id)), ctx.principal));
    },
  }),
);

// ---------------------------------------------------------------------------------------------------------------
// The public page: published tender results (no login)

interface PublishedTender {
  tender: Tender;
  unit: LeaseUnit;
  agency: Agency;
  winner: Bid | null;
  bidCount: number;
}

const PublicTenderResultRef = builder.objectRef<PublishedTender>('PublicTenderResult').implement({
  description: '招租结果公示 — an awarded tender as published: the unit, the reference rent, the period and the winning bid',
  authScopes: PUBLIC,
  fields: (t) => ({
    tenderId: t.id({ resolve: (p) => String(p.tender.id) }),
    agencyName: t.string({ resolve: (p) => p.agency.name }),
    unitLabel: t.string({ resolve: (p) => unitLabel(p.unit) }),
    unitKind: t.field({ type: LeaseUnitKindEnum, resolve: (p) => p.unit.kind as 'ROOM' | 'SHOP' }),
    area: t.string({ resolve: (p) => areaText(p.unit.areaCenti) }),
    referenceRentFen: t.int({ resolve: (p) => p.tender.referenceRentFen }),
    opensOn: t.field({ type: 'Date', resolve: (p) => p.tender.opensOn }),
    closesOn: t.field({ type: 'Date', resolve: (p) => p.tender.closesOn }),
    resultPublishedOn: t.field({ type: 'Date', resolve: (p) => p.tender.resultPublishedOn! }),
    bidCount: t.exposeInt('bidCount'),
    winnerName: t.string({ nullable: true, resolve: (p) => p.winner?.bidderName ?? null }),
    winningRentFen: t.int({ nullable: true, resolve: (p) => p.winner?.annualRentFen ?? null }),
    winningTrade: t.field({ type: LeaseTradeEnum, nullable: true, resolve: (p) => (p.winner?.trade as Trade) ?? null }),
    winningMonths: t.int({ nullable: true, resolve: (p) => p.winner?.months ?? null }),
  }),
});

builder.queryField('publishedTenderResults', (t) =>
  t.field({
    type: [PublicTenderResultRef],
    description: 'Published results of public tenders, newest first (no login needed; bidder contacts are never shown)',
    authScopes: PUBLIC,
    args: { limit: t.arg.int({ required: false, defaultValue: 50, description: 'At most 200' }) },
    resolve: async (_r, a, ctx) => {
      const tenders = await ctx.em.find(
        Tender,
        { state: 'AWARDED', resultPublishedOn: { $ne: null, $lte: todayOf(ctx) } },
        { orderBy: { resultPublishedOn: 'desc', id: 'desc' }, limit: Math.min(Math.max(a.limit ?? 50, 1), 200), populate: ['unit', 'agency'] },
      );
      if (tenders.length === 0) return [];
      const bids = await ctx.em.find(Bid, { tender: { $in: tenders.map((x) => x.id) } });
      return tenders.map((tender) => ({
        tender,
        unit: tender.unit,
        agency: tender.agency,
        winner: bids.find((b) => b.id === tender.awardedBidId) ?? null,
        bidCount: bids.filter((b) => b.tender.id === tender.id).length,
      }));
    },
  }),
);

// ---------------------------------------------------------------------------------------------------------------
// Mutations: one per command of the leasing service

const UnitInput = builder.inputType('LeaseUnitInput', {
  fields: (t) => ({
    building: t.string({ required: true }),
    floor: t.string({ required: true }),
    room: t.string({ required: true }),
    kind: t.field({ type: LeaseUnitKindEnum, required: true }),
    area: t.string({ required: true, description: 'm², at most two decimals' }),
    permittedUse: t.field({ type: [LeaseTradeEnum], required: true }),
    condition: t.string({ required: true }),
    agencyDuties: t.string({ required: false, description: 'Default: main structure, lines before the meters' }),
    tenantDuties: t.string({ required: false, description: 'Default: the seed’s list of the tenant’s duties' }),
  }),
});

builder.mutationField('listLeaseUnit', (t) =>
  t.field({
    type: LeaseUnitRef,
    description: 'Records a lettable unit (VACANT)',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { input: t.arg({ type: UnitInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      leasingCommand(ctx, (actor) =>
        listUnit(ctx.em, actor, {
          ...input,
          permittedUse: [...input.permittedUse],
          agencyDuties: input.agencyDuties ?? undefined,
          tenantDuties: input.tenantDuties ?? undefined,
        }),
      ),
  }),
);

const MeterInput = builder.inputType('MeterInput', {
  fields: (t) => ({
    kind: t.field({ type: MeterKindEnum, required: true }),
    code: t.string({ required: true }),
    masterId: t.id({ required: false, description: 'A sub-meter’s master meter; none for a master meter' }),
    unitId: t.id({ required: false, description: 'The unit a sub-meter serves' }),
    priceFen: t.int({ required: true, description: 'Fen per kWh or m³' }),
  }),
});

builder.mutationField('addMeter', (t) =>
  t.field({
    type: MeterRef,
    description: 'Adds a master meter or a sub-meter under one',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { input: t.arg({ type: MeterInput, required: true }) },
    resolve: (_r, { input }, ctx) => leasingCommand(ctx, (actor) => addMeter(ctx.em, actor, input)),
  }),
);

const ReferenceSourceInput = builder.inputType('TenderReferenceSourceInput', {
  fields: (t) => ({ description: t.string({ required: true }), annualRentFen: t.int({ required: true }) }),
});
const TenderInput = builder.inputType('TenderInput', {
  fields: (t) => ({
    unitId: t.id({ required: true }),
    referenceSources: t.field({ type: [ReferenceSourceInput], required: true, description: 'Comparable units; the reference rent is their average' }),
    opensOn: t.field({ type: 'Date', required: true }),
    closesOn: t.field({ type: 'Date', required: true }),
  }),
});

builder.mutationField('publishTender', (t) =>
  t.field({
    type: TenderRef,
    description: 'Publishes a tender for a vacant unit with its reference rent and publication period (the unit becomes LISTED)',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { input: t.arg({ type: TenderInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      leasingCommand(ctx, (actor) => publishTender(ctx.em, actor, { ...input, referenceSources: input.referenceSources.map((s) => ({ ...s })) })),
  }),
);

const BidInput = builder.inputType('BidInput', {
  fields: (t) => ({
    tenderId: t.id({ required: true }),
    bidderName: t.string({ required: true }),
    bidderContact: t.string({ required: true }),
    trade: t.string({ required: true, description: 'A LeaseTrade code; prohibited trades are refused' }),
    annualRentFen: t.int({ required: true }),
    months: t.int({ required: true, description: 'Term asked for, in months' }),
  }),
});

builder.mutationField('placeBid', (t) =>
  t.field({
    type: BidRef,
    description: 'Records a bid during the publication period',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { input: t.arg({ type: BidInput, required: true }) },
    resolve: (_r, { input }, ctx) => leasingCommand(ctx, (actor) => placeBid(ctx.em, actor, input, todayOf(ctx))),
  }),
);

builder.mutationField('awardTender', (t) =>
  t.field({
    type: BidRef,
    description: 'After the period: the highest compliant bid wins (the earlier on a tie) and the result is published',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { tenderId: t.arg.id({ required: true }) },
    resolve: (_r, a, ctx) => leasingCommand(ctx, (actor) => awardTender(ctx.em, actor, String(a.tenderId), todayOf(ctx))),
  }),
);

builder.mutationField('withdrawTender', (t) =>
  t.field({
    type: TenderRef,
    description: 'Withdraws a tender before its award, saying why; its bids are lost and the unit is vacant again',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { tenderId: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: (_r, a, ctx) => leasingCommand(ctx, (actor) => withdrawTender(ctx.em, actor, String(a.tenderId), a.reason, todayOf(ctx))),
  }),
);

const ContractInput = builder.inputType('LeaseContractInput', {
  fields: (t) => ({
    bidId: t.id({ required: true, description: 'The won bid' }),
    startDate: t.field({ type: 'Date', required: true }),
    endDate: t.field({ type: 'Date', required: true, description: 'The day before the same day N whole months later' }),
    tenantContact: t.string({ required: false }),
  }),
});

builder.mutationField('signLeaseContract', (t) =>
  t.field({
    type: LeaseContractRef,
    description: 'Signs the contract of a won bid; the deposit and the first instalment are recorded as paid at signing',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { input: t.arg({ type: ContractInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      leasingCommand(ctx, (actor) => signContract(ctx.em, actor, { ...input, tenantContact: input.tenantContact ?? undefined }, todayOf(ctx))),
  }),
);

const PaymentInput = builder.inputType('RentPaymentInput', {
  fields: (t) => ({
    instalmentId: t.id({ required: true }),
    amountFen: t.int({ required: true, description: 'Never more than is still owed on the instalment' }),
    paidOn: t.field({ type: 'Date', required: true }),
  }),
});

builder.mutationField('recordRentPayment', (t) =>
  t.field({
    type: LeasePaymentRef,
    description: 'A payment against one instalment, with its receipt number',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { input: t.arg({ type: PaymentInput, required: true }) },
    resolve: (_r, { input }, ctx) => leasingCommand(ctx, (actor) => recordPayment(ctx.em, actor, input, todayOf(ctx))),
  }),
);

builder.mutationField('confirmLeaseTermination', (t) =>
  t.field({
    type: LeaseContractRef,
    description: 'The head confirms a flagged termination for unpaid rent: the deposit covers what is owed first',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { contractId: t.arg.id({ required: true }) },
    resolve: (_r, a, ctx) => leasingCommand(ctx, (actor) => confirmTermination(ctx.em, actor, String(a.contractId), todayOf(ctx))),
  }),
);

const RenewInput = builder.inputType('LeaseRenewalInput', {
  fields: (t) => ({
    contractId: t.id({ required: true }),
    endDate: t.field({ type: 'Date', required: true }),
    annualRentFen: t.int({ required: true, description: 'The market rent agreed for the new term' }),
  }),
});

builder.mutationField('renewLeaseContract', (t) =>
  t.field({
    type: LeaseContractRef,
    description: 'Renews an active contract from the day after it ends; the deposit rolls over (topped up or partly refunded)',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { input: t.arg({ type: RenewInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      leasingCommand(ctx, (actor) =>
        renewContract(ctx.em, actor, input.contractId, { endDate: input.endDate, annualRentFen: input.annualRentFen }, todayOf(ctx)),
      ),
  }),
);

const PolicyTerminationInput = builder.inputType('LeasePolicyTerminationInput', {
  fields: (t) => ({
    contractId: t.id({ required: true }),
    endDate: t.field({ type: 'Date', required: true }),
    reason: t.string({ required: true, description: '规划需要、机构改革 …' }),
  }),
});

builder.mutationField('terminateLeaseForPolicy', (t) =>
  t.field({
    type: LeaseContractRef,
    description: 'The head ends a contract for policy reasons: no compensation; rent paid for days after the end and the deposit refunded',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { input: t.arg({ type: PolicyTerminationInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      leasingCommand(ctx, (actor) => terminateForPolicy(ctx.em, actor, input.contractId, { endDate: input.endDate, reason: input.reason }, todayOf(ctx))),
  }),
);

const ReadingInput = builder.inputType('MeterReadingInput', {
  fields: (t) => ({
    meterId: t.id({ required: true }),
    period: t.string({ required: true, description: 'YYYY-MM' }),
    valueCenti: t.int({ required: true, description: 'Hundredths of a kWh or m³; never below the previous reading' }),
    readOn: t.field({ type: 'Date', required: true }),
  }),
});

builder.mutationField('recordMeterReading', (t) =>
  t.field({
    type: MeterReadingRef,
    description: 'A monthly reading; a reading lower than the meter’s previous one is refused',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { input: t.arg({ type: ReadingInput, required: true }) },
    resolve: (_r, { input }, ctx) => leasingCommand(ctx, (actor) => recordReading(ctx.em, actor, input)),
  }),
);

builder.mutationField('issueUtilityStatements', (t) =>
  t.field({
    type: [UtilityStatementRef],
    description: 'Issues the month’s statements: own usage plus an equal share of each master meter’s loss (largest remainder)',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { period: t.arg.string({ required: true, description: 'YYYY-MM' }) },
    resolve: (_r, a, ctx) => leasingCommand(ctx, (actor) => issueStatements(ctx.em, actor, a.period, todayOf(ctx))),
  }),
);

const ConsentInput = builder.inputType('LeaseConsentInput', {
  fields: (t) => ({
    contractId: t.id({ required: true }),
    kind: t.field({ type: LeaseConsentKindEnum, required: true }),
    description: t.string({ required: true, description: 'What is consented to' }),
    grantedOn: t.field({ type: 'Date', required: true, description: 'Today at the latest' }),
  }),
});

builder.mutationField('recordLeaseConsent', (t) =>
  t.field({
    type: LeaseConsentRef,
    description: 'The head records written consent to alterations or signage on a contract in force',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { input: t.arg({ type: ConsentInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      leasingCommand(ctx, (actor) => recordConsent(ctx.em, actor, { ...input, contractId: String(input.contractId) }, todayOf(ctx))),
  }),
);

const UtilityPaymentInput = builder.inputType('UtilityPaymentInput', {
  fields: (t) => ({
    statementId: t.id({ required: true }),
    amountFen: t.int({ required: true, description: 'More than zero, never more than the statement still owes' }),
    paidOn: t.field({ type: 'Date', required: true, description: 'Today at the latest' }),
  }),
});

builder.mutationField('recordUtilityPayment', (t) =>
  t.field({
    type: UtilityStatementRef,
    description: 'A utility payment against a monthly statement, collected apart from rent; paying what is owed closes it',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { input: t.arg({ type: UtilityPaymentInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      leasingCommand(ctx, (actor) => recordUtilityPayment(ctx.em, actor, { ...input, statementId: String(input.statementId) }, todayOf(ctx))),
  }),
);

const SpendingInput = builder.inputType('SpendingRequestInput', {
  fields: (t) => ({
    title: t.string({ required: true }),
    purpose: t.string({ required: true }),
    amountFen: t.int({ required: true }),
  }),
});

builder.mutationField('requestSpending', (t) =>
  t.field({
    type: SpendingRequestRef,
    description: 'A spending request, awaiting the clerk’s signature',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { input: t.arg({ type: SpendingInput, required: true }) },
    resolve: (_r, { input }, ctx) => leasingCommand(ctx, (actor) => requestSpending(ctx.em, actor, input)),
  }),
);

builder.mutationField('signSpendingStep', (t) =>
  t.field({
    type: SpendingRequestRef,
    description: 'Takes the pending step (clerk signs, deputy reviews, head approves) — by three different people',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { requestId: t.arg.id({ required: true }), note: t.arg.string({ required: false }) },
    resolve: (_r, a, ctx) => leasingCommand(ctx, (actor) => signStep(ctx.em, actor, String(a.requestId), a.note ?? null, nowOf(ctx))),
  }),
);

builder.mutationField('rejectSpendingStep', (t) =>
  t.field({
    type: SpendingRequestRef,
    description: 'Refuses the pending step, saying why; the request ends',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { requestId: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: (_r, a, ctx) => leasingCommand(ctx, (actor) => rejectStep(ctx.em, actor, String(a.requestId), a.reason, nowOf(ctx))),
  }),
);
