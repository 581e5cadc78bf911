import type { EntityManager, EntitySchema } from '@mikro-orm/core';
import {
  addUnitPhotoIssue,
  amountIssues,
  isUnitPhotoName,
  removeUnitPhotoIssue,
  apportionLoss,
  approvalIssues,
  depositFor,
  depositRollover,
  instalmentSchedule,
  isIsoDate,
  leasingPolicy,
  leasingPolicyOn,
  maxTermMonths,
  overdueInstalments,
  parseAreaCenti,
  paymentIssues,
  policyTerminationRefund,
  readingIssues,
  rejectionIssues,
  renewalIssues,
  settleTermination,
  shanghaiDate,
  signContractIssue,
  stateAfterStep,
  taxDue,
  termIssues,
  termMonths,
  tradeIssues,
  costFen,
  formatYuan,
  isTrade,
  type FieldIssue,
  type LeasingPolicy,
  type Principal,
  type SpendingState,
  type Trade,
  utilityPaymentIssues,
  withdrawTenderIssues,
  consentIssues,
  type ConsentKind,
} from '@wuye/domain';
import { recordAudit, type AuditActor } from '../audit.js';
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
  Notification,
  RentInstalment,
  SpendingRequest,
  SpendingStep,
  Tender,
  User,
  UtilityStatement,
} from '../entities/index.js';
import { parseId } from '../references.js';
import { failOn, RuleError } from '../rule-error.js';

/**
 * Leasing of an agency's state-owned property (issue 14): the working group's named commands. Each runs in its own
 * transaction with its audit row; a command refused by a rule of @wuye/domain (leasing/) throws RuleError naming the
 * field before anything is written, and nothing is kept. Every row a command touches must belong to the caller's
 * agency; which member may act depends on their position (CLERK, DEPUTY, HEAD).
 */

type Id = string | number;

export interface LeasingActor {
  principal: Principal;
  /** The member's display name, for the audit trail and the approval steps. */
  name: string;
  ip?: string | null;
}

const SYSTEM: AuditActor = { userId: null, name: 'system' };

interface Done<T> {
  result: T;
  entityType: string;
  entityId: number | string | null;
  changes?: Record<string, unknown>;
}

function agencyIdOf(actor: LeasingActor): number {
  const p = actor.principal;
  const id = p.role === 'AGENCY' && p.agencyId ? parseId(p.agencyId) : null;
  if (!id) throw new RuleError([{ field: 'agencyId', code: 'OUT_OF_SCOPE' }]);
  return id;
}

/** Runs `fn` and its audit row in one transaction, as the caller's agency. */
async function command<T>(em: EntityManager, actor: LeasingActor, action: string, fn: (tx: EntityManager, agencyId: number) => Promise<Done<T>>): Promise<T> {
  const agencyId = agencyIdOf(actor);
  return em.transactional(async (tx) => {
    const done = await fn(tx, agencyId);
    await tx.flush();
    recordAudit(
      tx,
      { userId: Number(actor.principal.userId), name: actor.name, ip: actor.ip ?? null },
      {
        action: `leasing.${action}`,
        entityType: done.entityType,
        entityId: done.entityId,
        changes: done.changes ?? null,
      },
    );
    return done.result;
  });
}

/** A row of the caller's agency, or a refusal naming the field. */
async function own<T extends object>(
  tx: EntityManager,
  entity: EntitySchema<T, never>,
  field: string,
  id: Id | null | undefined,
  agencyOf: (row: T) => number,
  agencyId: number,
  populate: string[] = [],
): Promise<T> {
  const key = id == null ? null : parseId(id);
  const row = key ? ((await tx.findOne(entity as never, { id: key } as never, { populate: populate as never })) as T | null) : null;
  if (!row) throw new RuleError([{ field, code: 'UNKNOWN_REFERENCE', params: { id: String(id ?? '') } }]);
  if (agencyOf(row) !== agencyId) throw new RuleError([{ field, code: 'LEASE_AGENCY_MISMATCH' }]);
  return row;
}

const unitAgency = (u: LeaseUnit) => u.agency.id;
const tenderAgency = (t: Tender) => t.agency.id;
const contractAgency = (c: LeaseContract) => c.agency.id;

function requireHead(actor: LeasingActor): void {
  if (actor.principal.position !== 'HEAD') throw new RuleError([{ field: 'position', code: 'LEASE_HEAD_ONLY' }]);
}

function policyOf(c: { policyCode: string; policyVersion: number }): LeasingPolicy {
  const p = leasingPolicy(c.policyCode, c.policyVersion);
  if (!p) throw new Error(`unknown leasing policy ${c.policyCode} v${c.policyVersion}`);
  return p;
}

function policyFor(date: string, field: string): LeasingPolicy {
  const p = leasingPolicyOn(date);
  if (!p) throw new RuleError([{ field, code: 'OUT_OF_RANGE', params: { min: '2020-01-01', max: '—' } }]);
  return p;
}

async function nextNo(tx: EntityManager, prefix: string, entity: typeof LeaseContract | typeof LeasePayment, agencyId: number): Promise<string> {
  const n = (await tx.count(entity as typeof LeaseContract, { agency: agencyId } as never)) + 1;
  return `${prefix}${agencyId}-${String(n).padStart(6, '0')}`;
}

async function receiptNo(tx: EntityManager, agencyId: number): Promise<string> {
  const n = (await tx.count(LeasePayment, { contract: { agency: agencyId } })) + 1;
  return `SJ${agencyId}-${String(n).padStart(6, '0')}`;
}

/** Money in or out on a contract with its receipt; rent received is income with the tax due on it. */
async function pay(
  tx: EntityManager,
  contract: LeaseContract,
  kind: LeasePayment['kind'],
  amountFen: number,
  paidOn: string,
  by: number | null,
  instalment: RentInstalment | null = null,
): Promise<LeasePayment> {
  const payment = tx.create(LeasePayment, {
    contract,
    instalment,
    kind,
    amountFen,
    paidOn,
    receiptNo: await receiptNo(tx, contract.agency.id),
    recordedById: by,
  });
  // Flushed one by one so the next receipt number counts this one.
  await tx.flush();
  // The deposit applied to arrears is rent received too.
  if (kind === 'RENT' || kind === 'RENT_REFUND' || kind === 'DEPOSIT_APPLIED') {
    const policy = policyOf(contract);
    const tax = amountFen >= 0 ? taxDue(amountFen, policy) : -taxDue(-amountFen, policy);
    tx.create(LeaseIncome, { agency: contract.agency, payment, source: kind, amountFen, taxFen: tax, taxRateBp: policy.taxRateBp, receivedOn: paidOn });
  }
  return payment;
}

const DEFAULT_AGENCY_DUTIES = '主体结构的养护和维修；水电表前管线的协调管理';
const DEFAULT_TENANT_DUTIES =
  '地面、下水道、化粪池、卷闸门、门窗、水电表后管线及其他附属设施的保养和维护，损坏须恢复原状；装修、广告牌须经机关书面同意，新添固定设施期满无偿归机关所有';

// ---------------------------------------------------------------------------------------------------------------
// Assets

export interface NewUnit {
  building: string;
  floor: string;
  room: string;
  kind: 'ROOM' | 'SHOP';
  /** m², at most two decimals. */
  area: string | number;
  permittedUse: string[];
  condition: string;
  agencyDuties?: string;
  tenantDuties?: string;
}

export async function listUnit(em: EntityManager, actor: LeasingActor, input: NewUnit): Promise<LeaseUnit> {
  return command(em, actor, 'listUnit', async (tx, agencyId) => {
    const issues: FieldIssue[] = [];
    for (const f of ['building', 'floor', 'room', 'condition'] as const) if (!input[f]?.trim()) issues.push({ field: f, code: 'REQUIRED' });
    if (input.kind !== 'ROOM' && input.kind !== 'SHOP') issues.push({ field: 'type', code: 'INVALID_FORMAT' });
    const areaCenti = parseAreaCenti(input.area);
    if (areaCenti == null) issues.push({ field: 'floorArea', code: 'AREA_FORMAT' });
    if (input.permittedUse.length === 0) issues.push({ field: 'trade', code: 'REQUIRED' });
    for (const t of input.permittedUse) issues.push(...tradeIssues(t, leasingPolicyOn('2026-01-01')!));
    if ((await tx.count(LeaseUnit, { agency: agencyId, building: input.building.trim(), floor: input.floor.trim(), room: input.room.trim() })) > 0) {
      issues.push({ field: 'room', code: 'DUPLICATE', params: { value: `${input.building} ${input.floor} ${input.room}` } });
    }
    failOn(issues);
    const unit = tx.create(LeaseUnit, {
      agency: tx.getReference(Agency, agencyId),
      building: input.building.trim(),
      floor: input.floor.trim(),
      room: input.room.trim(),
      kind: input.kind,
      areaCenti: areaCenti!,
      permittedUse: [...input.permittedUse],
      condition: input.condition.trim(),
      photos: [],
      agencyDuties: input.agencyDuties?.trim() || DEFAULT_AGENCY_DUTIES,
      tenantDuties: input.tenantDuties?.trim() || DEFAULT_TENANT_DUTIES,
      state: 'VACANT',
    });
    await tx.flush();
    return {
      result: unit,
      entityType: 'LeaseUnit',
      entityId: unit.id,
      changes: { building: unit.building, floor: unit.floor, room: unit.room, areaCenti: unit.areaCenti },
    };
  });
}

/** A photo the server has checked (type by content, size) and named; its bytes are the caller's to keep or drop. */
export interface UnitPhoto {
  /** `<uuid>.jpg|png`, given by the server. */
  name: string;
  mime: string;
  bytes: number;
  /** The name the file had on the user's computer, for the audit trail. */
  originalName: string;
}

/**
 * Adds a photo to a unit of the caller's agency, up to UNIT_PHOTO_LIMITS.max; one transaction with its audit row
 * (`leasing.addUnitPhoto`). The server stores the bytes before and removes them if this refuses or fails.
 */
export async function addUnitPhoto(em: EntityManager, actor: LeasingActor, unitId: Id, photo: UnitPhoto): Promise<LeaseUnit> {
  return command(em, actor, 'addUnitPhoto', async (tx, agencyId) => {
    const unit = await own(tx, LeaseUnit, 'unitId', unitId, unitAgency, agencyId);
    const issues: FieldIssue[] = [];
    const full = addUnitPhotoIssue(unit.photos.length);
    if (full) issues.push(full);
    if (!isUnitPhotoName(photo.name)) issues.push({ field: 'photo', code: 'INVALID_FORMAT' });
    failOn(issues);
    unit.photos = [...unit.photos, photo.name];
    return {
      result: unit,
      entityType: 'LeaseUnit',
      entityId: unit.id,
      changes: { photo: photo.name, originalName: photo.originalName, mime: photo.mime, bytes: photo.bytes, photos: unit.photos.length },
    };
  });
}

/** Removes one photo from a unit of the caller's agency; one transaction with its audit row (`leasing.removeUnitPhoto`). */
export async function removeUnitPhoto(em: EntityManager, actor: LeasingActor, unitId: Id, name: string): Promise<LeaseUnit> {
  return command(em, actor, 'removeUnitPhoto', async (tx, agencyId) => {
    const unit = await own(tx, LeaseUnit, 'unitId', unitId, unitAgency, agencyId);
    failOn([removeUnitPhotoIssue(unit.photos, name)].filter((i): i is FieldIssue => i !== null));
    unit.photos = unit.photos.filter((p) => p !== name);
    return { result: unit, entityType: 'LeaseUnit', entityId: unit.id, changes: { photo: name, photos: unit.photos.length } };
  });
}

export interface NewMeter {
  kind: 'WATER' | 'ELECTRICITY';
  code: string;
  /** A sub-meter's master meter; none for a master meter. */
  masterId?: Id | null;
  /** The unit a sub-meter serves. */
  unitId?: Id | null;
  priceFen: number;
}

export async function addMeter(em: EntityManager, actor: LeasingActor, input: NewMeter): Promise<Meter> {
  return command(em, actor, 'addMeter', async (tx, agencyId) => {
    const issues: FieldIssue[] = [...amountIssues(input.priceFen, 'amount')];
    if (!input.code?.trim()) issues.push({ field: 'code', code: 'REQUIRED' });
    failOn(issues);
    const master = input.masterId != null ? await own(tx, Meter, 'meterId', input.masterId, (m) => m.agency.id, agencyId) : null;
    if (master && (master.master || master.kind !== input.kind)) throw new RuleError([{ field: 'meterId', code: 'LEASE_NOT_A_SUB_METER' }]);
    const unit = input.unitId != null ? await own(tx, LeaseUnit, 'unitId', input.unitId, unitAgency, agencyId) : null;
    const meter = tx.create(Meter, {
      agency: tx.getReference(Agency, agencyId),
      kind: input.kind,
      code: input.code.trim(),
      master,
      unit,
      priceFen: input.priceFen,
    });
    await tx.flush();
    return { result: meter, entityType: 'Meter', entityId: meter.id, changes: { code: meter.code, masterId: master?.id ?? null, unitId: unit?.id ?? null } };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Public tender

export interface NewTender {
  unitId: Id;
  /** Comparable units of the same area and quality; the reference rent is their average. */
  referenceSources: { description: string; annualRentFen: number }[];
  opensOn: string;
  closesOn: string;
}

export async function publishTender(em: EntityManager, actor: LeasingActor, input: NewTender): Promise<Tender> {
  return command(em, actor, 'publishTender', async (tx, agencyId) => {
    const unit = await own(tx, LeaseUnit, 'unitId', input.unitId, unitAgency, agencyId);
    const issues: FieldIssue[] = [];
    if (unit.state !== 'VACANT') issues.push({ field: 'unitId', code: 'LEASE_UNIT_NOT_AVAILABLE' });
    if (input.referenceSources.length === 0) issues.push({ field: 'referenceSources', code: 'REQUIRED' });
    input.referenceSources.forEach((s, i) => {
      if (!s.description?.trim()) issues.push({ field: `referenceSources.${i + 1}.description`, code: 'REQUIRED' });
      issues.push(...amountIssues(s.annualRentFen, `referenceSources.${i + 1}.annualRentFen`));
    });
    if (!isIsoDate(input.opensOn)) issues.push({ field: 'opensOn', code: 'INVALID_DATE' });
    if (!isIsoDate(input.closesOn)) issues.push({ field: 'closesOn', code: 'INVALID_DATE' });
    else if (input.closesOn < input.opensOn) issues.push({ field: 'closesOn', code: 'LEASE_END_BEFORE_START' });
    failOn(issues);
    const total = input.referenceSources.reduce((s, x) => s + x.annualRentFen, 0);
    const n = input.referenceSources.length;
    const tender = tx.create(Tender, {
      agency: unit.agency,
      unit,
      referenceRentFen: Math.floor((total * 2 + n) / (2 * n)),
      referenceSources: input.referenceSources.map((s) => ({ description: s.description.trim(), annualRentFen: s.annualRentFen })),
      opensOn: input.opensOn,
      closesOn: input.closesOn,
      state: 'OPEN',
    });
    unit.state = 'LISTED';
    await tx.flush();
    return {
      result: tender,
      entityType: 'Tender',
      entityId: tender.id,
      changes: { unitId: unit.id, referenceRentFen: tender.referenceRentFen, opensOn: tender.opensOn, closesOn: tender.closesOn },
    };
  });
}

export interface NewBid {
  tenderId: Id;
  bidderName: string;
  bidderContact: string;
  trade: string;
  annualRentFen: number;
  months: number;
}

/** A bid during the publication period; prohibited trades, terms beyond the trade's limit and rents below the reference are refused. */
export async function placeBid(em: EntityManager, actor: LeasingActor, input: NewBid, today: string): Promise<Bid> {
  return command(em, actor, 'placeBid', async (tx, agencyId) => {
    const tender = await own(tx, Tender, 'tenderId', input.tenderId, tenderAgency, agencyId, ['unit']);
    const policy = policyFor(today, 'tenderId');
    const issues: FieldIssue[] = [];
    if (tender.state !== 'OPEN') issues.push({ field: 'tenderId', code: 'LEASE_TENDER_CLOSED' });
    else if (today < tender.opensOn || today > tender.closesOn)
      issues.push({ field: 'tenderId', code: 'LEASE_TENDER_NOT_OPEN', params: { from: tender.opensOn, to: tender.closesOn } });
    if (!input.bidderName?.trim()) issues.push({ field: 'bidderName', code: 'REQUIRED' });
    issues.push(...tradeIssues(input.trade, policy));
    issues.push(...amountIssues(input.annualRentFen, 'annualRent'));
    if (issues.every((i) => i.field !== 'annualRent') && input.annualRentFen < tender.referenceRentFen) {
      issues.push({ field: 'annualRent', code: 'LEASE_BID_BELOW_RESERVE', params: { reserve: (tender.referenceRentFen / 100).toFixed(2) } });
    }
    if (isTrade(input.trade) && issues.every((i) => i.field !== 'trade')) {
      const max = maxTermMonths(input.trade, policy);
      if (!Number.isInteger(input.months) || input.months < 1 || input.months > max)
        issues.push({ field: 'leaseEnd', code: 'LEASE_TERM_TOO_LONG', params: { max, trade: input.trade, latest: `${max}` } });
    }
    failOn(issues);
    const bid = tx.create(Bid, {
      tender,
      bidderName: input.bidderName.trim(),
      bidderContact: input.bidderContact?.trim() ?? '',
      trade: input.trade,
      annualRentFen: input.annualRentFen,
      months: input.months,
      state: 'PLACED',
    });
    await tx.flush();
    return {
      result: bid,
      entityType: 'Bid',
      entityId: bid.id,
      changes: { tenderId: tender.id, bidderName: bid.bidderName, trade: bid.trade, annualRentFen: bid.annualRentFen },
    };
  });
}

/** After the publication period: the best compliant bid (highest rent; the earlier on a tie) wins and the result is published. */
export async function awardTender(em: EntityManager, actor: LeasingActor, tenderId: Id, today: string): Promise<Bid> {
  return command(em, actor, 'awardTender', async (tx, agencyId) => {
    const tender = await own(tx, Tender, 'tenderId', tenderId, tenderAgency, agencyId);
    if (tender.state !== 'OPEN') throw new RuleError([{ field: 'tenderId', code: 'LEASE_TENDER_CLOSED' }]);
    if (today <= tender.closesOn) throw new RuleError([{ field: 'tenderId', code: 'LEASE_TENDER_STILL_OPEN', params: { to: tender.closesOn } }]);
    const bids = await tx.find(Bid, { tender: tender.id, state: 'PLACED' }, { orderBy: { annualRentFen: 'desc', id: 'asc' } });
    if (bids.length === 0) throw new RuleError([{ field: 'tenderId', code: 'LEASE_NO_COMPLIANT_BID' }]);
    const [winner, ...losers] = bids;
    winner!.state = 'WON';
    for (const b of losers) b.state = 'LOST';
    Object.assign(tender, { state: 'AWARDED', awardedBidId: winner!.id, resultPublishedOn: today });
    await tx.flush();
    return {
      result: winner!,
      entityType: 'Tender',
      entityId: tender.id,
      changes: { awardedBidId: winner!.id, annualRentFen: winner!.annualRentFen, bids: bids.length },
    };
  });
}

/**
 * Withdraws a tender before its award (撤销招租), saying why: the tender is closed as WITHDRAWN, the bids in the
 * running are lost, and the unit is vacant again (it may be put out to tender anew).
 */
export async function withdrawTender(em: EntityManager, actor: LeasingActor, tenderId: Id, reason: string, today: string): Promise<Tender> {
  return command(em, actor, 'withdrawTender', async (tx, agencyId) => {
    const tender = await own(tx, Tender, 'tenderId', tenderId, tenderAgency, agencyId, ['unit']);
    failOn(withdrawTenderIssues(tender, reason ?? ''));
    const bids = await tx.find(Bid, { tender: tender.id, state: 'PLACED' });
    for (const b of bids) b.state = 'LOST';
    Object.assign(tender, { state: 'WITHDRAWN', withdrawnOn: today, withdrawalReason: reason.trim() });
    if (tender.unit.state === 'LISTED') tender.unit.state = 'VACANT';
    return {
      result: tender,
      entityType: 'Tender',
      entityId: tender.id,
      changes: { unitId: tender.unit.id, reason: reason.trim(), bids: bids.length },
    };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Contracts

export interface NewContract {
  bidId: Id;
  startDate: string;
  endDate: string;
  tenantContact?: string;
}

function createInstalments(tx: EntityManager, contract: LeaseContract, policy: LeasingPolicy): RentInstalment[] {
  return instalmentSchedule(contract.startDate, contract.months, contract.annualRentFen, policy).map((i) =>
    tx.create(RentInstalment, { contract, ...i, paidFen: 0, state: 'OPEN' }),
  );
}

/** Signs the contract of a won bid: the term within the trade's limit; the deposit and the first instalment paid at signing. */
export async function signContract(em: EntityManager, actor: LeasingActor, input: NewContract, today: string): Promise<LeaseContract> {
  return command(em, actor, 'signContract', async (tx, agencyId) => {
    const bid = await own(tx, Bid, 'bidId', input.bidId, (b) => b.tender.agency.id, agencyId, ['tender', 'tender.unit']);
    const policy = policyFor(today, 'leaseStart');
    if (bid.state !== 'WON') throw new RuleError([{ field: 'bidId', code: 'LEASE_TENDER_CLOSED' }]);
    const signed = await tx.findOne(LeaseContract, { bid: bid.id }, { fields: ['contractNo'] });
    const signIssue = signContractIssue({ state: bid.tender.state, signedContractNo: signed?.contractNo ?? null, unitState: bid.tender.unit.state }, 'bidId');
    if (signIssue) throw new RuleError([signIssue]);
    failOn(termIssues({ start: input.startDate, end: input.endDate }, bid.trade, policy));
    const months = termMonths({ start: input.startDate, end: input.endDate })!;
    const unit = bid.tender.unit;
    const contract = tx.create(LeaseContract, {
      agency: unit.agency,
      unit,
      bid,
      previous: null,
      contractNo: await nextNo(tx, 'ZL', LeaseContract, agencyId),
      tenantName: bid.bidderName,
      tenantContact: input.tenantContact?.trim() || bid.bidderContact,
      trade: bid.trade,
      startDate: input.startDate,
      endDate: input.endDate,
      months,
      annualRentFen: bid.annualRentFen,
      depositFen: depositFor(bid.annualRentFen, policy),
      depositHeldFen: 0,
      policyCode: policy.code,
      policyVersion: policy.version,
      state: 'ACTIVE',
      signedOn: today,
      signedById: Number(actor.principal.userId),
    });
    const instalments = createInstalments(tx, contract, policy);
    unit.state = 'LET';
    await tx.flush();
    const by = Number(actor.principal.userId);
    await pay(tx, contract, 'DEPOSIT', contract.depositFen, today, by);
    contract.depositHeldFen = contract.depositFen;
    const first = instalments[0]!;
    await pay(tx, contract, 'RENT', first.amountFen, today, by, first);
    Object.assign(first, { paidFen: first.amountFen, state: 'PAID' });
    return {
      result: contract,
      entityType: 'LeaseContract',
      entityId: contract.id,
      changes: {
        contractNo: contract.contractNo,
        unitId: unit.id,
        trade: contract.trade,
        startDate: contract.startDate,
        endDate: contract.endDate,
        annualRentFen: contract.annualRentFen,
        depositFen: contract.depositFen,
        firstInstalmentFen: first.amountFen,
      },
    };
  });
}

/** A payment against one instalment, never more than is still owed on it, dated `today` (Asia/Shanghai) at the latest. */
export async function recordPayment(
  em: EntityManager,
  actor: LeasingActor,
  input: { instalmentId: Id; amountFen: number; paidOn: string },
  today: string,
): Promise<LeasePayment> {
  return command(em, actor, 'recordPayment', async (tx, agencyId) => {
    const instalment = await own(tx, RentInstalment, 'instalmentId', input.instalmentId, (i) => i.contract.agency.id, agencyId, ['contract']);
    const issues = paymentIssues(instalment, input.amountFen, input.paidOn, today);
    if (instalment.state === 'CANCELLED')
      issues.push({ field: 'instalmentId', code: 'LEASE_CONTRACT_STATE', params: { contractState: instalment.contract.state } });
    failOn(issues);
    const payment = await pay(tx, instalment.contract, 'RENT', input.amountFen, input.paidOn, Number(actor.principal.userId), instalment);
    instalment.paidFen += input.amountFen;
    if (instalment.paidFen === instalment.amountFen) instalment.state = 'PAID';
    return {
      result: payment,
      entityType: 'RentInstalment',
      entityId: instalment.id,
      changes: { seq: instalment.seq, amountFen: input.amountFen, paidFen: instalment.paidFen, receiptNo: payment.receiptNo },
    };
  });
}

/**
 * The daily job: from the day after an unpaid due date (Asia/Shanghai), an active contract is flagged for termination;
 * the head confirms it. One transaction, one audit row and a notice to the agency's head(s) per contract flagged.
 * Idempotent and safe to run on several instances at once: the flag is a conditional update (ACTIVE → FLAGGED), so a
 * contract is flagged, audited and notified once however often or wherever the job runs. Called inside a transaction
 * (the demo seed) it joins it.
 */
export async function flagOverdue(em: EntityManager, now: Date): Promise<number> {
  const today = shanghaiDate(now);
  const fork = () => em.fork({ keepTransactionContext: true });
  // Only contracts with an open instalment already past due are looked at, each in its own transaction.
  const pastDue = await fork().find(
    RentInstalment,
    { state: 'OPEN', dueDate: { $lt: today }, contract: { state: 'ACTIVE' } },
    { fields: ['contract'], orderBy: { contract: 'asc' } },
  );
  const candidates = [...new Set(pastDue.map((i) => i.contract.id))];
  let flagged = 0;
  for (const id of candidates) {
    const done = await fork().transactional(async (tx) => {
      const open = await tx.find(RentInstalment, { contract: id, state: 'OPEN' }, { orderBy: { seq: 'asc' } });
      const overdue = overdueInstalments(open, now);
      if (overdue.length === 0) return false;
      if ((await tx.nativeUpdate(LeaseContract, { id, state: 'ACTIVE' }, { state: 'FLAGGED', flaggedOn: today })) !== 1) return false;
      const contract = await tx.findOneOrFail(LeaseContract, { id }, { populate: ['unit'] });
      recordAudit(tx, SYSTEM, {
        action: 'leasing.flagOverdue',
        entityType: 'LeaseContract',
        entityId: id,
        changes: { instalments: overdue.map((i) => i.seq), flaggedOn: today },
      });
      const heads = await tx.find(User, { role: 'AGENCY', agency: contract.agency.id, position: 'HEAD', active: true });
      const owed = overdue.reduce((s, i) => s + i.amountFen - i.paidFen, 0);
      for (const user of heads) {
        tx.create(Notification, {
          user,
          kind: 'LEASE_FLAGGED',
          title: `租赁合同 ${contract.contractNo}（${contract.tenantName}）逾期未交租金，待组长确认解除`,
          body: `${contract.unit.building} ${contract.unit.room}：第 ${overdue.map((i) => i.seq).join('、')} 期租金应于 ${overdue[0]!.dueDate} 前交清，尚欠 ${formatYuan(owed)} 元。`,
          createdAt: now,
        });
      }
      await tx.flush();
      return true;
    });
    if (done) flagged++;
  }
  return flagged;
}

async function arrearsOf(tx: EntityManager, contractId: number, today: string): Promise<{ due: RentInstalment[]; owed: number }> {
  const due = await tx.find(RentInstalment, { contract: contractId, state: 'OPEN', dueDate: { $lt: today } }, { orderBy: { seq: 'asc' } });
  return { due, owed: due.reduce((s, i) => s + i.amountFen - i.paidFen, 0) };
}

/** The head confirms a flagged termination: the deposit first covers what is owed, the rest is refunded; later halves are cancelled. */
export async function confirmTermination(em: EntityManager, actor: LeasingActor, contractId: Id, today: string): Promise<LeaseContract> {
  return command(em, actor, 'confirmTermination', async (tx, agencyId) => {
    requireHead(actor);
    const contract = await own(tx, LeaseContract, 'contractId', contractId, contractAgency, agencyId, ['unit']);
    if (contract.state !== 'FLAGGED') throw new RuleError([{ field: 'contractId', code: 'LEASE_CONTRACT_STATE', params: { contractState: contract.state } }]);
    const { due, owed } = await arrearsOf(tx, contract.id, today);
    if (owed === 0) throw new RuleError([{ field: 'contractId', code: 'LEASE_NOT_OVERDUE' }]);
    const settlement = settleTermination(contract.depositHeldFen, owed);
    const by = Number(actor.principal.userId);
    let left = settlement.appliedFen;
    for (const i of due) {
      const part = Math.min(left, i.amountFen - i.paidFen);
      if (part <= 0) break;
      await pay(tx, contract, 'DEPOSIT_APPLIED', part, today, by, i);
      i.paidFen += part;
      if (i.paidFen === i.amountFen) i.state = 'PAID';
      left -= part;
    }
    if (settlement.refundFen > 0) await pay(tx, contract, 'DEPOSIT_REFUND', -settlement.refundFen, today, by);
    const later = await tx.find(RentInstalment, { contract: contract.id, state: 'OPEN', dueDate: { $gte: today } });
    for (const i of later) i.state = 'CANCELLED';
    Object.assign(contract, { state: 'TERMINATED', terminatedOn: today, terminationReason: 'ARREARS', depositHeldFen: 0 });
    contract.unit.state = 'VACANT';
    return {
      result: contract,
      entityType: 'LeaseContract',
      entityId: contract.id,
      changes: { state: 'TERMINATED', arrearsFen: owed, ...settlement, cancelled: later.map((i) => i.seq) },
    };
  });
}

/** Renews an active contract at the market rent: the old deposit rolls over, topped up or partly refunded. */
export async function renewContract(
  em: EntityManager,
  actor: LeasingActor,
  contractId: Id,
  input: { endDate: string; annualRentFen: number },
  today: string,
): Promise<LeaseContract> {
  return command(em, actor, 'renewContract', async (tx, agencyId) => {
    const old = await own(tx, LeaseContract, 'contractId', contractId, contractAgency, agencyId, ['unit']);
    if (old.state !== 'ACTIVE') throw new RuleError([{ field: 'contractId', code: 'LEASE_CONTRACT_STATE', params: { contractState: old.state } }]);
    const unpaid = await tx.find(RentInstalment, { contract: old.id, state: 'OPEN' });
    const owed = unpaid.reduce((s, i) => s + i.amountFen - i.paidFen, 0);
    if (owed > 0) throw new RuleError([{ field: 'contractId', code: 'LEASE_HAS_ARREARS', params: { owed: (owed / 100).toFixed(2) } }]);
    const policy = policyFor(today, 'leaseStart');
    const start = new Date(Date.parse(`${old.endDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    failOn(renewalIssues(old.endDate, { start, end: input.endDate }, old.trade, input.annualRentFen, policy));
    const roll = depositRollover(old.depositHeldFen, input.annualRentFen, policy);
    const contract = tx.create(LeaseContract, {
      agency: old.agency,
      unit: old.unit,
      bid: null,
      previous: old,
      contractNo: await nextNo(tx, 'ZL', LeaseContract, agencyId),
      tenantName: old.tenantName,
      tenantContact: old.tenantContact,
      trade: old.trade,
      startDate: start,
      endDate: input.endDate,
      months: termMonths({ start, end: input.endDate })!,
      annualRentFen: input.annualRentFen,
      depositFen: roll.depositFen,
      depositHeldFen: roll.depositFen,
      policyCode: policy.code,
      policyVersion: policy.version,
      state: 'ACTIVE',
      signedOn: today,
      signedById: Number(actor.principal.userId),
    });
    createInstalments(tx, contract, policy);
    Object.assign(old, { state: 'RENEWED', depositHeldFen: 0 });
    await tx.flush();
    const by = Number(actor.principal.userId);
    if (roll.topUpFen > 0) await pay(tx, contract, 'DEPOSIT_TOP_UP', roll.topUpFen, today, by);
    if (roll.refundFen > 0) await pay(tx, contract, 'DEPOSIT_REFUND', -roll.refundFen, today, by);
    return {
      result: contract,
      entityType: 'LeaseContract',
      entityId: contract.id,
      changes: { previousId: old.id, annualRentFen: { from: old.annualRentFen, to: input.annualRentFen }, ...roll },
    };
  });
}

/**
 * Termination for policy reasons (规划需要、机构改革), by the head: the contract ends without compensation; rent paid for
 * days after the end is refunded pro rata, the deposit in full, and later instalments are cancelled.
 */
export async function terminateForPolicy(
  em: EntityManager,
  actor: LeasingActor,
  contractId: Id,
  input: { endDate: string; reason: string },
  today: string,
): Promise<LeaseContract> {
  return command(em, actor, 'terminateForPolicy', async (tx, agencyId) => {
    requireHead(actor);
    const contract = await own(tx, LeaseContract, 'contractId', contractId, contractAgency, agencyId, ['unit']);
    const issues: FieldIssue[] = [];
    if (contract.state !== 'ACTIVE' && contract.state !== 'FLAGGED')
      issues.push({ field: 'contractId', code: 'LEASE_CONTRACT_STATE', params: { contractState: contract.state } });
    if (!isIsoDate(input.endDate)) issues.push({ field: 'leaseEnd', code: 'INVALID_DATE' });
    else if (input.endDate < contract.startDate || input.endDate > contract.endDate)
      issues.push({ field: 'leaseEnd', code: 'OUT_OF_RANGE', params: { min: contract.startDate, max: contract.endDate } });
    if (!input.reason?.trim()) issues.push({ field: 'reason', code: 'REQUIRED' });
    failOn(issues);
    const instalments = await tx.find(RentInstalment, { contract: contract.id, state: { $ne: 'CANCELLED' } }, { orderBy: { seq: 'asc' } });
    const settled = policyTerminationRefund(instalments, input.endDate);
    const by = Number(actor.principal.userId);
    if (settled.refundFen > 0) await pay(tx, contract, 'RENT_REFUND', -settled.refundFen, today, by);
    if (contract.depositHeldFen > 0) await pay(tx, contract, 'DEPOSIT_REFUND', -contract.depositHeldFen, today, by);
    for (const i of instalments) if (settled.cancelledSeqs.includes(i.seq)) i.state = 'CANCELLED';
    Object.assign(contract, {
      state: 'TERMINATED',
      terminatedOn: input.endDate,
      terminationReason: 'POLICY',
      terminationNote: input.reason.trim(),
      depositHeldFen: 0,
    });
    contract.unit.state = 'VACANT';
    return { result: contract, entityType: 'LeaseContract', entityId: contract.id, changes: { state: 'TERMINATED', reason: 'POLICY', ...settled } };
  });
}

/**
 * Written consent to alter the premises or put up a sign (装修改造、设置招牌须经书面同意): by the head, on a contract in
 * force, dated `today` at the latest. Fixtures are left at the end of the lease without compensation (docs/leasing.md).
 */
export async function recordConsent(
  em: EntityManager,
  actor: LeasingActor,
  input: { contractId: Id; kind: string; description: string; grantedOn: string },
  today: string,
): Promise<LeaseConsent> {
  return command(em, actor, 'recordConsent', async (tx, agencyId) => {
    const contract = await own(tx, LeaseContract, 'contractId', input.contractId, contractAgency, agencyId);
    failOn(consentIssues(input, contract.state, actor.principal, today));
    const consent = tx.create(LeaseConsent, {
      contract,
      kind: input.kind as ConsentKind,
      description: input.description.trim(),
      grantedOn: input.grantedOn,
      approvedById: Number(actor.principal.userId),
      approvedByName: actor.name.slice(0, 100),
    });
    await tx.flush();
    return {
      result: consent,
      entityType: 'LeaseContract',
      entityId: contract.id,
      changes: { consentId: consent.id, kind: consent.kind, description: consent.description, grantedOn: consent.grantedOn },
    };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Utilities

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;
function previousPeriod(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** A monthly reading; a meter never reads lower than its previous reading. */
export async function recordReading(
  em: EntityManager,
  actor: LeasingActor,
  input: { meterId: Id; period: string; valueCenti: number; readOn: string },
): Promise<MeterReading> {
  return command(em, actor, 'recordReading', async (tx, agencyId) => {
    const meter = await own(tx, Meter, 'meterId', input.meterId, (m) => m.agency.id, agencyId);
    if (!PERIOD.test(input.period)) throw new RuleError([{ field: 'period', code: 'LEASE_PERIOD_FORMAT' }]);
    if ((await tx.count(MeterReading, { meter: meter.id, period: input.period })) > 0)
      throw new RuleError([{ field: 'meterId', code: 'LEASE_DUPLICATE_READING' }]);
    const previous = await tx.findOne(MeterReading, { meter: meter.id, period: { $lt: input.period } }, { orderBy: { period: 'desc' } });
    const issues = readingIssues(previous?.valueCenti ?? null, input.valueCenti);
    if (!isIsoDate(input.readOn)) issues.push({ field: 'readOn', code: 'INVALID_DATE' });
    failOn(issues);
    const reading = tx.create(MeterReading, {
      meter,
      period: input.period,
      valueCenti: input.valueCenti,
      readOn: input.readOn,
      recordedById: Number(actor.principal.userId),
    });
    await tx.flush();
    return {
      result: reading,
      entityType: 'MeterReading',
      entityId: reading.id,
      changes: { meterId: meter.id, period: input.period, valueCenti: input.valueCenti },
    };
  });
}

/**
 * The month's statements: each tenant's own usage on its sub-meters, plus an equal share of each master meter's loss
 * (largest remainder, in fen); a master meter whose sub-meters read above it is flagged and its loss not billed.
 * Every meter needs this month's and last month's readings.
 */
export async function issueStatements(em: EntityManager, actor: LeasingActor, period: string, today: string): Promise<UtilityStatement[]> {
  return command(em, actor, 'issueStatements', async (tx, agencyId) => {
    if (!PERIOD.test(period)) throw new RuleError([{ field: 'period', code: 'LEASE_PERIOD_FORMAT' }]);
    if ((await tx.count(UtilityStatement, { agency: agencyId, period })) > 0)
      throw new RuleError([{ field: 'period', code: 'LEASE_STATEMENTS_ISSUED', params: { month: period } }]);
    const meters = await tx.find(Meter, { agency: agencyId }, { orderBy: { id: 'asc' } });
    const readings = await tx.find(MeterReading, { meter: { agency: agencyId }, period: { $in: [period, previousPeriod(period)] } });
    const at = (m: Meter, p: string) => readings.find((r) => r.meter.id === m.id && r.period === p)?.valueCenti;
    const missing = meters.filter((m) => at(m, period) === undefined || at(m, previousPeriod(period)) === undefined).map((m) => m.code);
    if (missing.length > 0) throw new RuleError([{ field: 'period', code: 'LEASE_MISSING_READINGS', params: { month: period, meters: missing.join('、') } }]);
    const usage = (m: Meter) => at(m, period)! - at(m, previousPeriod(period))!;
    const monthStart = `${period}-01`;
    const monthEnd = new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)), 0)).toISOString().slice(0, 10);
    const contracts = await tx.find(LeaseContract, {
      agency: agencyId,
      startDate: { $lte: monthEnd },
      $or: [{ terminatedOn: null }, { terminatedOn: { $gte: monthStart } }],
      endDate: { $gte: monthStart },
      state: { $in: ['ACTIVE', 'FLAGGED', 'TERMINATED', 'RENEWED', 'ENDED'] },
    });
    const contractOfUnit = (unitId: number | undefined) =>
      unitId == null ? undefined : contracts.filter((c) => c.unit.id === unitId).sort((a, b) => b.startDate.localeCompare(a.startDate))[0];
    const lines = new Map<number, UtilityStatement['lines']>();
    const line = (c: LeaseContract) => lines.get(c.id) ?? (lines.set(c.id, []), lines.get(c.id)!);
    const losses: { meter: string; state: string; lossFen: number }[] = [];
    for (const master of meters.filter((m) => !m.master)) {
      const subs = meters.filter((m) => m.master?.id === master.id);
      const tenantSubs = subs.map((s) => ({ meter: s, contract: contractOfUnit(s.unit?.id) }));
      for (const { meter, contract } of tenantSubs) {
        if (!contract) continue;
        const u = usage(meter);
        line(contract).push({
          meterId: meter.id,
          kind: meter.kind,
          usageCenti: u,
          priceFen: meter.priceFen,
          amountFen: costFen(u, meter.priceFen),
          lossShareFen: 0,
        });
      }
      if (subs.length === 0) continue;
      const billed = tenantSubs.filter((t) => t.contract).map((t) => ({ tenantKey: String(t.contract!.id).padStart(10, '0'), usageCenti: usage(t.meter) }));
      const allSubsUsage = subs.reduce((s, m) => s + usage(m), 0);
      // The loss is the master minus all its sub-meters (a vacant unit's sub-meter included); only tenants share it.
      const result = apportionLoss(usage(master) - allSubsUsage + billed.reduce((s, b) => s + b.usageCenti, 0), billed, master.priceFen);
      const lossFen = result.kind === 'NEGATIVE_LOSS' ? 0 : result.lossFen;
      tx.create(MeterLoss, {
        meter: master,
        period,
        lossCenti: result.lossCenti,
        lossFen,
        state: result.kind === 'BILLED' ? 'BILLED' : result.kind === 'NEGATIVE_LOSS' ? 'NEGATIVE' : 'NO_TENANTS',
      });
      losses.push({ meter: master.code, state: result.kind, lossFen });
      for (const share of result.shares) {
        const c = contracts.find((x) => x.id === Number(share.tenantKey))!;
        line(c).push({ meterId: master.id, kind: master.kind, usageCenti: 0, priceFen: master.priceFen, amountFen: 0, lossShareFen: share.fen });
      }
    }
    const statements: UtilityStatement[] = [];
    for (const [contractId, ls] of lines) {
      const usageFen = ls.reduce((s, l) => s + l.amountFen, 0);
      const lossShareFen = ls.reduce((s, l) => s + l.lossShareFen, 0);
      statements.push(
        tx.create(UtilityStatement, {
          agency: tx.getReference(Agency, agencyId),
          contract: tx.getReference(LeaseContract, contractId),
          period,
          lines: ls,
          usageFen,
          lossShareFen,
          totalFen: usageFen + lossShareFen,
          paidFen: 0,
          issuedOn: today,
        }),
      );
    }
    await tx.flush();
    return { result: statements, entityType: 'UtilityStatement', entityId: period, changes: { period, statements: statements.length, losses } };
  });
}

/**
 * A utility payment against one monthly statement (utilities are billed and collected apart from rent): more than
 * zero, never more than the statement still owes, dated `today` (Asia/Shanghai) at the latest. Paying exactly what is
 * owed closes the statement. Not rent: no rent receipt and no rent income.
 */
export async function recordUtilityPayment(
  em: EntityManager,
  actor: LeasingActor,
  input: { statementId: Id; amountFen: number; paidOn: string },
  today: string,
): Promise<UtilityStatement> {
  return command(em, actor, 'recordUtilityPayment', async (tx, agencyId) => {
    const statement = await own(tx, UtilityStatement, 'statementId', input.statementId, (x) => x.agency.id, agencyId);
    failOn(utilityPaymentIssues(statement, input.amountFen, input.paidOn, today));
    statement.paidFen += input.amountFen;
    return {
      result: statement,
      entityType: 'UtilityStatement',
      entityId: statement.id,
      changes: {
        period: statement.period,
        contractId: statement.contract.id,
        amountFen: input.amountFen,
        paidOn: input.paidOn,
        paidFen: statement.paidFen,
        totalFen: statement.totalFen,
      },
    };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Spending approvals

export async function requestSpending(
  em: EntityManager,
  actor: LeasingActor,
  input: { title: string; purpose: string; amountFen: number },
): Promise<SpendingRequest> {
  return command(em, actor, 'requestSpending', async (tx, agencyId) => {
    const issues: FieldIssue[] = [...amountIssues(input.amountFen, 'amount')];
    if (!input.title?.trim()) issues.push({ field: 'name', code: 'REQUIRED' });
    if (!input.purpose?.trim()) issues.push({ field: 'reason', code: 'REQUIRED' });
    failOn(issues);
    const request = tx.create(SpendingRequest, {
      agency: tx.getReference(Agency, agencyId),
      title: input.title.trim(),
      purpose: input.purpose.trim(),
      amountFen: input.amountFen,
      state: 'AWAITING_SIGN',
      requestedById: Number(actor.principal.userId),
    });
    await tx.flush();
    return { result: request, entityType: 'SpendingRequest', entityId: request.id, changes: { title: request.title, amountFen: request.amountFen } };
  });
}

async function stepContext(tx: EntityManager, actor: LeasingActor, requestId: Id, agencyId: number) {
  const request = await own(tx, SpendingRequest, 'requestId', requestId, (r) => r.agency.id, agencyId);
  const steps = await tx.find(SpendingStep, { request: request.id }, { orderBy: { id: 'asc' } });
  const who = { userId: actor.principal.userId, position: actor.principal.position ?? null };
  return { request, steps, who, taken: steps.map((s) => ({ step: s.step as 'SIGN' | 'REVIEW' | 'APPROVE', userId: String(s.userId) })) };
}

const STEP_OF: Record<string, 'SIGN' | 'REVIEW' | 'APPROVE'> = { AWAITING_SIGN: 'SIGN', AWAITING_REVIEW: 'REVIEW', AWAITING_APPROVAL: 'APPROVE' };

/** The pending step, signed by a member of its position who has taken no earlier step. */
export async function signStep(em: EntityManager, actor: LeasingActor, requestId: Id, note: string | null, now: Date): Promise<SpendingRequest> {
  return command(em, actor, 'signStep', async (tx, agencyId) => {
    const { request, taken, who } = await stepContext(tx, actor, requestId, agencyId);
    failOn(approvalIssues(request.state as SpendingState, taken, who));
    const step = STEP_OF[request.state]!;
    tx.create(SpendingStep, { request, step, userId: Number(who.userId), userName: actor.name, decision: 'SIGNED', note: note?.trim() || null, at: now });
    request.state = stateAfterStep(request.state as SpendingState);
    return { result: request, entityType: 'SpendingRequest', entityId: request.id, changes: { step, state: request.state } };
  });
}

/** The pending step refused, with the reason; the request ends. */
export async function rejectStep(em: EntityManager, actor: LeasingActor, requestId: Id, reason: string, now: Date): Promise<SpendingRequest> {
  return command(em, actor, 'rejectStep', async (tx, agencyId) => {
    const { request, taken, who } = await stepContext(tx, actor, requestId, agencyId);
    failOn(rejectionIssues(request.state as SpendingState, taken, who, reason ?? ''));
    const step = STEP_OF[request.state]!;
    tx.create(SpendingStep, { request, step, userId: Number(who.userId), userName: actor.name, decision: 'REJECTED', note: reason.trim(), at: now });
    Object.assign(request, { state: 'REJECTED', rejectionReason: reason.trim() });
    return { result: request, entityType: 'SpendingRequest', entityId: request.id, changes: { step, state: 'REJECTED', reason: reason.trim() } };
  });
}

export type { Trade };
