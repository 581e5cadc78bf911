import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import {
  areaText,
  ballotListHash,
  committeeRuleSet,
  committeeRuleSetOn,
  dutyReviewIssues,
  electionIssue,
  maskIdNumber,
  normaliseIdNumber,
  officersIssues,
  parseAreaCenti,
  recallCarried,
  recallIssue,
  rollTotals,
  isIsoDate,
  runsElection,
  shanghaiDate,
  tally,
  termEnd,
  termState,
  tieSettlementIssues,
  votersOf,
  type AssemblyForm,
  type BallotChannel,
  type CommitteeRuleSet,
  type CounterRole,
  type DutyResult,
  type ElectionAction,
  type FieldIssue,
  type NominationRoute,
  type Principal,
} from '@wuye/domain';
import {
  CommitteeCandidate,
  CommitteeElection,
  Community,
  DutyReview,
  ElectionBallot,
  ElectionCounter,
  OwnersCommittee,
  OwnerUnit,
  PaperEntry,
  PreparatoryMember,
  RecallMotion,
  RollEntry,
  UnitOwner,
  VotingCode,
} from '../entities/index.js';
import { parseId, reference } from '../references.js';
import { failOn, RuleError } from '../rule-error.js';
import { committeeMembers, currentElectionOf, electionFacts, paperProblems, participation, rulesOf, votingCodeHash } from './queries.js';

/**
 * Owners' committee writes (issue 13): the owners' sheet, then an election from the preparatory group to a filed
 * committee, and recall motions. Each command runs in the caller's transaction, checks the rules of @wuye/domain
 * (committees/) and throws RuleError before anything is flushed when they refuse. Staff commands take the caller
 * (`who`): township staff act only in their own area. Casting an online ballot takes a voting code instead.
 */

type Id = string | number;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** 32 letters and digits that cannot be misread (no 0/O, 1/I): codes and receipts are typed in by hand. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const randomText = (length: number) => [...randomBytes(length)].map((b) => ALPHABET[b & 31]).join('');

// ---------------------------------------------------------------------------------------------------------------
// The owners' sheet

export interface OwnerRow {
  building: string;
  unitNo?: string | null;
  room: string;
  /** Exclusive area in m², at most two decimals. */
  area: string | number;
  /** Empty on a unit no one has bought yet (the developer's). */
  ownerName?: string | null;
  idNumber?: string | null;
  phone?: string | null;
}

export interface ImportReport {
  units: number;
  owners: number;
}

/**
 * Imports a community's units and owners of record from sheet rows (one row per owner; co-owners repeat the unit).
 * Every row is checked and every issue reported by its row number (`rows.3.area`); nothing is written when any row is
 * wrong. Units already on record are matched by building, stairwell and room: their area is updated and their owners
 * replaced by the sheet's.
 */
export async function importOwners(em: EntityManager, who: Principal | null, communityId: Id, rows: readonly OwnerRow[]): Promise<ImportReport> {
  const issues: FieldIssue[] = [];
  const community = await reference(em, Community, 'communityId', communityId, issues);
  if (community && !runsElection(who, String(community.township.id))) issues.push({ field: 'communityId', code: 'OUT_OF_SCOPE' });
  if (rows.length === 0) issues.push({ field: 'rows', code: 'REQUIRED' });
  const units = new Map<
    string,
    {
      row: number;
      building: string;
      unitNo: string;
      room: string;
      areaCenti: number;
      owners: { name: string; idKey: string; idMasked: string; phone: string | null }[];
    }
  >();
  rows.forEach((r, i) => {
    const n = i + 1;
    const at = (f: string) => `rows.${n}.${f}`;
    const building = (r.building ?? '').trim();
    const unitNo = (r.unitNo ?? '').trim();
    const room = (r.room ?? '').trim();
    const name = (r.ownerName ?? '').trim();
    const idText = (r.idNumber ?? '').trim();
    const phone = (r.phone ?? '').trim() || null;
    if (!building) issues.push({ field: at('building'), code: 'REQUIRED' });
    if (!room) issues.push({ field: at('room'), code: 'REQUIRED' });
    for (const [f, v] of [
      ['building', building],
      ['unitNo', unitNo],
      ['room', room],
    ] as const)
      if (v.length > 20) issues.push({ field: at(f), code: 'TOO_LONG', params: { max: 20 } });
    if (name.length > 50) issues.push({ field: at('ownerName'), code: 'TOO_LONG', params: { max: 50 } });
    if (phone && phone.length > 30) issues.push({ field: at('phone'), code: 'TOO_LONG', params: { max: 30 } });
    const areaCenti = parseAreaCenti(r.area);
    if (areaCenti == null) issues.push({ field: at('area'), code: 'AREA_FORMAT' });
    const id = idText ? normaliseIdNumber(idText) : null;
    if (idText && !id) issues.push({ field: at('idNumber'), code: 'INVALID_FORMAT' });
    if (name && !idText) issues.push({ field: at('idNumber'), code: 'REQUIRED' });
    if (idText && !name) issues.push({ field: at('ownerName'), code: 'REQUIRED' });
    if (!building || !room || areaCenti == null) return;
    const key = `${building}\u0000${unitNo}\u0000${room}`;
    const unit = units.get(key) ?? { row: n, building, unitNo, room, areaCenti, owners: [] };
    units.set(key, unit);
    if (unit.areaCenti !== areaCenti) issues.push({ field: at('area'), code: 'AREA_CONFLICT', params: { other: unit.row } });
    if (!id || !name) return;
    const idKey = sha256(id);
    if (unit.owners.some((o) => o.idKey === idKey)) issues.push({ field: at('idNumber'), code: 'DUPLICATE', params: { value: maskIdNumber(id) } });
    else unit.owners.push({ name, idKey, idMasked: maskIdNumber(id), phone });
  });
  failOn(issues);
  const existing = await em.find(OwnerUnit, { community: community!.id });
  const byKey = new Map(existing.map((u) => [`${u.building}\u0000${u.unitNo}\u0000${u.room}`, u]));
  const replaced = [...units.keys()].map((k) => byKey.get(k)?.id).filter((x): x is number => x != null);
  if (replaced.length) await em.nativeDelete(UnitOwner, { unit: { $in: replaced } });
  let owners = 0;
  for (const [key, u] of units) {
    const row = byKey.get(key) ?? em.create(OwnerUnit, { community: community!, building: u.building, unitNo: u.unitNo, room: u.room, areaCenti: u.areaCenti });
    row.areaCenti = u.areaCenti;
    for (const o of u.owners) em.create(UnitOwner, { unit: row, ...o });
    owners += u.owners.length;
  }
  await em.flush();
  return { units: units.size, owners };
}

// ---------------------------------------------------------------------------------------------------------------
// Preparing the election

export interface NewElection {
  communityId: Id;
  /** 筹备组: owners' representatives with the township's and the community's staff. */
  members: { name: string; role: string }[];
  assembly: { at: Date; place: string; form: AssemblyForm; agenda: string };
  /** A rule set other than the one in effect today (a city's own). */
  ruleSet?: { code: string; version: number } | null;
}

const OPEN_STATUSES = ['PREPARING', 'PUBLICISED', 'ROLL_FROZEN', 'VOTING', 'COUNTING', 'ELECTED'] as const;

/** Forms the preparatory group and calls the assembly: a committee (term not yet started) and its election, PREPARING. */
export async function createElection(em: EntityManager, who: Principal | null, input: NewElection, today: string): Promise<CommitteeElection> {
  const issues: FieldIssue[] = [];
  const community = await reference(em, Community, 'communityId', input.communityId, issues);
  if (community && !runsElection(who, String(community.township.id))) issues.push({ field: 'communityId', code: 'OUT_OF_SCOPE' });
  if (community && (await em.count(CommitteeElection, { community: community.id, status: { $in: [...OPEN_STATUSES] } })) > 0)
    issues.push({ field: 'communityId', code: 'ELECTION_IN_PROGRESS' });
  const members = input.members.map((m) => ({ name: m.name.trim(), role: m.role.trim() }));
  issues.push(...groupIssues(input));
  const rules = input.ruleSet ? committeeRuleSetFor(input.ruleSet, issues) : committeeRuleSetOn(today);
  if (!rules && !input.ruleSet) issues.push({ field: 'ruleSet', code: 'REQUIRED' });
  failOn(issues);
  const ruleSet = { ruleSetCode: rules!.code, ruleSetVersion: rules!.version };
  const committee = em.create(OwnersCommittee, { community: community!, ...ruleSet });
  const election = em.create(CommitteeElection, {
    committee,
    community: community!,
    status: 'PREPARING',
    ...ruleSet,
    seats: rules!.seats,
    assemblyAt: input.assembly.at,
    assemblyPlace: input.assembly.place.trim(),
    assemblyForm: input.assembly.form,
    agenda: input.assembly.agenda.trim(),
  });
  for (const m of members) em.create(PreparatoryMember, { election, ...m });
  await em.flush();
  return election;
}

function committeeRuleSetFor(ref: { code: string; version: number }, issues: FieldIssue[]): CommitteeRuleSet | null {
  const found = committeeRuleSet(ref.code, ref.version);
  if (!found) issues.push({ field: 'ruleSet', code: 'UNKNOWN_REFERENCE', params: { id: `${ref.code} v${ref.version}` } });
  return found;
}

/**
 * Loads an election for a staff action: unknown → UNKNOWN_REFERENCE, another township's → OUT_OF_SCOPE, then the
 * workflow's own refusal (the same reason `electionActions` shows).
 */
async function forAction(em: EntityManager, who: Principal | null, electionId: Id, action: ElectionAction, now: Date) {
  const issues: FieldIssue[] = [];
  const election = await reference(em, CommitteeElection, 'electionId', electionId, issues);
  failOn(issues);
  const f = await electionFacts(em, election!);
  if (!runsElection(who, f.townshipId)) throw new RuleError([{ field: 'electionId', code: 'OUT_OF_SCOPE' }]);
  const rules = rulesOf(election!);
  const refused = electionIssue(f, action, rules, now);
  if (refused) throw new RuleError([refused]);
  return { election: election!, rules, facts: f };
}

export interface Nomination {
  name: string;
  /** The candidate's own unit (an owner of record, a co-owner or their representative). */
  unitId?: Id | null;
  route: NominationRoute;
  nominatedBy?: string | null;
  /** The group has checked the seed's conditions (owner, full capacity, time for the work…). */
  eligibilityAttested: boolean;
  attestedBy?: string | null;
}

export async function nominateCandidate(em: EntityManager, who: Principal | null, electionId: Id, input: Nomination, now: Date): Promise<CommitteeCandidate> {
  const { election } = await forAction(em, who, electionId, 'NOMINATE', now);
  const issues: FieldIssue[] = [];
  const name = input.name.trim();
  if (!name) issues.push({ field: 'name', code: 'REQUIRED' });
  const unit = await reference(em, OwnerUnit, 'unitId', input.unitId, issues);
  if (unit && unit.community.id !== election.community.id) issues.push({ field: 'unitId', code: 'OUT_OF_SCOPE' });
  if (input.eligibilityAttested && !input.attestedBy?.trim()) issues.push({ field: 'attestedBy', code: 'REQUIRED' });
  if (name && (await em.count(ElectionCounter, { election: election.id, name })) > 0) issues.push({ field: 'name', code: 'COUNTER_IS_CANDIDATE' });
  if (name && (await em.count(CommitteeCandidate, { election: election.id, name })) > 0)
    issues.push({ field: 'name', code: 'DUPLICATE', params: { value: name } });
  failOn(issues);
  const c = em.create(CommitteeCandidate, {
    election,
    name,
    unit,
    route: input.route,
    nominatedBy: input.nominatedBy?.trim() || null,
    eligibilityAttested: input.eligibilityAttested,
    attestedBy: input.eligibilityAttested ? input.attestedBy!.trim() : null,
  });
  await em.flush();
  return c;
}

/** Attests a nominated candidate's eligibility, while the list is still being prepared. */
export async function attestCandidate(em: EntityManager, who: Principal | null, candidateId: Id, attestedBy: string, now: Date): Promise<CommitteeCandidate> {
  const issues: FieldIssue[] = [];
  const c = await reference(em, CommitteeCandidate, 'candidateId', candidateId, issues);
  if (!attestedBy.trim()) issues.push({ field: 'attestedBy', code: 'REQUIRED' });
  failOn(issues);
  await forAction(em, who, c!.election.id, 'NOMINATE', now);
  Object.assign(c!, { eligibilityAttested: true, attestedBy: attestedBy.trim() });
  await em.flush();
  return c!;
}

/** 监票人/计票人: named people who are not candidates. */
export async function addCounter(
  em: EntityManager,
  who: Principal | null,
  electionId: Id,
  input: { name: string; role: CounterRole },
  now: Date,
): Promise<ElectionCounter> {
  const { election } = await forAction(em, who, electionId, 'ADD_COUNTER', now);
  const name = input.name.trim();
  if (!name) throw new RuleError([{ field: 'name', code: 'REQUIRED' }]);
  if ((await em.count(CommitteeCandidate, { election: election.id, name })) > 0) throw new RuleError([{ field: 'counters', code: 'COUNTER_IS_CANDIDATE' }]);
  const counter = em.create(ElectionCounter, { election, name, role: input.role });
  await em.flush();
  return counter;
}

/** Publicises the candidate list (every candidate's eligibility attested). */
export async function publiciseCandidates(em: EntityManager, who: Principal | null, electionId: Id, now: Date): Promise<CommitteeElection> {
  const { election } = await forAction(em, who, electionId, 'PUBLICISE', now);
  Object.assign(election, { status: 'PUBLICISED', publicisedOn: shanghaiDate(now) });
  await em.flush();
  return election;
}

/** Freezes the voter roll from the owners of record: one row per unit, with its voter and the roll's area and headcount. */
export async function freezeRoll(em: EntityManager, who: Principal | null, electionId: Id, now: Date): Promise<CommitteeElection> {
  const { election } = await forAction(em, who, electionId, 'FREEZE_ROLL', now);
  const units = await em.find(OwnerUnit, { community: election.community.id }, { orderBy: { id: 'asc' } });
  const owners = await em.find(UnitOwner, { unit: { $in: units.map((u) => u.id) } });
  const voters = votersOf(
    units.map((u) => ({ unitId: String(u.id), areaCenti: u.areaCenti, ownerKeys: owners.filter((o) => o.unit.id === u.id).map((o) => o.idKey) })),
  );
  const unitsById = new Map(units.map((u) => [String(u.id), u]));
  for (const v of voters)
    for (const id of v.unitIds)
      em.create(RollEntry, { election, unit: unitsById.get(id)!, voterKey: v.key, areaCenti: unitsById.get(id)!.areaCenti, channel: null });
  Object.assign(election, {
    status: 'ROLL_FROZEN',
    rollFrozenAt: now,
    rollAreaCenti: voters.reduce((s, v) => s + v.areaCenti, 0),
    rollHeadcount: voters.length,
  });
  await em.flush();
  return election;
}

export interface IssuedCode {
  unitId: number;
  building: string;
  unitNo: string;
  room: string;
  /** Shown once, for the printable sheet; only its hash is kept. */
  code: string;
}

/** One voting code per unit of the frozen roll, returned once for the printable sheet. */
export async function issueVotingCodes(em: EntityManager, who: Principal | null, electionId: Id, now: Date): Promise<IssuedCode[]> {
  const { election } = await forAction(em, who, electionId, 'ISSUE_CODES', now);
  const entries = await em.find(
    RollEntry,
    { election: election.id },
    { populate: ['unit'], orderBy: { unit: { building: 'asc', unitNo: 'asc', room: 'asc' } } },
  );
  const out: IssuedCode[] = [];
  for (const entry of entries) {
    const raw = randomText(12);
    em.create(VotingCode, { election, entry, codeHash: sha256(raw) });
    out.push({
      unitId: entry.unit.id,
      building: entry.unit.building,
      unitNo: entry.unit.unitNo,
      room: entry.unit.room,
      code: `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`,
    });
  }
  election.codesIssuedAt = now;
  await em.flush();
  return out;
}

/** Opens voting for the window [opensAt, closesAt]; refused unless contested and at least two counters are named. */
export async function openVoting(
  em: EntityManager,
  who: Principal | null,
  electionId: Id,
  window: { opensAt: Date; closesAt: Date },
  now: Date,
): Promise<CommitteeElection> {
  if (window.closesAt.getTime() <= window.opensAt.getTime()) throw new RuleError([{ field: 'closesAt', code: 'DATE_BEFORE', params: { other: 'opensAt' } }]);
  const { election } = await forAction(em, who, electionId, 'OPEN_VOTING', now);
  Object.assign(election, { status: 'VOTING', opensAt: window.opensAt, closesAt: window.closesAt });
  await em.flush();
  return election;
}

// ---------------------------------------------------------------------------------------------------------------
// Voting

/** The choices of a ballot: candidates on the list, each once (too many is refused online and void on paper). */
async function choiceIssues(em: EntityManager, election: CommitteeElection, choices: readonly string[]): Promise<FieldIssue[]> {
  const ids = new Set((await em.find(CommitteeCandidate, { election: election.id })).map((c) => String(c.id)));
  const issues: FieldIssue[] = [];
  for (const c of choices) if (!ids.has(c)) issues.push({ field: 'choices', code: 'NOT_ON_LIST', params: { id: c } });
  if (new Set(choices).size !== choices.length) issues.push({ field: 'choices', code: 'DUPLICATE_CHOICE' });
  return issues;
}

/**
 * Marks every unit of a voter as having voted by a channel, atomically: refused (ALREADY_VOTED) when any of them has,
 * so two ballots racing for one voter cannot both get through.
 */
async function markVoted(em: EntityManager, election: CommitteeElection, voterKey: string, channel: BallotChannel): Promise<number> {
  const units = await em.find(RollEntry, { election: election.id, voterKey });
  const marked = await em.nativeUpdate(RollEntry, { election: election.id, voterKey, channel: null }, { channel });
  if (marked !== units.length) throw new RuleError([{ field: 'votingCode', code: 'ALREADY_VOTED' }]);
  return units.reduce((s, u) => s + u.areaCenti, 0);
}

/**
 * An owner's online ballot with the one-time code of their unit, inside the voting window: one ballot per voter (a
 * code of any of the voter's units), candidates on the list only. Returns the receipt id, the owner's only link to the
 * ballot: the ballot row never names the unit.
 */
export async function castOnlineBallot(
  em: EntityManager,
  input: { code: string; choices: string[] },
  now: Date,
): Promise<{ receiptId: string; electionId: number }> {
  const code = await em.findOne(VotingCode, { codeHash: votingCodeHash(input.code) }, { populate: ['entry', 'election'] });
  if (!code) throw new RuleError([{ field: 'votingCode', code: 'CODE_INVALID' }]);
  const election = code.election;
  const refused = electionIssue(await electionFacts(em, election), 'CAST', rulesOf(election), now);
  if (refused) throw new RuleError([refused]);
  const issues = await choiceIssues(em, election, input.choices);
  if (input.choices.length > election.seats) issues.push({ field: 'choices', code: 'TOO_MANY_CHOICES', params: { seats: election.seats } });
  failOn(issues);
  const areaCenti = await markVoted(em, election, code.entry.voterKey, 'ONLINE');
  const receiptId = randomText(16);
  em.create(ElectionBallot, { election, receiptId, choices: [...input.choices], areaCenti, channel: 'ONLINE' });
  await em.flush();
  return { receiptId, electionId: election.id };
}

/**
 * Signs in a unit's voter at the assembly (领票): the voter has voted on paper; the paper itself carries no unit. Someone
 * holding the owner's written proxy (书面委托, kept by the group) signs in under their own name.
 */
export async function signInPaperVoter(
  em: EntityManager,
  who: Principal | null,
  electionId: Id,
  unitId: Id,
  now: Date,
  proxyName?: string | null,
): Promise<{ areaCenti: number; area: string }> {
  const { election } = await forAction(em, who, electionId, 'SIGN_IN_PAPER', now);
  const entry = await em.findOne(RollEntry, { election: election.id, unit: parseId(unitId) ?? 0 });
  if (!entry) throw new RuleError([{ field: 'unitId', code: 'UNKNOWN_REFERENCE', params: { id: String(unitId) } }]);
  const proxy = proxyName?.trim() || null;
  if (proxy && proxy.length > 50) throw new RuleError([{ field: 'proxyName', code: 'TOO_LONG', params: { max: 50 } }]);
  const areaCenti = await markVoted(em, election, entry.voterKey, 'PAPER');
  if (proxy) await em.nativeUpdate(RollEntry, { id: entry.id }, { proxyName: proxy });
  return { areaCenti, area: areaText(areaCenti) };
}

export interface PaperBallotEntry {
  counterId: Id;
  /** The serial on the ballot's stub: it is the ballot's receipt id. */
  paperNo: string;
  choices: string[];
  /** The voter's area printed on the paper, m². */
  area: string | number;
}

/**
 * One counter's entry of a paper ballot. Two counters enter every paper; until their entries agree the paper is
 * flagged and the count refused. A counter entering the same paper again replaces their own entry (the resolution).
 * Naming more candidates than seats is accepted: the ballot is void at the count.
 */
export async function enterPaperBallot(
  em: EntityManager,
  who: Principal | null,
  electionId: Id,
  input: PaperBallotEntry,
  now: Date,
): Promise<{ paperNo: string; mismatch: boolean; entries: number }> {
  const { election } = await forAction(em, who, electionId, 'ENTER_PAPER', now);
  const issues: FieldIssue[] = [];
  const counter = await reference(em, ElectionCounter, 'counterId', input.counterId, issues);
  if (counter && counter.election.id !== election.id) issues.push({ field: 'counterId', code: 'OUT_OF_SCOPE' });
  const paperNo = input.paperNo.trim().toUpperCase();
  if (!/^[A-Z0-9]{8,32}$/.test(paperNo)) issues.push({ field: 'paperNo', code: 'INVALID_FORMAT' });
  const areaCenti = parseAreaCenti(input.area);
  if (areaCenti == null) issues.push({ field: 'area', code: 'AREA_FORMAT' });
  issues.push(...(await choiceIssues(em, election, input.choices)));
  failOn(issues);
  const mine = await em.findOne(PaperEntry, { election: election.id, paperNo, counter: counter!.id });
  if (mine) Object.assign(mine, { choices: [...input.choices], areaCenti: areaCenti! });
  else em.create(PaperEntry, { election, paperNo, counter: counter!, choices: [...input.choices], areaCenti: areaCenti! });
  await em.flush();
  const entries = await em.count(PaperEntry, { election: election.id, paperNo });
  return { paperNo, entries, mismatch: entries >= 2 && (await paperProblems(em, election.id)).includes(paperNo) };
}

/** Closes voting once the window is over; paper entry may go on until the count. */
export async function closeVoting(em: EntityManager, who: Principal | null, electionId: Id, now: Date): Promise<CommitteeElection> {
  const { election } = await forAction(em, who, electionId, 'CLOSE_VOTING', now);
  election.status = 'COUNTING';
  await em.flush();
  return election;
}

/**
 * The count: agreed paper ballots join the online ones, the tally is taken over them all (domain `tally`) and kept
 * with the hash of the published ballot list. ELECTED, or VOID (more ballots than voters, or no quorum).
 */
export async function countVotes(em: EntityManager, who: Principal | null, electionId: Id, now: Date): Promise<CommitteeElection> {
  const { election, rules } = await forAction(em, who, electionId, 'COUNT', now);
  const entries = await em.find(PaperEntry, { election: election.id }, { orderBy: { id: 'asc' } });
  const papers = new Map(entries.map((e) => [e.paperNo, e]));
  for (const [paperNo, e] of papers) em.create(ElectionBallot, { election, receiptId: paperNo, choices: e.choices, areaCenti: e.areaCenti, channel: 'PAPER' });
  await em.flush();
  const ballots = (await em.find(ElectionBallot, { election: election.id })).map((b) => ({
    receiptId: b.receiptId,
    areaCenti: b.areaCenti,
    choices: b.choices,
  }));
  const candidates = await em.find(CommitteeCandidate, { election: election.id });
  const result = tally({
    rules,
    seats: election.seats,
    candidateIds: candidates.map((c) => String(c.id)),
    roll: { areaCenti: election.rollAreaCenti ?? 0, headcount: election.rollHeadcount ?? 0 },
    participated: await participation(em, election.id),
    ballots,
  });
  for (const c of candidates) c.elected = result.elected.includes(String(c.id));
  Object.assign(election, { status: result.valid ? 'ELECTED' : 'VOID', result, ballotListHash: await ballotListHash(ballots), countedAt: now });
  await em.flush();
  return election;
}

// ---------------------------------------------------------------------------------------------------------------
// After the vote

/** The counters sign the count (由监票人签字), at least one of them a monitor; filing waits for it. */
export async function signOffCount(em: EntityManager, who: Principal | null, electionId: Id, counterIds: Id[], now: Date): Promise<CommitteeElection> {
  const { election } = await forAction(em, who, electionId, 'SIGN_OFF', now);
  const ids = [...new Set(counterIds.map((id) => parseId(id)).filter((id): id is number => id != null))];
  const counters = ids.length ? await em.find(ElectionCounter, { election: election.id, id: { $in: ids } }) : [];
  if (counters.length === 0 || counters.length !== counterIds.length) throw new RuleError([{ field: 'counters', code: 'REQUIRED' }]);
  if (!counters.some((c) => c.role === 'MONITOR')) throw new RuleError([{ field: 'counters', code: 'MONITOR_REQUIRED' }]);
  Object.assign(election, { signedOffBy: counters.map((c) => String(c.id)), signedOffAt: now });
  await em.flush();
  return election;
}

/** The members already elected settle a tie for the last seat(s): the winners from the tied, each with a majority of them. */
export async function settleTie(
  em: EntityManager,
  who: Principal | null,
  electionId: Id,
  winners: { candidateId: string; votes: number }[],
  now: Date,
): Promise<CommitteeElection> {
  const { election } = await forAction(em, who, electionId, 'SETTLE_TIE', now);
  const tie = election.result!.pendingTie!;
  failOn(tieSettlementIssues(winners, tie, election.result!.elected.length));
  const chosen = await em.find(CommitteeCandidate, { election: election.id, id: { $in: winners.map((w) => Number(w.candidateId)) } });
  for (const c of chosen) c.elected = true;
  election.tieSettlement = winners.map((w) => ({ candidateId: w.candidateId, votes: w.votes }));
  await em.flush();
  return election;
}

/** Chair and vice-chairs, chosen by the elected members (each by a majority of them). */
export async function electOfficers(
  em: EntityManager,
  who: Principal | null,
  electionId: Id,
  officers: { candidateId: string; position: 'CHAIR' | 'VICE_CHAIR'; votes: number }[],
  now: Date,
): Promise<CommitteeCandidate[]> {
  const { election, rules } = await forAction(em, who, electionId, 'ELECT_OFFICERS', now);
  const members = await em.find(CommitteeCandidate, { election: election.id, elected: true }, { orderBy: { id: 'asc' } });
  failOn(
    officersIssues(
      officers,
      members.map((m) => String(m.id)),
      rules,
    ),
  );
  for (const m of members) {
    const o = officers.find((x) => x.candidateId === String(m.id));
    Object.assign(m, { position: o?.position ?? 'MEMBER', officerVotes: o?.votes ?? null });
  }
  await em.flush();
  return members;
}

/** 备案: the committee is filed with the township (and the bureau); its term runs from the count for the rule set's years. */
export async function fileCommittee(
  em: EntityManager,
  who: Principal | null,
  electionId: Id,
  input: { filedWith: string },
  now: Date,
): Promise<OwnersCommittee> {
  if (!input.filedWith.trim()) throw new RuleError([{ field: 'filedWith', code: 'REQUIRED' }]);
  const { election, rules } = await forAction(em, who, electionId, 'FILE', now);
  const committee = await em.findOneOrFail(OwnersCommittee, election.committee.id);
  // A supplementary election joins its members to the committee in term: the term stays.
  if (!election.supplementary) {
    const start = shanghaiDate(election.countedAt!);
    Object.assign(committee, { termStart: start, termEnd: termEnd(start, rules.termYears), filedOn: shanghaiDate(now), filedWith: input.filedWith.trim() });
  }
  election.status = 'FILED';
  await em.flush();
  return committee;
}

export interface RecallInput {
  /** Elected members the motion would recall. */
  memberIds: string[];
  /** Units whose owners support the motion. */
  supporterUnitIds: string[];
  reason: string;
}

/** After-vote actions need the committee in term. */
function inTerm(committee: OwnersCommittee, today: string, rules: CommitteeRuleSet, action: ElectionAction): void {
  if (committee.termEnd && termState(committee.termEnd, today, rules) === 'EXPIRED')
    throw new RuleError([{ field: 'committeeId', code: 'ILLEGAL_TRANSITION', params: { from: 'EXPIRED', action } }]);
}

/** A member leaves the committee (resigned, recalled, no longer an owner…): the seat is vacant from that day. */
export async function recordVacancy(em: EntityManager, who: Principal | null, memberId: Id, input: { reason: string }, now: Date): Promise<CommitteeCandidate> {
  const issues: FieldIssue[] = [];
  const member = await reference(em, CommitteeCandidate, 'memberId', memberId, issues);
  if (!input.reason.trim()) issues.push({ field: 'reason', code: 'REQUIRED' });
  failOn(issues);
  const { rules } = await forAction(em, who, member!.election.id, 'RECORD_VACANCY', now);
  const committee = await em.findOneOrFail(OwnersCommittee, (await em.findOneOrFail(CommitteeElection, member!.election.id)).committee.id);
  inTerm(committee, shanghaiDate(now), rules, 'RECORD_VACANCY');
  if (!member!.elected || member!.leftOn) throw new RuleError([{ field: 'memberId', code: 'NOT_A_MEMBER', params: { id: String(member!.id) } }]);
  Object.assign(member!, { leftOn: shanghaiDate(now), leftReason: input.reason.trim().slice(0, 200) });
  await em.flush();
  return member!;
}

/** 补选: an election of the committee in term for its vacant seats, under its rule set; its term and officers stay. */
export async function callSupplementaryElection(
  em: EntityManager,
  who: Principal | null,
  committeeId: Id,
  input: Pick<NewElection, 'members' | 'assembly'>,
  now: Date,
): Promise<CommitteeElection> {
  const issues: FieldIssue[] = [];
  const committee = await reference(em, OwnersCommittee, 'committeeId', committeeId, issues);
  failOn(issues);
  const current = await currentElectionOf(em, committee!.id);
  if (!current) throw new RuleError([{ field: 'committeeId', code: 'UNKNOWN_REFERENCE', params: { id: String(committeeId) } }]);
  const { rules, facts } = await forAction(em, who, current.id, 'CALL_SUPPLEMENTARY', now);
  inTerm(committee!, shanghaiDate(now), rules, 'CALL_SUPPLEMENTARY');
  issues.push(...groupIssues(input));
  if ((await em.count(CommitteeElection, { community: committee!.community.id, status: { $in: [...OPEN_STATUSES] } })) > 0)
    issues.push({ field: 'committeeId', code: 'ELECTION_IN_PROGRESS' });
  failOn(issues);
  const election = em.create(CommitteeElection, {
    committee: committee!,
    community: committee!.community,
    status: 'PREPARING',
    supplementary: true,
    ruleSetCode: current.ruleSetCode,
    ruleSetVersion: current.ruleSetVersion,
    seats: facts.vacancies,
    assemblyAt: input.assembly.at,
    assemblyPlace: input.assembly.place.trim(),
    assemblyForm: input.assembly.form,
    agenda: input.assembly.agenda.trim(),
  });
  for (const m of input.members) em.create(PreparatoryMember, { election, name: m.name.trim(), role: m.role.trim() });
  await em.flush();
  return election;
}

/** The preparatory group and the assembly: named members, a place and an agenda. */
function groupIssues(input: Pick<NewElection, 'members' | 'assembly'>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (input.members.length === 0 || input.members.some((m) => !m.name.trim() || !m.role.trim())) issues.push({ field: 'members', code: 'REQUIRED' });
  if (!input.assembly.place.trim()) issues.push({ field: 'assembly.place', code: 'REQUIRED' });
  if (!input.assembly.agenda.trim()) issues.push({ field: 'assembly.agenda', code: 'REQUIRED' });
  return issues;
}

export interface RecallVoteInput {
  heldOn: string;
  /** m², at most two decimals. */
  participatedArea: string;
  participatedHeadcount: number;
  inFavourArea: string;
  inFavourHeadcount: number;
}

/**
 * The assembly's vote on a recall motion, against the roll of the owners of record: carried with the quorum and more
 * than half of those taking part (by area and headcount), the members named leave the committee that day.
 */
export async function recordRecallVote(em: EntityManager, who: Principal | null, motionId: Id, input: RecallVoteInput, now: Date): Promise<RecallMotion> {
  const issues: FieldIssue[] = [];
  const motion = await reference(em, RecallMotion, 'motionId', motionId, issues);
  failOn(issues);
  const election = (await currentElectionOf(em, motion!.committee.id))!;
  const { rules } = await forAction(em, who, election.id, 'RECORD_RECALL_VOTE', now);
  if (motion!.outcome) throw new RuleError([{ field: 'motionId', code: 'ALREADY_DONE' }]);
  const today = shanghaiDate(now);
  if (!isIsoDate(input.heldOn) || input.heldOn > today) issues.push({ field: 'heldOn', code: 'IN_FUTURE' });
  else if (input.heldOn < motion!.movedOn) issues.push({ field: 'heldOn', code: 'DATE_BEFORE', params: { other: motion!.movedOn } });
  const committee = await em.findOneOrFail(OwnersCommittee, motion!.committee.id);
  const units = await em.find(OwnerUnit, { community: committee.community.id }, { orderBy: { id: 'asc' } });
  const owners = await em.find(UnitOwner, { unit: { $in: units.map((u) => u.id) } });
  const roll = rollTotals(
    votersOf(units.map((u) => ({ unitId: String(u.id), areaCenti: u.areaCenti, ownerKeys: owners.filter((o) => o.unit.id === u.id).map((o) => o.idKey) }))),
  );
  const area = (field: string, text: string) => {
    const centi = text.trim() === '0' ? 0 : parseAreaCenti(text);
    if (centi == null) issues.push({ field, code: 'AREA_FORMAT' });
    return centi ?? 0;
  };
  const count = (field: string, n: number) => {
    if (!Number.isInteger(n) || n < 0) issues.push({ field, code: 'NOT_INTEGER' });
    return n;
  };
  const participated = { areaCenti: area('participatedArea', input.participatedArea), headcount: count('participatedHeadcount', input.participatedHeadcount) };
  const inFavour = { areaCenti: area('inFavourArea', input.inFavourArea), headcount: count('inFavourHeadcount', input.inFavourHeadcount) };
  if (participated.areaCenti > roll.areaCenti) issues.push({ field: 'participatedArea', code: 'VOTE_EXCEEDS', params: { other: 'rollArea' } });
  if (participated.headcount > roll.headcount) issues.push({ field: 'participatedHeadcount', code: 'VOTE_EXCEEDS', params: { other: 'rollHeadcount' } });
  if (inFavour.areaCenti > participated.areaCenti) issues.push({ field: 'inFavourArea', code: 'VOTE_EXCEEDS', params: { other: 'participatedArea' } });
  if (inFavour.headcount > participated.headcount)
    issues.push({ field: 'inFavourHeadcount', code: 'VOTE_EXCEEDS', params: { other: 'participatedHeadcount' } });
  failOn(issues);
  const carried = recallCarried(rules, roll, participated, inFavour);
  Object.assign(motion!, { voteHeldOn: input.heldOn, outcome: carried ? 'CARRIED' : 'DEFEATED', vote: { roll, participated, inFavour } });
  if (carried) {
    const members = await committeeMembers(em, motion!.committee.id);
    for (const m of members.filter((x) => motion!.memberIds.includes(String(x.id)))) Object.assign(m, { leftOn: input.heldOn, leftReason: '业主大会表决罢免' });
  }
  await em.flush();
  return motion!;
}

/** The township reviews a filed committee against the duties of seed part 2 (every duty answered once). */
export async function reviewCommitteeDuties(
  em: EntityManager,
  who: Principal | null,
  committeeId: Id,
  input: { reviewer: string; results: { code: string; result: DutyResult }[]; note?: string | null },
  now: Date,
): Promise<DutyReview> {
  const issues: FieldIssue[] = [];
  const committee = await reference(em, OwnersCommittee, 'committeeId', committeeId, issues);
  failOn(issues);
  const election = (await currentElectionOf(em, committee!.id))!;
  await forAction(em, who, election.id, 'REVIEW_DUTIES', now);
  if (!input.reviewer.trim()) issues.push({ field: 'reviewer', code: 'REQUIRED' });
  issues.push(...dutyReviewIssues(input.results));
  failOn(issues);
  const review = em.create(DutyReview, {
    committee: committee!,
    reviewedOn: shanghaiDate(now),
    reviewer: input.reviewer.trim(),
    results: input.results.map((r) => ({ code: r.code, result: r.result })),
    note: input.note?.trim() || null,
  });
  await em.flush();
  return review;
}

/** 罢免提议: owners holding 20% or more of the community's exclusive area move to recall members of a filed committee in term. */
export async function moveRecall(em: EntityManager, who: Principal | null, committeeId: Id, input: RecallInput, now: Date): Promise<RecallMotion> {
  const issues: FieldIssue[] = [];
  const committee = await reference(em, OwnersCommittee, 'committeeId', committeeId, issues);
  failOn(issues);
  const election = (await currentElectionOf(em, committee!.id))!;
  const { rules } = await forAction(em, who, election.id, 'MOVE_RECALL', now);
  const today = shanghaiDate(now);
  inTerm(committee!, today, rules, 'MOVE_RECALL');
  const members = new Set((await committeeMembers(em, committee!.id)).map((c) => String(c.id)));
  if (input.memberIds.length === 0) issues.push({ field: 'memberIds', code: 'REQUIRED' });
  for (const m of input.memberIds) if (!members.has(m)) issues.push({ field: 'memberIds', code: 'NOT_A_MEMBER', params: { id: m } });
  if (!input.reason.trim()) issues.push({ field: 'reason', code: 'REQUIRED' });
  const units = await em.find(OwnerUnit, { community: committee!.community.id });
  const supporting = new Set(input.supporterUnitIds);
  const known = new Set(units.map((u) => String(u.id)));
  for (const id of supporting) if (!known.has(id)) issues.push({ field: 'supporters', code: 'UNKNOWN_REFERENCE', params: { id } });
  const total = units.reduce((s, u) => s + u.areaCenti, 0);
  const support = units.filter((u) => supporting.has(String(u.id))).reduce((s, u) => s + u.areaCenti, 0);
  if (issues.length === 0) {
    const below = recallIssue(support, total, rules);
    if (below) issues.push(below);
  }
  failOn(issues);
  const motion = em.create(RecallMotion, {
    committee: committee!,
    movedOn: today,
    memberIds: [...input.memberIds],
    supporterUnitIds: [...supporting],
    supportingAreaCenti: support,
    totalAreaCenti: total,
    reason: input.reason.trim(),
  });
  await em.flush();
  return motion;
}
