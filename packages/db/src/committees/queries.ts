import type { EntityManager } from '@mikro-orm/core';
import { canonicalBallotList, committeeRuleSet, shanghaiDate, termState, type CommitteeRuleSet, type ElectionFacts, type ElectionStatus, type PublishedElection } from '@wuye/domain';
import { CommitteeCandidate, CommitteeElection, Community, ElectionBallot, ElectionCounter, OwnerUnit, PaperEntry, RollEntry, VotingCode } from '../entities/index.js';

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

export async function electionFacts(em: EntityManager, e: CommitteeElection): Promise<ElectionFacts> {
  const candidates = await em.find(CommitteeCandidate, { election: e.id });
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
  };
}

/** The register's status of an election's committee: a filed committee past its term reads EXPIRED. */
export function electionStatusOn(e: Pick<CommitteeElection, 'status' | 'ruleSetCode' | 'ruleSetVersion'> & { committee: { termEnd?: string | null } }, today: string): ElectionStatus {
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
