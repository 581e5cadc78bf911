import { createHash } from 'node:crypto';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import {
  assemblyNotice,
  candidateList,
  canonicalBallotList,
  committeeRuleSet,
  paperBallot,
  shanghaiDate,
  termState,
  type CommitteeRuleSet,
  type ElectionFacts,
  type ElectionStatus,
  type PublishedElection,
} from '@wuye/domain';
import {
  CommitteeCandidate,
  CommitteeElection,
  Community,
  DutyReview,
  ElectionBallot,
  ElectionCounter,
  OwnerUnit,
  PaperEntry,
  PreparatoryMember,
  RecallMotion,
  RollEntry,
  UnitOwner,
  VotingCode,
} from '../entities/index.js';

/** Committee reads: what the rules need to know about an election, and what its public results page publishes. */

export function rulesOf(e: Pick<CommitteeElection, 'ruleSetCode' | 'ruleSetVersion'>): CommitteeRuleSet {
  const rules = committeeRuleSet(e.ruleSetCode, e.ruleSetVersion);
  if (!rules) throw new Error(`election names an unknown rule set ${e.ruleSetCode} v${e.ruleSetVersion}`);
  return rules;
}

/** Paper ballots entered by fewer than two counters, or differently by them. */
export async function paperProblems(em: EntityManager, electionId: number): Promise<string[]> {
  const entries = await em.find(PaperEntry, { election: electionId }, { orderBy: { paperNo: 'asc', id: 'asc' } });
  const byPaper = new Map<string, PaperEntry[]>();
  for (const e of entries) byPaper.set(e.paperNo, [...(byPaper.get(e.paperNo) ?? []), e]);
  const same = (a: PaperEntry, b: PaperEntry) => a.areaCenti === b.areaCenti && [...a.choices].sort().join(',') === [...b.choices].sort().join(',');
  return [...byPaper.entries()].filter(([, es]) => es.length < 2 || es.some((e) => !same(e, es[0]!))).map(([paperNo]) => paperNo);
}

/** The members serving on a committee: elected in its filed elections and not left. */
export const committeeMembers = (em: EntityManager, committeeId: number) =>
  em.find(CommitteeCandidate, { election: { committee: committeeId, status: 'FILED' }, elected: true, leftOn: null }, { orderBy: { id: 'asc' } });

/** The committee's latest filed election (the one its after-vote actions start from), else its latest, else null. */
export async function currentElectionOf(em: EntityManager, committeeId: number): Promise<CommitteeElection | null> {
  return (
    (await em.findOne(CommitteeElection, { committee: committeeId, status: 'FILED' }, { orderBy: { id: 'desc' } })) ??
    (await em.findOne(CommitteeElection, { committee: committeeId }, { orderBy: { id: 'desc' } }))
  );
}

export async function electionFacts(em: EntityManager, e: CommitteeElection): Promise<ElectionFacts> {
  const candidates = await em.find(CommitteeCandidate, { election: e.id });
  const rules = rulesOf(e);
  const frozen = e.rollFrozenAt != null;
  const settled = e.tieSettlement != null;
  return {
    status: e.status,
    townshipId: String((await em.findOneOrFail(Community, e.community.id)).township.id),
    seats: e.seats,
    candidates: candidates.length,
    unattested: candidates.filter((c) => !c.eligibilityAttested).length,
    counters: await em.count(ElectionCounter, { election: e.id }),
    rollUnits: frozen ? await em.count(RollEntry, { election: e.id }) : await em.count(OwnerUnit, { community: e.community.id }),
    codesIssued: (await em.count(VotingCode, { election: e.id })) > 0,
    opensAt: e.opensAt ?? null,
    closesAt: e.closesAt ?? null,
    paperProblems: e.status === 'VOTING' || e.status === 'COUNTING' ? (await paperProblems(em, e.id)).length : 0,
    pendingTie: e.result?.pendingTie != null && !settled,
    officersChosen: candidates.some((c) => c.position === 'CHAIR'),
    signedOff: e.signedOffAt != null,
    supplementary: e.supplementary,
    vacancies: e.status === 'FILED' ? Math.max(0, rules.seats - (await committeeMembers(em, e.committee.id)).length) : 0,
  };
}

/** The register's status of an election's committee: a filed committee past its term reads EXPIRED. */
export function electionStatusOn(
  e: Pick<CommitteeElection, 'status' | 'ruleSetCode' | 'ruleSetVersion'> & { committee: { termEnd?: string | null } },
  today: string,
): ElectionStatus {
  if (e.status === 'FILED' && e.committee.termEnd && termState(e.committee.termEnd, today, rulesOf(e)) === 'EXPIRED') return 'EXPIRED';
  return e.status;
}

/** Who voted, as voters (units linked by an owner are one): their area and headcount. */
export async function participation(em: EntityManager, electionId: number): Promise<{ areaCenti: number; headcount: number }> {
  const voted = await em.find(RollEntry, { election: electionId, channel: { $ne: null } });
  return { areaCenti: voted.reduce((s, r) => s + r.areaCenti, 0), headcount: new Set(voted.map((r) => r.voterKey)).size };
}

/** The public results of a counted election (anyone may read them): everything a recount needs, never a unit. Null before the count. */
export async function publishedElection(em: EntityManager, electionId: number): Promise<(PublishedElection & { countedOn: string }) | null> {
  const e = await em.findOne(CommitteeElection, electionId);
  if (!e?.result || !e.ballotListHash || !e.countedAt) return null;
  const ballots = await em.find(ElectionBallot, { election: e.id });
  const candidates = await em.find(CommitteeCandidate, { election: e.id }, { orderBy: { id: 'asc' } });
  return {
    ruleSet: { code: e.ruleSetCode, version: e.ruleSetVersion },
    seats: e.seats,
    candidateIds: candidates.map((c) => String(c.id)),
    roll: { areaCenti: e.rollAreaCenti ?? 0, headcount: e.rollHeadcount ?? 0 },
    participated: await participation(em, e.id),
    ballotList: canonicalBallotList(ballots.map((b) => ({ receiptId: b.receiptId, areaCenti: b.areaCenti, choices: b.choices }))),
    ballotListHash: e.ballotListHash,
    countedOn: shanghaiDate(e.countedAt),
  };
}

/**
 * The register (issue 13 §8): each community in the caller's scope with its latest election that is not void nor a
 * supplementary one (null: none).
 */
export async function committeeRegister(
  em: EntityManager,
  communities: FilterQuery<Community>,
): Promise<{ community: Community; election: CommitteeElection | null }[]> {
  const rows = await em.find(Community, communities, { orderBy: { id: 'asc' } });
  const elections = rows.length
    ? await em.find(
        CommitteeElection,
        { community: { $in: rows.map((c) => c.id) }, status: { $ne: 'VOID' }, supplementary: false },
        { populate: ['committee'], orderBy: { id: 'asc' } },
      )
    : [];
  const latest = new Map(elections.map((e) => [e.community.id, e]));
  return rows.map((community) => ({ community, election: latest.get(community.id) ?? null }));
}

/** An election whose community is in the caller's scope, or null. */
export const electionById = (em: EntityManager, id: number, communities: FilterQuery<Community>) =>
  em.findOne(CommitteeElection, { id, community: communities }, { populate: ['committee', 'community'] });

export const electionsOfCommunity = (em: EntityManager, communityId: number, communities: FilterQuery<Community>) =>
  em.find(CommitteeElection, { community: { $and: [{ id: communityId }, communities] } }, { populate: ['committee'], orderBy: { id: 'desc' } });

export const candidatesOf = (em: EntityManager, electionId: number) => em.find(CommitteeCandidate, { election: electionId }, { orderBy: { id: 'asc' } });
export const countersOf = (em: EntityManager, electionId: number) => em.find(ElectionCounter, { election: electionId }, { orderBy: { id: 'asc' } });
export const preparatoryMembersOf = (em: EntityManager, electionId: number) => em.find(PreparatoryMember, { election: electionId }, { orderBy: { id: 'asc' } });
export const dutyReviewsOf = (em: EntityManager, committeeId: number) => em.find(DutyReview, { committee: committeeId }, { orderBy: { id: 'desc' } });
export const recallMotionsOf = (em: EntityManager, committeeId: number) => em.find(RecallMotion, { committee: committeeId }, { orderBy: { id: 'asc' } });

/** Any election by id, for its public pages (results, ballot list): only what is public is read from it. */
export const publicElection = (em: EntityManager, id: number) => em.findOne(CommitteeElection, id, { populate: ['community'] });

/** The election a voting code opens (the code as printed or typed), or null: the owner's voting page. */
export async function electionOfCode(em: EntityManager, code: string): Promise<CommitteeElection | null> {
  const found = await em.findOne(VotingCode, { codeHash: votingCodeHash(code) }, { populate: ['election', 'election.community'] });
  return found?.election ?? null;
}

/** A voting code as compared (upper-case, no separators) and stored (its SHA-256). */
export const votingCodeHash = (code: string) => createHash('sha256').update(code.replace(/[\s-]/g, '').toUpperCase()).digest('hex');

/** The election's printable documents (notice, candidate list, paper ballot), dated `today`. */
export async function electionDocuments(
  em: EntityManager,
  e: CommitteeElection,
  today: string,
): Promise<{ notice: string | null; candidateList: string; paperBallot: string }> {
  const community = await em.findOneOrFail(Community, e.community.id);
  const candidates = await em.find(CommitteeCandidate, { election: e.id }, { orderBy: { id: 'asc' } });
  const facts = { communityName: community.name, seats: e.seats, candidates };
  const notice =
    e.assemblyAt && e.assemblyPlace && e.assemblyForm && e.agenda
      ? assemblyNotice({
          ...facts,
          rules: rulesOf(e),
          assemblyAt: e.assemblyAt,
          place: e.assemblyPlace,
          form: e.assemblyForm,
          agenda: e.agenda,
          opensAt: e.opensAt ?? null,
          closesAt: e.closesAt ?? null,
          noticeDate: e.publicisedOn ?? today,
        })
      : null;
  return { notice, candidateList: candidateList(facts), paperBallot: paperBallot(facts) };
}

/** A community's units with their owners of record (the roll's source), by building, stairwell and room. */
export async function unitsOf(
  em: EntityManager,
  communityId: number,
  communities: FilterQuery<Community>,
): Promise<{ unit: OwnerUnit; owners: UnitOwner[] }[]> {
  const units = await em.find(
    OwnerUnit,
    { community: { $and: [{ id: communityId }, communities] } },
    { orderBy: { building: 'asc', unitNo: 'asc', room: 'asc' } },
  );
  const owners = units.length ? await em.find(UnitOwner, { unit: { $in: units.map((u) => u.id) } }, { orderBy: { id: 'asc' } }) : [];
  return units.map((unit) => ({ unit, owners: owners.filter((o) => o.unit.id === unit.id) }));
}
