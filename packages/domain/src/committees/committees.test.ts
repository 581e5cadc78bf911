import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasMessage, messageFor } from '../field-errors.js';
import type { Principal } from '../permissions.js';
import { assemblyNotice, candidateList, paperBallot } from './documents.js';
import { COMMITTEE_DUTIES, dutyReviewIssues } from './duties.js';
import { ballotListHash, canonicalBallotList, publicationIntact, receiptLine, recount, type PublishedElection } from './receipts.js';
import { maskIdNumber } from '../masking.js';
import { COMMITTEE_RULES_SEED, COMMITTEE_RULES_V1, committeeRuleSetOn, normaliseIdNumber, parseAreaCenti, reaches, recallIssue } from './rules.js';
import { recallCarried, rollTotals, tally, votersOf, type Ballot, type TallyInput } from './tally.js';
import { electionActions, electionIssue, officersIssues, termEnd, termState, tieSettlementIssues, type ElectionFacts } from './workflow.js';

const V1 = COMMITTEE_RULES_V1;
let receipt = 0;
const ballot = (areaCenti: number, ...choices: string[]): Ballot => ({ receiptId: `R${String(++receipt).padStart(9, '0')}`, areaCenti, choices });

/** A full-turnout election over the given ballots: the roll and the participants are exactly the ballots' voters. */
const fullTurnout = (ballots: Ballot[], seats = 2, candidateIds = ['A', 'B', 'C']): TallyInput => {
  const w = { areaCenti: ballots.reduce((s, b) => s + b.areaCenti, 0), headcount: ballots.length };
  return { rules: V1, seats, candidateIds, roll: w, participated: w, ballots };
};

describe('rule sets are versioned data', () => {
  it("v1 is the issue's Civil Code rule; the seed's older rule is another set; each applies from its dates", () => {
    expect(V1).toMatchObject({ code: 'CIVIL_CODE', version: 1, seats: 9, chairs: 1, viceChairs: 2, termYears: 3, contested: true });
    expect(Object.isFrozen(V1)).toBe(true);
    expect(committeeRuleSetOn('2026-11-15')).toBe(V1);
    expect(committeeRuleSetOn('2020-12-31')).toBe(COMMITTEE_RULES_SEED);
    expect(committeeRuleSetOn('2012-12-31')).toBeNull();
  });

  it('compares shares in integers: 以上 includes the figure, 过半数 does not', () => {
    const twoThirds = V1.quorum.area!;
    expect(reaches(200000, 300000, twoThirds)).toBe(true);
    expect(reaches(199999, 300000, twoThirds)).toBe(false);
    const half = V1.election.headcount!;
    expect(reaches(5, 10, half)).toBe(false);
    expect(reaches(6, 10, half)).toBe(true);
    expect(reaches(0, 0, twoThirds)).toBe(false);
  });

  it("checks an owner's ID number by its check character and keeps it only masked", () => {
    expect(normaliseIdNumber(' 11010519491231002x ')).toBe('11010519491231002X');
    expect(normaliseIdNumber('110105194912310021')).toBeNull();
    expect(normaliseIdNumber('11010519491231002')).toBeNull();
    expect(maskIdNumber('11010519491231002X')).toBe('110***********002X');
  });

  it('reads an area with at most two decimals, in hundredths of m²', () => {
    expect(parseAreaCenti('89.5')).toBe(8950);
    expect(parseAreaCenti('120.25')).toBe(12025);
    expect(parseAreaCenti(' 75 ')).toBe(7500);
    for (const bad of ['0', '0.00', '1.234', '-3', 'abc', '', '1e3', '12,5']) expect(parseAreaCenti(bad), bad).toBeNull();
  });
});

describe('voting weight: area and headcount at once', () => {
  it('co-owners of a unit are one; one owner of several units is one, with their whole area; unsold units are one', () => {
    const voters = votersOf([
      { unitId: '1', areaCenti: 10000, ownerKeys: ['x', 'y'] },
      { unitId: '2', areaCenti: 8000, ownerKeys: ['x'] },
      { unitId: '3', areaCenti: 9000, ownerKeys: ['z'] },
      { unitId: '4', areaCenti: 7000, ownerKeys: ['y', 'w'] },
      { unitId: '10', areaCenti: 5000, ownerKeys: [] },
      { unitId: '11', areaCenti: 6000, ownerKeys: [] },
    ]);
    expect(voters).toEqual([
      { key: '1', unitIds: ['1', '2', '4'], areaCenti: 25000 },
      { key: '3', unitIds: ['3'], areaCenti: 9000 },
      { key: '10', unitIds: ['10', '11'], areaCenti: 11000 },
    ]);
    expect(rollTotals(voters)).toEqual({ areaCenti: 45000, headcount: 3 });
  });
});

describe('the count', () => {
  it('quorum: exactly 2/3 of the area and of the headcount is valid; just under either is void', () => {
    const ballots = [ballot(100, 'A'), ballot(100, 'A')];
    const base = { rules: V1, seats: 1, candidateIds: ['A', 'B'], ballots };
    expect(tally({ ...base, roll: { areaCenti: 300, headcount: 3 }, participated: { areaCenti: 200, headcount: 2 } }).valid).toBe(true);
    const areaShort = tally({ ...base, roll: { areaCenti: 301, headcount: 3 }, participated: { areaCenti: 200, headcount: 2 } });
    expect(areaShort).toMatchObject({ valid: false, voidReason: 'QUORUM_NOT_MET', elected: [] });
    const headShort = tally({ ...base, roll: { areaCenti: 300, headcount: 4 }, participated: { areaCenti: 200, headcount: 2 } });
    expect(headShort).toMatchObject({ valid: false, voidReason: 'QUORUM_NOT_MET' });
  });

  it('elected only with more than half of the participating area AND headcount: exactly half is not enough', () => {
    // A: 3 of 4 voters but exactly half of the area.
    const atHalf = tally(fullTurnout([ballot(100, 'A'), ballot(200, 'A'), ballot(200, 'A'), ballot(500, 'B')], 1));
    expect(atHalf.counts.find((c) => c.candidateId === 'A')).toMatchObject({ headcount: 3, areaCenti: 500, qualifies: false });
    expect(atHalf.elected).toEqual([]);
    expect(atHalf.vacant).toBe(1);
    const justOver = tally(fullTurnout([ballot(101, 'A'), ballot(200, 'A'), ballot(200, 'A'), ballot(499, 'B')], 1));
    expect(justOver.elected).toEqual(['A']);
    // Most of the area but exactly half of the headcount.
    const headHalf = tally(fullTurnout([ballot(900, 'A'), ballot(100, 'A'), ballot(100, 'B'), ballot(100, 'B')], 1));
    expect(headHalf.counts.find((c) => c.candidateId === 'A')).toMatchObject({ headcount: 2, qualifies: false });
    expect(headHalf.elected).toEqual([]);
  });

  it("the seed's older rule counts heads only: more than half present, more than half of their votes", () => {
    const ballots = [ballot(100, 'A'), ballot(100, 'A'), ballot(10000, 'B')];
    const base = { rules: COMMITTEE_RULES_SEED, seats: 1, candidateIds: ['A', 'B'], ballots };
    expect(tally({ ...base, roll: { areaCenti: 999999, headcount: 5 }, participated: { areaCenti: 10200, headcount: 3 } }).elected).toEqual(['A']);
    expect(tally({ ...base, roll: { areaCenti: 10200, headcount: 6 }, participated: { areaCenti: 10200, headcount: 3 } }).voidReason).toBe('QUORUM_NOT_MET');
  });

  it('a ballot naming more candidates than seats is void: cast, for no one; as many as the seats is valid', () => {
    const r = tally(fullTurnout([ballot(100, 'A', 'B', 'C'), ballot(100, 'A', 'B'), ballot(100, 'A', 'B')], 2));
    expect(r).toMatchObject({ valid: true, cast: 3, voidBallots: 1 });
    expect(r.counts.find((c) => c.candidateId === 'C')).toMatchObject({ headcount: 0, areaCenti: 0 });
    expect(r.elected).toEqual(['A', 'B']);
  });

  it('more ballots than voters voids the whole election; as many is valid', () => {
    const ballots = [ballot(100, 'A'), ballot(100, 'A'), ballot(100, 'A')];
    const roll = { areaCenti: 300, headcount: 3 };
    expect(tally({ rules: V1, seats: 1, candidateIds: ['A', 'B'], roll, participated: roll, ballots }).valid).toBe(true);
    const over = tally({ rules: V1, seats: 1, candidateIds: ['A', 'B'], roll, participated: { areaCenti: 200, headcount: 2 }, ballots });
    expect(over).toMatchObject({ valid: false, voidReason: 'BALLOTS_EXCEED_VOTERS', elected: [], pendingTie: null });
  });

  it('seats go in order of votes; a tie for the last seat is left pending', () => {
    const ballots = [ballot(100, 'A', 'B'), ballot(100, 'A', 'C'), ballot(100, 'A', 'B'), ballot(100, 'A', 'C'), ballot(100, 'B', 'C')];
    const r = tally(fullTurnout(ballots, 2));
    expect(r.elected).toEqual(['A']);
    expect(r.pendingTie).toEqual({ candidateIds: ['B', 'C'], seats: 1 });
    expect(r.vacant).toBe(0);
    const clear = tally(fullTurnout([...ballots.slice(0, 4), ballot(100, 'B')], 2));
    expect(clear).toMatchObject({ elected: ['A', 'B'], pendingTie: null });
  });
});

describe('recall, officers, ties, terms', () => {
  it('a recall needs 20% or more of the exclusive area: exactly 20% is enough, just under is not', () => {
    expect(recallIssue(20000, 100000, V1)).toBeNull();
    const short = recallIssue(19999, 100000, V1)!;
    expect(short).toMatchObject({ field: 'supporters', code: 'RECALL_BELOW_THRESHOLD', params: { area: '199.99', total: '1000.00' } });
    expect(messageFor(short, 'zh-CN')).toBe('提议业主的专有面积合计 199.99 平方米，未达全部专有面积 1000.00 平方米的 1/5（含本数）');
  });

  it('a recall vote carries with the quorum and more than half of those taking part, by area and headcount', () => {
    const roll = { areaCenti: 300, headcount: 3 };
    const all = { areaCenti: 300, headcount: 3 };
    expect(recallCarried(V1, roll, all, { areaCenti: 151, headcount: 2 })).toBe(true);
    expect(recallCarried(V1, roll, all, { areaCenti: 150, headcount: 2 })).toBe(false);
    expect(recallCarried(V1, { areaCenti: 301, headcount: 3 }, { areaCenti: 200, headcount: 2 }, { areaCenti: 200, headcount: 2 })).toBe(false);
    expect(messageFor({ field: 'inFavourArea', code: 'VOTE_EXCEEDS', params: { other: 'participatedArea' } }, 'zh-CN')).toBe(
      '同意罢免的专有面积不能多于参加表决的专有面积',
    );
    expect(messageFor({ field: 'inFavourArea', code: 'VOTE_EXCEEDS', params: { other: 'participatedArea' } }, 'en')).toBe(
      'the area in favour cannot exceed the area taking part',
    );
  });

  it('chair and vice-chairs need more than half of the members; a tie is settled among the tied only', () => {
    const members = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
    const ok = [
      { candidateId: '1', position: 'CHAIR' as const, votes: 5 },
      { candidateId: '2', position: 'VICE_CHAIR' as const, votes: 9 },
      { candidateId: '3', position: 'VICE_CHAIR' as const, votes: 6 },
    ];
    expect(officersIssues(ok, members, V1)).toEqual([]);
    expect(officersIssues([{ ...ok[0]!, votes: 4 }, ok[1]!, ok[2]!], members, V1).map((i) => i.code)).toEqual(['NO_MAJORITY']);
    expect(officersIssues(ok.slice(0, 2), members, V1).map((i) => i.code)).toEqual(['OFFICERS_COUNT']);
    expect(officersIssues([ok[0]!, ok[1]!, { ...ok[2]!, candidateId: '10' }], members, V1).map((i) => i.code)).toEqual(['NOT_A_MEMBER']);
    const tie = { candidateIds: ['10', '11'], seats: 1 };
    expect(tieSettlementIssues([{ candidateId: '10', votes: 5 }], tie, 8)).toEqual([]);
    expect(tieSettlementIssues([{ candidateId: '10', votes: 4 }], tie, 8).map((i) => i.code)).toEqual(['NO_MAJORITY']);
    expect(tieSettlementIssues([{ candidateId: '12', votes: 8 }], tie, 8).map((i) => i.code)).toEqual(['NOT_TIED']);
    expect(
      tieSettlementIssues(
        [
          { candidateId: '10', votes: 8 },
          { candidateId: '11', votes: 8 },
        ],
        tie,
        8,
      ).map((i) => i.code),
    ).toEqual(['TIE_SEATS']);
  });

  it('a three-year term ends the day before its anniversary; reminded 90 days before; expired the day after', () => {
    expect(termEnd('2026-03-01', 3)).toBe('2029-02-28');
    expect(termEnd('2024-02-29', 3)).toBe('2027-02-28');
    expect(termEnd('2026-11-15', 3)).toBe('2029-11-14');
    expect(termState('2029-11-14', '2029-08-15', V1)).toBe('IN_TERM');
    expect(termState('2029-11-14', '2029-08-16', V1)).toBe('ENDING_SOON');
    expect(termState('2029-11-14', '2029-11-14', V1)).toBe('ENDING_SOON');
    expect(termState('2029-11-14', '2029-11-15', V1)).toBe('EXPIRED');
  });
});

describe('the election workflow', () => {
  const facts = (over: Partial<ElectionFacts> = {}): ElectionFacts => ({
    status: 'ROLL_FROZEN',
    townshipId: '1',
    seats: 9,
    candidates: 10,
    unattested: 0,
    counters: 2,
    rollUnits: 100,
    codesIssued: false,
    opensAt: new Date('2026-11-20T01:00:00Z'),
    closesAt: new Date('2026-11-20T09:00:00Z'),
    paperProblems: 0,
    pendingTie: false,
    officersChosen: false,
    signedOff: false,
    supplementary: false,
    vacancies: 0,
    ...over,
  });
  const at = (iso: string) => new Date(iso);
  const township: Principal = { userId: '5', role: 'TOWNSHIP', townshipId: '1' };

  it('refuses to publicise the list or open voting unless contested: 9 candidates for 9 seats is refused, 10 is not', () => {
    const refused = electionIssue(facts({ candidates: 9 }), 'OPEN_VOTING', V1, at('2026-11-19T00:00:00Z'))!;
    expect(refused).toMatchObject({ code: 'NOT_CONTESTED', params: { candidates: 9, seats: 9 } });
    expect(messageFor(refused, 'zh-CN')).toBe('候选人 9 名，未多于应选 9 名：须差额选举，候选人应多于应选名额');
    expect(electionIssue(facts({ status: 'PREPARING', candidates: 9 }), 'PUBLICISE', V1, at('2026-11-19T00:00:00Z'))?.code).toBe('NOT_CONTESTED');
    expect(electionIssue(facts({ status: 'PREPARING', candidates: 10 }), 'PUBLICISE', V1, at('2026-11-19T00:00:00Z'))).toBeNull();
    expect(electionIssue(facts(), 'OPEN_VOTING', V1, at('2026-11-19T00:00:00Z'))).toBeNull();
  });

  it('takes ballots only inside the window, both ends included', () => {
    const voting = facts({ status: 'VOTING' });
    expect(electionIssue(voting, 'CAST', V1, at('2026-11-20T00:59:59.999Z'))?.code).toBe('OUTSIDE_VOTING_WINDOW');
    expect(electionIssue(voting, 'CAST', V1, at('2026-11-20T01:00:00Z'))).toBeNull();
    expect(electionIssue(voting, 'CAST', V1, at('2026-11-20T09:00:00Z'))).toBeNull();
    expect(electionIssue(voting, 'CAST', V1, at('2026-11-20T09:00:00.001Z'))?.code).toBe('OUTSIDE_VOTING_WINDOW');
    expect(electionIssue(facts(), 'CAST', V1, at('2026-11-20T02:00:00Z'))).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      params: { from: 'ROLL_FROZEN', action: 'CAST' },
    });
  });

  it("offers the township of the area its next steps with the command's reasons; another township gets none", () => {
    const offered = electionActions(facts({ status: 'PREPARING', candidates: 3, unattested: 1 }), V1, township, at('2026-11-01T00:00:00Z'));
    expect(offered.map((a) => [a.action, a.reason?.code ?? null])).toEqual([
      ['NOMINATE', null],
      ['ADD_COUNTER', null],
      ['PUBLICISE', 'ELIGIBILITY_NOT_ATTESTED'],
    ]);
    expect(electionActions(facts(), V1, { ...township, townshipId: '2' }, at('2026-11-01T00:00:00Z'))).toEqual([]);
    expect(electionActions(facts(), V1, { userId: '9', role: 'ENTERPRISE', enterpriseId: '3' }, at('2026-11-01T00:00:00Z'))).toEqual([]);
    expect(
      electionActions(facts({ status: 'COUNTING', paperProblems: 2 }), V1, { userId: '1', role: 'REGULATOR' }, at('2026-11-21T00:00:00Z')).map((a) => [
        a.action,
        a.reason?.code ?? null,
      ]),
    ).toEqual([
      ['ENTER_PAPER', null],
      ['COUNT', 'PAPER_UNRESOLVED'],
    ]);
    const elected = facts({ status: 'ELECTED', pendingTie: true });
    expect(electionActions(elected, V1, township, at('2026-11-21T00:00:00Z')).map((a) => [a.action, a.reason?.code ?? null])).toEqual([
      ['SIGN_OFF', null],
      ['SETTLE_TIE', null],
      ['ELECT_OFFICERS', 'TIE_PENDING'],
      ['FILE', 'TIE_PENDING'],
    ]);
    const settled = facts({ status: 'ELECTED', officersChosen: true });
    expect(electionIssue(settled, 'FILE', V1, at('2026-11-21T00:00:00Z'))?.code).toBe('COUNT_NOT_SIGNED_OFF');
    expect(electionIssue({ ...settled, signedOff: true }, 'FILE', V1, at('2026-11-21T00:00:00Z'))).toBeNull();
    // A supplementary election fills seats under the officers in place: it files without electing officers.
    const supplementary = facts({ status: 'ELECTED', supplementary: true, signedOff: true });
    expect(electionIssue(supplementary, 'FILE', V1, at('2026-11-21T00:00:00Z'))).toBeNull();
    expect(electionIssue(supplementary, 'ELECT_OFFICERS', V1, at('2026-11-21T00:00:00Z'))?.code).toBe('ILLEGAL_TRANSITION');
    expect(electionIssue(facts({ status: 'FILED' }), 'CALL_SUPPLEMENTARY', V1, at('2026-11-21T00:00:00Z'))?.code).toBe('NO_VACANCY');
    expect(electionIssue(facts({ status: 'FILED', vacancies: 2 }), 'CALL_SUPPLEMENTARY', V1, at('2026-11-21T00:00:00Z'))).toBeNull();
  });

  it('has a message in both languages for every refusal it gives', () => {
    const codes = [
      'ELIGIBILITY_NOT_ATTESTED',
      'ROLL_EMPTY',
      'NOT_CONTESTED',
      'TOO_FEW_COUNTERS',
      'OUTSIDE_VOTING_WINDOW',
      'VOTING_NOT_OVER',
      'PAPER_UNRESOLVED',
      'NO_TIE_PENDING',
      'TIE_PENDING',
      'TIE_SEATS',
      'NOT_TIED',
      'OFFICERS_COUNT',
      'NOT_A_MEMBER',
      'NO_MAJORITY',
      'DUPLICATE_CHOICE',
      'RECALL_BELOW_THRESHOLD',
      'CODE_INVALID',
      'ALREADY_VOTED',
      'NOT_ON_LIST',
      'TOO_MANY_CHOICES',
      'AREA_FORMAT',
      'AREA_CONFLICT',
      'COUNTER_IS_CANDIDATE',
      'COUNT_NOT_SIGNED_OFF',
      'MONITOR_REQUIRED',
      'ELECTION_IN_PROGRESS',
      'NO_VACANCY',
      'VOTE_EXCEEDS',
    ];
    for (const code of codes) {
      expect(hasMessage(code), code).toBe(true);
      const params = {
        count: 1,
        min: 2,
        candidates: 9,
        seats: 9,
        opensAt: 'a',
        closesAt: 'b',
        id: '7',
        chairs: 1,
        viceChairs: 2,
        votes: 4,
        members: 9,
        area: '1.00',
        total: '5.00',
        share: '1/5',
        other: 3,
      };
      for (const locale of ['zh-CN', 'en'] as const)
        expect(messageFor({ field: 'electionId', code, params }, locale)).not.toMatch(/undefined|electionId|[A-Z]{2,}_[A-Z]/);
    }
    expect(messageFor({ field: 'electionId', code: 'ILLEGAL_TRANSITION', params: { from: 'VOTING', action: 'PUBLICISE' } }, 'zh-CN')).toBe(
      '选举当前状态为“投票中”，不能执行“公示候选人名单”',
    );
  });
});

describe('a tally anyone can recount', () => {
  const candidatePool = ['1', '2', '3', '4', '5', '6'];
  const electionArb = fc
    .record({
      seats: fc.integer({ min: 1, max: 4 }),
      candidates: fc.integer({ min: 2, max: 6 }),
      ballots: fc.array(fc.record({ area: fc.integer({ min: 1, max: 30000 }), picks: fc.subarray(candidatePool), extra: fc.boolean() }), { maxLength: 40 }),
      absent: fc.array(fc.integer({ min: 1, max: 30000 }), { maxLength: 20 }),
      seed: fc.boolean(),
      receipts: fc.uniqueArray(fc.stringMatching(/^[A-Z0-9]{12}$/), { minLength: 60, maxLength: 60 }),
    })
    .map((e) => {
      const candidateIds = candidatePool.slice(0, e.candidates);
      // Internal ballots in cast order, each still knowing its voter's unit (the official side never publishes it).
      const cast = e.ballots.map((b, i) => ({
        unitId: `u${i}`,
        receiptId: e.receipts[i]!,
        areaCenti: b.area,
        choices: b.extra ? [...b.picks, 'X9'] : b.picks,
      }));
      const participated = { areaCenti: cast.reduce((s, b) => s + b.areaCenti, 0), headcount: cast.length };
      const roll = { areaCenti: participated.areaCenti + e.absent.reduce((s, a) => s + a, 0), headcount: participated.headcount + e.absent.length };
      return { rules: e.seed ? COMMITTEE_RULES_SEED : V1, seats: e.seats, candidateIds, roll, participated, cast };
    });

  it('recount(published list) always equals the official tally, and the hash names the list', async () => {
    await fc.assert(
      fc.asyncProperty(electionArb, async (e) => {
        const official = tally({ rules: e.rules, seats: e.seats, candidateIds: e.candidateIds, roll: e.roll, participated: e.participated, ballots: e.cast });
        const anonymised = e.cast.map(({ receiptId, areaCenti, choices }) => ({ receiptId, areaCenti, choices }));
        const pub: PublishedElection = {
          ruleSet: { code: e.rules.code, version: e.rules.version },
          seats: e.seats,
          candidateIds: e.candidateIds,
          roll: e.roll,
          participated: e.participated,
          ballotList: canonicalBallotList([...anonymised].reverse()),
          ballotListHash: await ballotListHash(anonymised),
        };
        expect(pub.ballotList).not.toMatch(/u\d/);
        expect(await publicationIntact(pub)).toBe(true);
        expect(recount(JSON.parse(JSON.stringify(pub)) as PublishedElection)).toEqual(official);
      }),
      { numRuns: 150 },
    );
  });

  it('an altered list no longer matches its hash; an owner finds their receipt and its choices', async () => {
    const ballots = [ballot(8950, '2', '1'), ballot(12025, '3')];
    const list = canonicalBallotList(ballots);
    expect(list).toBe(`${ballots[0]!.receiptId}\t8950\t1,2\n${ballots[1]!.receiptId}\t12025\t3`);
    const hash = await ballotListHash(ballots);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const pub = {
      ruleSet: { code: V1.code, version: 1 },
      seats: 2,
      candidateIds: ['1', '2', '3'],
      roll: { areaCenti: 20975, headcount: 2 },
      participated: { areaCenti: 20975, headcount: 2 },
      ballotList: list,
      ballotListHash: hash,
    };
    expect(await publicationIntact({ ...pub, ballotList: list.replace('\t3', '\t2') })).toBe(false);
    expect(receiptLine(list, ballots[1]!.receiptId.toLowerCase())).toEqual({ receiptId: ballots[1]!.receiptId, areaCenti: 12025, choices: ['3'] });
    expect(receiptLine(list, 'R999999999')).toBeNull();
  });
});

describe('the duties checklist', () => {
  it('needs every duty of seed part 2 answered once, and nothing else', () => {
    const all = COMMITTEE_DUTIES.map((d) => ({ code: d.code, result: 'MET' as const }));
    expect(all).toHaveLength(7);
    expect(dutyReviewIssues(all)).toEqual([]);
    expect(dutyReviewIssues([...all.slice(1), { code: 'SING', result: 'MET' }, all[1]!]).map((i) => i.code)).toEqual([
      'UNKNOWN_CHECKLIST_ITEM',
      'DUTY_UNANSWERED',
      'DUPLICATE_CHECKLIST_ITEM',
    ]);
    expect(messageFor(dutyReviewIssues(all.slice(1))[0]!, 'zh-CN')).toBe('职责“召集和主持业主大会”尚未评定');
  });
});

describe('printable documents', () => {
  const facts = {
    communityName: '阳光花园',
    rules: V1,
    seats: 9,
    assemblyAt: new Date('2026-11-20T07:00:00Z'),
    place: '小区会所',
    form: 'MIXED' as const,
    agenda: '审议管理规约、议事规则',
    opensAt: new Date('2026-11-20T01:00:00Z'),
    closesAt: new Date('2026-11-20T09:00:00Z'),
    candidates: [
      { name: '张三', route: 'SELF' as const },
      { name: '李四', route: 'GROUP' as const },
    ],
    noticeDate: '2026-11-05',
  };

  it("lays the assembly notice out like seed part 5, with the rule set's quorum in words", () => {
    expect(assemblyNotice(facts).split('\n')).toEqual([
      '关于召开阳光花园业主大会会议的通知',
      '全体业主：',
      '一、会议时间：2026年11月20日下午3:00',
      '二、会议地点：小区会所',
      '三、会议内容：审议管理规约、议事规则；采取差额选举办法选举业主委员会委员（应选 9 名，候选人 2 名）。',
      '四、参加人员：本小区全体业主（因故不能出席的，可书面委托代理人出席）；须专有部分面积占比2/3以上且人数占比2/3以上的业主参加，会议方为有效。',
      '五、注意事项：',
      '1、会议形式：现场会议与网络投票相结合。',
      '2、网络投票时间：2026年11月20日上午9:00至2026年11月20日下午5:00，凭本户投票码投票，每户一票。',
      '3、每张选票所选人数多于应选人数的作废；请携带身份证件提前10分钟到达会场签到领票。',
      '阳光花园业主大会筹备组',
      '2026年11月5日',
    ]);
    expect(assemblyNotice({ ...facts, rules: COMMITTEE_RULES_SEED, opensAt: null, closesAt: null })).toContain('须人数占比超过半数的业主参加');
  });

  it('lists the candidates with their routes and prints a ballot that says when it is void', () => {
    expect(candidateList(facts)).toBe(
      '阳光花园业主委员会委员候选人名单\n（应选 9 名，候选人 2 名，按提名先后排列）\n1. 张三（自荐）\n2. 李四（筹备组提名推荐）',
    );
    expect(paperBallot(facts)).toContain('所选人数不得多于 9 名，多于 9 名的选票作废');
  });
});
