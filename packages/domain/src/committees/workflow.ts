import { availability, type ActionAvailability } from '../availability.js';
import type { FieldIssue } from '../field-errors.js';
import { can, type Principal } from '../permissions.js';
import type { CommitteeRuleSet } from './rules.js';

/**
 * An election as a workflow (issue 13 §3), run by township staff with the preparatory group (筹备组):
 *
 *   PREPARING → PUBLICISED (candidate list) → ROLL_FROZEN → VOTING → COUNTING → ELECTED → FILED → EXPIRED
 *
 * and VOID when the count finds more ballots than voters or no quorum. `electionIssue` is the one place that says
 * whether an action may be taken now and why not: the commands refuse with it and `electionActions` offers it.
 */

export const ELECTION_STATUSES = ['PREPARING', 'PUBLICISED', 'ROLL_FROZEN', 'VOTING', 'COUNTING', 'ELECTED', 'FILED', 'VOID', 'EXPIRED'] as const;
export type ElectionStatus = (typeof ELECTION_STATUSES)[number];

export const ELECTION_ACTIONS = [
  'NOMINATE',
  'ADD_COUNTER',
  'PUBLICISE',
  'FREEZE_ROLL',
  'ISSUE_CODES',
  'OPEN_VOTING',
  'CAST',
  'SIGN_IN_PAPER',
  'ENTER_PAPER',
  'CLOSE_VOTING',
  'COUNT',
  'SIGN_OFF',
  'SETTLE_TIE',
  'ELECT_OFFICERS',
  'FILE',
  'MOVE_RECALL',
  'REVIEW_DUTIES',
  'RECORD_VACANCY',
  'CALL_SUPPLEMENTARY',
  'RECORD_RECALL_VOTE',
] as const;
export type ElectionAction = (typeof ELECTION_ACTIONS)[number];

/** The states each action starts from. */
const FROM: Record<ElectionAction, readonly ElectionStatus[]> = {
  NOMINATE: ['PREPARING'],
  ADD_COUNTER: ['PREPARING', 'PUBLICISED', 'ROLL_FROZEN'],
  PUBLICISE: ['PREPARING'],
  FREEZE_ROLL: ['PUBLICISED'],
  ISSUE_CODES: ['ROLL_FROZEN'],
  OPEN_VOTING: ['ROLL_FROZEN'],
  CAST: ['VOTING'],
  SIGN_IN_PAPER: ['VOTING'],
  ENTER_PAPER: ['VOTING', 'COUNTING'],
  CLOSE_VOTING: ['VOTING'],
  COUNT: ['COUNTING'],
  SIGN_OFF: ['ELECTED', 'VOID'],
  SETTLE_TIE: ['ELECTED'],
  ELECT_OFFICERS: ['ELECTED'],
  FILE: ['ELECTED'],
  MOVE_RECALL: ['FILED'],
  REVIEW_DUTIES: ['FILED'],
  RECORD_VACANCY: ['FILED'],
  CALL_SUPPLEMENTARY: ['FILED'],
  RECORD_RECALL_VOTE: ['FILED'],
};

/** Where a successful action leads (absent: the status stays; COUNT leads to ELECTED or VOID). */
export const ELECTION_NEXT: Partial<Record<ElectionAction, ElectionStatus>> = {
  PUBLICISE: 'PUBLICISED',
  FREEZE_ROLL: 'ROLL_FROZEN',
  OPEN_VOTING: 'VOTING',
  CLOSE_VOTING: 'COUNTING',
  FILE: 'FILED',
};

/** What the rules need to know about an election. */
export interface ElectionFacts {
  status: ElectionStatus;
  townshipId: string;
  seats: number;
  candidates: number;
  /** Candidates whose eligibility (seed part 2 item 1) is not yet attested. */
  unattested: number;
  counters: number;
  rollUnits: number;
  codesIssued: boolean;
  opensAt: Date | null;
  closesAt: Date | null;
  /** Paper ballots entered by one counter only, or entered differently by the two. */
  paperProblems: number;
  pendingTie: boolean;
  officersChosen: boolean;
  /** The counters have signed the count. */
  signedOff: boolean;
  /** A supplementary election (补选) fills vacant seats of a committee in term: its officers stay. */
  supplementary: boolean;
  /** Seats of the committee no member holds (the rule set's seats less the members still serving). */
  vacancies: number;
}

const E = 'electionId';

const issue = (code: string, params?: Record<string, string | number>, field = E): FieldIssue => (params ? { field, code, params } : { field, code });

/** Why the action cannot be taken on the election now, or null. `now` is the platform clock. */
export function electionIssue(f: ElectionFacts, action: ElectionAction, rules: CommitteeRuleSet, now: Date): FieldIssue | null {
  if (!FROM[action].includes(f.status)) return issue('ILLEGAL_TRANSITION', { from: f.status, action });
  switch (action) {
    case 'PUBLICISE':
      if (f.candidates === 0) return issue('REQUIRED', undefined, 'candidates');
      if (f.unattested > 0) return issue('ELIGIBILITY_NOT_ATTESTED', { count: f.unattested }, 'candidates');
      // Checked here too: once publicised the list cannot grow, so an uncontested list would never open.
      return contestedIssue(f, rules);
    case 'FREEZE_ROLL':
      return f.rollUnits === 0 ? issue('ROLL_EMPTY') : null;
    case 'ISSUE_CODES':
      return f.codesIssued ? issue('ALREADY_DONE', undefined, 'codes') : null;
    case 'OPEN_VOTING':
      if (contestedIssue(f, rules)) return contestedIssue(f, rules);
      if (f.counters < 2) return issue('TOO_FEW_COUNTERS', { min: 2 }, 'counters');
      return null;
    case 'CAST':
    case 'SIGN_IN_PAPER':
      return windowIssue(f, now);
    case 'CLOSE_VOTING':
      return f.closesAt && now.getTime() <= f.closesAt.getTime() ? issue('VOTING_NOT_OVER', { closesAt: f.closesAt.toISOString() }) : null;
    case 'COUNT':
      return f.paperProblems > 0 ? issue('PAPER_UNRESOLVED', { count: f.paperProblems }) : null;
    case 'SETTLE_TIE':
      return f.pendingTie ? null : issue('NO_TIE_PENDING');
    case 'ELECT_OFFICERS':
      if (f.supplementary) return issue('ILLEGAL_TRANSITION', { from: f.status, action });
      if (f.pendingTie) return issue('TIE_PENDING');
      return f.officersChosen ? issue('ALREADY_DONE', undefined, 'officers') : null;
    case 'CALL_SUPPLEMENTARY':
      return f.vacancies > 0 ? null : issue('NO_VACANCY', undefined, 'committeeId');
    case 'SIGN_OFF':
      return f.signedOff ? issue('ALREADY_DONE', undefined, 'counters') : null;
    case 'FILE':
      if (f.pendingTie) return issue('TIE_PENDING');
      if (!f.signedOff) return issue('COUNT_NOT_SIGNED_OFF', undefined, 'counters');
      return f.officersChosen || f.supplementary ? null : issue('REQUIRED', undefined, 'officers');
    default:
      return null;
  }
}

/** 差额选举: more candidates than seats. */
const contestedIssue = (f: Pick<ElectionFacts, 'candidates' | 'seats'>, rules: CommitteeRuleSet): FieldIssue | null =>
  rules.contested && f.candidates <= f.seats ? issue('NOT_CONTESTED', { candidates: f.candidates, seats: f.seats }, 'candidates') : null;

/** Ballots are taken only inside the window [opensAt, closesAt]. */
export function windowIssue(f: Pick<ElectionFacts, 'opensAt' | 'closesAt'>, now: Date): FieldIssue | null {
  if (!f.opensAt || !f.closesAt) return issue('OUTSIDE_VOTING_WINDOW', { opensAt: '-', closesAt: '-' });
  const t = now.getTime();
  if (t < f.opensAt.getTime() || t > f.closesAt.getTime())
    return issue('OUTSIDE_VOTING_WINDOW', { opensAt: f.opensAt.toISOString(), closesAt: f.closesAt.toISOString() });
  return null;
}

/** Township staff run the elections of their own area; the bureau runs any. */
export function runsElection(who: Principal | null | undefined, townshipId: string): boolean {
  if (!can(who, 'committee:manage')) return false;
  return who!.role !== 'TOWNSHIP' || String(who!.townshipId) === String(townshipId);
}

/** Actions staff take (CAST is the owner's, with a code, and is never offered here). */
const STAFF_ACTIONS = ELECTION_ACTIONS.filter((a) => a !== 'CAST');

/** The staff actions that start from the election's state, each with the reason it cannot be taken yet. */
export function electionActions(f: ElectionFacts, rules: CommitteeRuleSet, who: Principal | null | undefined, now: Date): ActionAvailability<ElectionAction>[] {
  if (!runsElection(who, f.townshipId)) return [];
  return STAFF_ACTIONS.filter((a) => FROM[a].includes(f.status)).map((a) => availability(a, electionIssue(f, a, rules, now)));
}

/** The last day of a term that starts on `start` (YYYY-MM-DD): the day before the same date `years` later (29 Feb → 28 Feb). */
export function termEnd(start: string, years: number): string {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y + years, m - 1, d - 1)).toISOString().slice(0, 10);
}

/** A filed committee past its term is expired; within `reminderDays` of its end the township is reminded. */
export function termState(termEndDay: string, today: string, rules: CommitteeRuleSet): 'IN_TERM' | 'ENDING_SOON' | 'EXPIRED' {
  if (today > termEndDay) return 'EXPIRED';
  const [y, m, d] = termEndDay.split('-').map(Number) as [number, number, number];
  const remind = new Date(Date.UTC(y, m - 1, d - rules.reminderDays)).toISOString().slice(0, 10);
  return today >= remind ? 'ENDING_SOON' : 'IN_TERM';
}

/** Chair, vice-chairs: chosen by the elected members, each with more than half of them (seed part 2 item 6). */
export function officersIssues(
  officers: readonly { candidateId: string; position: 'CHAIR' | 'VICE_CHAIR'; votes: number }[],
  members: readonly string[],
  rules: CommitteeRuleSet,
): FieldIssue[] {
  const out: FieldIssue[] = [];
  const chairs = officers.filter((o) => o.position === 'CHAIR').length;
  const vices = officers.filter((o) => o.position === 'VICE_CHAIR').length;
  if (chairs !== rules.chairs || vices !== rules.viceChairs)
    out.push(issue('OFFICERS_COUNT', { chairs: rules.chairs, viceChairs: rules.viceChairs }, 'officers'));
  if (new Set(officers.map((o) => o.candidateId)).size !== officers.length) out.push(issue('DUPLICATE_CHOICE', undefined, 'officers'));
  for (const o of officers) {
    if (!members.includes(o.candidateId)) out.push(issue('NOT_A_MEMBER', { id: o.candidateId }, 'officers'));
    else if (!Number.isInteger(o.votes) || o.votes < 0 || o.votes > members.length || o.votes * 2 <= members.length) {
      out.push(issue('NO_MAJORITY', { votes: o.votes, members: members.length }, 'officers'));
    }
  }
  return out;
}

/** A tie for the last seat(s), settled by the elected members: exactly the pending seats, from the tied, each by a majority. */
export function tieSettlementIssues(
  winners: readonly { candidateId: string; votes: number }[],
  tie: { candidateIds: readonly string[]; seats: number },
  electedMembers: number,
): FieldIssue[] {
  const out: FieldIssue[] = [];
  if (winners.length !== tie.seats || new Set(winners.map((w) => w.candidateId)).size !== winners.length)
    out.push(issue('TIE_SEATS', { seats: tie.seats }, 'winners'));
  for (const w of winners) {
    if (!tie.candidateIds.includes(w.candidateId)) out.push(issue('NOT_TIED', { id: w.candidateId }, 'winners'));
    else if (!Number.isInteger(w.votes) || w.votes < 0 || w.votes > electedMembers || w.votes * 2 <= electedMembers) {
      out.push(issue('NO_MAJORITY', { votes: w.votes, members: electedMembers }, 'winners'));
    }
  }
  return out;
}

/** 业主委员会 register status of a community (issue 13 §8), from its latest election that is not void. */
export const COMMITTEE_REGISTER_STATUSES = ['NONE', 'PREPARING', 'VOTING', 'ELECTED', 'FILED', 'EXPIRED'] as const;
export type CommitteeRegisterStatus = (typeof COMMITTEE_REGISTER_STATUSES)[number];

export function registerStatus(election: ElectionStatus | null): CommitteeRegisterStatus {
  switch (election) {
    case null:
    case 'VOID':
      return 'NONE';
    case 'PREPARING':
    case 'PUBLICISED':
    case 'ROLL_FROZEN':
      return 'PREPARING';
    case 'VOTING':
    case 'COUNTING':
      return 'VOTING';
    default:
      return election;
  }
}
