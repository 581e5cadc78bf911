import { reaches, type CommitteeRuleSet } from './rules.js';

/**
 * Voting weight and the count (issue 13 §1, §4). Each owner votes with two weights at once: area (the sum of the
 * exclusive area of their units, in hundredths of m²) and headcount (one).
 *
 * Who is one owner: units linked by a common owner of record (same identity key) are one voter, so co-owners of a unit
 * are one and one owner of several units is one; units with no owner of record (unsold, still the developer's) are
 * together one voter (Supreme People's Court interpretation on building ownership, art. 9). One voter casts one ballot
 * with the weight of all their units.
 */

export interface RollUnit {
  unitId: string;
  areaCenti: number;
  /** Identity keys of the owners of record (the SHA-256 of the normalised ID number); empty: the developer's. */
  ownerKeys: readonly string[];
}

export interface Voter {
  /** The smallest unit id of the group: stable across re-computations of the same roll. */
  key: string;
  unitIds: string[];
  areaCenti: number;
}

const DEVELOPER = '\u0000developer';

/** Groups the roll's units into voters (union of units sharing an owner), in order of their keys. */
export function votersOf(units: readonly RollUnit[]): Voter[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  const firstUnitOf = new Map<string, string>();
  for (const u of units) parent.set(`u:${u.unitId}`, `u:${u.unitId}`);
  for (const u of units) {
    for (const k of u.ownerKeys.length ? u.ownerKeys : [DEVELOPER]) {
      const seen = firstUnitOf.get(k);
      if (seen == null) firstUnitOf.set(k, u.unitId);
      else union(`u:${u.unitId}`, `u:${seen}`);
    }
  }
  const groups = new Map<string, RollUnit[]>();
  for (const u of units) {
    const root = find(`u:${u.unitId}`);
    groups.set(root, [...(groups.get(root) ?? []), u]);
  }
  return [...groups.values()]
    .map((g) => {
      const unitIds = g.map((u) => u.unitId).sort(compareIds);
      return { key: unitIds[0]!, unitIds, areaCenti: g.reduce((s, u) => s + u.areaCenti, 0) };
    })
    .sort((a, b) => compareIds(a.key, b.key));
}

/** Numeric ids in numeric order, others after them as text. */
function compareIds(a: string, b: string): number {
  const na = /^\d+$/.test(a);
  const nb = /^\d+$/.test(b);
  if (na && nb) return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
  if (na !== nb) return na ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface Weight {
  areaCenti: number;
  headcount: number;
}

export const rollTotals = (voters: readonly Voter[]): Weight => ({ areaCenti: voters.reduce((s, v) => s + v.areaCenti, 0), headcount: voters.length });

/** One ballot as published: its random receipt id, the candidates it names and its voter's area; never the unit. */
export interface Ballot {
  receiptId: string;
  choices: readonly string[];
  areaCenti: number;
}

/** A ballot naming more candidates than seats, one twice, or one not on the list is void: cast, but for no one. */
export function ballotIsVoid(choices: readonly string[], candidateIds: readonly string[], seats: number): boolean {
  return choices.length > seats || new Set(choices).size !== choices.length || choices.some((c) => !candidateIds.includes(c));
}

export interface CandidateCount {
  candidateId: string;
  areaCenti: number;
  headcount: number;
  /** Reaches the rule set's share of the participating area and headcount. */
  qualifies: boolean;
}

export type VoidReason = 'BALLOTS_EXCEED_VOTERS' | 'QUORUM_NOT_MET';

export interface TallyInput {
  rules: CommitteeRuleSet;
  /** Seats to fill (the rule set's seats, or the vacancies of a supplementary election). */
  seats: number;
  candidateIds: readonly string[];
  /** The whole frozen roll. */
  roll: Weight;
  /** The voters marked as having voted (by either channel), void ballots included. */
  participated: Weight;
  ballots: readonly Ballot[];
}

export interface Tally {
  valid: boolean;
  voidReason: VoidReason | null;
  cast: number;
  voidBallots: number;
  /** Every candidate, in order of headcount votes (then area, then id, for display only). */
  counts: CandidateCount[];
  /** Elected in order of votes; fewer than the seats when a tie is pending or too few qualify. */
  elected: string[];
  /** Candidates tied for the last seat(s), left to a vote of the members already elected. */
  pendingTie: { candidateIds: string[]; seats: number } | null;
  /** Seats no qualifying candidate fills (a supplementary election). */
  vacant: number;
}

/**
 * The official count (seed part 2 item 7; Civil Code art. 278): more ballots than voters voids the election; so does a
 * quorum not reached. Seats go to qualifying candidates in order of headcount votes (得票数); candidates level on votes
 * across the last seat are left pending.
 */
export function tally(input: TallyInput): Tally {
  const { rules, seats, candidateIds, roll, participated, ballots } = input;
  const counted = new Map(candidateIds.map((id) => [id, { areaCenti: 0, headcount: 0 }]));
  let voidBallots = 0;
  for (const b of ballots) {
    if (ballotIsVoid(b.choices, candidateIds, seats)) {
      voidBallots++;
      continue;
    }
    for (const c of b.choices) {
      const w = counted.get(c)!;
      w.areaCenti += b.areaCenti;
      w.headcount += 1;
    }
  }
  const qualifies = (w: Weight) =>
    (rules.election.area == null || reaches(w.areaCenti, participated.areaCenti, rules.election.area)) &&
    (rules.election.headcount == null || reaches(w.headcount, participated.headcount, rules.election.headcount));
  const counts = [...counted.entries()]
    .map(([candidateId, w]) => ({ candidateId, ...w, qualifies: qualifies(w) }))
    .sort((a, b) => b.headcount - a.headcount || b.areaCenti - a.areaCenti || compareIds(a.candidateId, b.candidateId));
  const voidReason: VoidReason | null =
    ballots.length > participated.headcount ? 'BALLOTS_EXCEED_VOTERS' : !quorumReached(rules, roll, participated) ? 'QUORUM_NOT_MET' : null;
  const base = { cast: ballots.length, voidBallots, counts };
  if (voidReason) return { ...base, valid: false, voidReason, elected: [], pendingTie: null, vacant: seats };
  const { elected, pendingTie } = seatsInOrder(
    counts.filter((c) => c.qualifies),
    seats,
  );
  const filled = elected.length + (pendingTie?.seats ?? 0);
  return { ...base, valid: true, voidReason: null, elected, pendingTie, vacant: seats - filled };
}

/** The assembly is valid when those taking part reach the quorum shares of the roll. */
export function quorumReached(rules: CommitteeRuleSet, roll: Weight, participated: Weight): boolean {
  return (
    (rules.quorum.area == null || reaches(participated.areaCenti, roll.areaCenti, rules.quorum.area)) &&
    (rules.quorum.headcount == null || reaches(participated.headcount, roll.headcount, rules.quorum.headcount))
  );
}

function seatsInOrder(qualified: readonly CandidateCount[], seats: number): Pick<Tally, 'elected' | 'pendingTie'> {
  if (qualified.length <= seats) return { elected: qualified.map((c) => c.candidateId), pendingTie: null };
  const last = qualified[seats - 1]!.headcount;
  if (qualified[seats]!.headcount !== last) return { elected: qualified.slice(0, seats).map((c) => c.candidateId), pendingTie: null };
  const above = qualified.filter((c) => c.headcount > last).map((c) => c.candidateId);
  const tied = qualified.filter((c) => c.headcount === last).map((c) => c.candidateId);
  return { elected: above, pendingTie: { candidateIds: tied, seats: seats - above.length } };
}

/**
 * A recall vote at the assembly (Civil Code art. 278: a matter decided with the quorum of the roll and more than half
 * of those taking part, by area and by headcount, as the rule set's election shares say).
 */
export function recallCarried(rules: CommitteeRuleSet, roll: Weight, participated: Weight, inFavour: Weight): boolean {
  return (
    quorumReached(rules, roll, participated) &&
    (rules.election.area == null || reaches(inFavour.areaCenti, participated.areaCenti, rules.election.area)) &&
    (rules.election.headcount == null || reaches(inFavour.headcount, participated.headcount, rules.election.headcount))
  );
}
