import type { MikroORM } from '@mikro-orm/core';
import { COMMITTEE_DUTIES, publicationIntact, receiptLine, recount, type Principal } from '@wuye/domain';
import { recordTrainingSession } from '../campaign/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CommitteeCandidate,
  CommitteeElection,
  Community,
  ElectionBallot,
  ElectionCounter,
  Notification,
  TrainingAttendance,
  User,
  OwnersCommittee,
  OwnerUnit,
  RecallMotion,
  RollEntry,
  Township,
  UnitOwner,
  type Em,
} from '../index.js';
import { RuleError } from '../rule-error.js';
import { createTestOrm, describeEachDriver, dropTestOrm } from '../testing.js';
import {
  addCounter,
  attestCandidate,
  castOnlineBallot,
  closeVoting,
  countVotes,
  createElection,
  electOfficers,
  enterPaperBallot,
  fileCommittee,
  freezeRoll,
  importOwners,
  issueVotingCodes,
  moveRecall,
  nominateCandidate,
  openVoting,
  publiciseCandidates,
  callSupplementaryElection,
  recordVacancy,
  recordRecallVote,
  reviewCommitteeDuties,
  runCommitteeReminders,
  settleTie,
  signInPaperVoter,
  signOffCount,
  type OwnerRow,
} from './index.js';
import { committeeMembers, committeeRegister, publishedElection } from './queries.js';

/** The rule a command refused with, as `field:CODE` pairs; nothing when it went through. */
async function refusal(run: () => Promise<unknown>): Promise<string[]> {
  try {
    await run();
    return [];
  } catch (e) {
    if (e instanceof RuleError) return e.issues.map((i) => `${i.field}:${i.code}`);
    throw e;
  }
}

/** A valid resident ID number (GB 11643 check character) for a sequence number. */
function idOf(n: number): string {
  const body = `1101011990010${String(n).padStart(4, '0')}`;
  const sum = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2].reduce((acc, w, i) => acc + w * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11];
}

const at = (iso: string) => new Date(iso);
const OPENS = at('2026-11-20T01:00:00Z');
const CLOSES = at('2026-11-20T09:00:00Z');
const BEFORE = at('2026-11-18T02:00:00Z');
const DURING = at('2026-11-20T03:00:00Z');
const AFTER = at('2026-11-20T10:00:00Z');
const assembly = { at: OPENS, place: '小区会所', form: 'MIXED' as const, agenda: '选举第一届业主委员会' };

describeEachDriver("owners' committee elections", (driver) => {
  let orm: MikroORM;
  let staff: Principal;
  let otherTownship: Principal;
  let communityId: number;
  let smallId: number;
  let tinyId: number;
  beforeAll(async () => {
    orm = await createTestOrm({ driver });
    const em = orm.em.fork();
    const t1 = em.create(Township, { name: '城关镇', code: 'T1' });
    const t2 = em.create(Township, { name: '河东镇', code: 'T2' });
    const community = (name: string) =>
      em.create(Community, { name, township: t1, type: 'NEW_RESIDENTIAL', serviceMode: 'NONE', households: 12, floorArea: 1500 });
    const [c1, c2, c3] = [community('阳光花园'), community('翠苑'), community('小楼')];
    em.create(User, { username: 'town1', displayName: '城关镇', role: 'TOWNSHIP', township: t1, passwordHash: 'x' });
    em.create(User, { username: 'town2', displayName: '河东镇', role: 'TOWNSHIP', township: t2, passwordHash: 'x' });
    await em.flush();
    staff = { userId: '10', role: 'TOWNSHIP', townshipId: String(t1.id) };
    otherTownship = { userId: '11', role: 'TOWNSHIP', townshipId: String(t2.id) };
    [communityId, smallId, tinyId] = [c1.id, c2.id, c3.id];
  });
  afterAll(async () => orm && dropTestOrm(orm));
  const tx = <T>(fn: (em: Em) => Promise<T>) => orm.em.fork().transactional((em) => fn(em as Em));
  const read = () => orm.em.fork();

  /**
   * 12 units of 100 m² (unit 11: 99.99, unit 12: 150.01, total 1250 m²): unit 1 has co-owners X and Y, X also owns
   * unit 2, unit 12 is unsold. 11 voters.
   */
  const sheet: OwnerRow[] = [
    { building: '1', unitNo: '1', room: '101', area: '100', ownerName: '张三', idNumber: idOf(1), phone: '13800000001' },
    { building: '1', unitNo: '1', room: '101', area: '100.00', ownerName: '李四', idNumber: idOf(2) },
    { building: '1', unitNo: '1', room: '102', area: '100', ownerName: '张三', idNumber: idOf(1) },
    ...[3, 4, 5, 6, 7, 8, 9, 10].map((n) => ({ building: '1', unitNo: '1', room: `${100 + n}`, area: '100', ownerName: `业主${n}`, idNumber: idOf(n) })),
    { building: '1', unitNo: '1', room: '111', area: '99.99', ownerName: '业主11', idNumber: idOf(11) },
    { building: '1', unitNo: '1', room: '112', area: '150.01' },
  ];

  it("imports the owners' sheet only when every row is right, reporting each bad row; personal data kept masked", async () => {
    const bad: OwnerRow[] = [
      { building: '1', room: '101', area: '88.5', ownerName: '王五', idNumber: idOf(20) },
      { building: '1', room: '101', area: '88.6', ownerName: '赵六', idNumber: idOf(21) },
      { building: '', room: '103', area: '1.234', ownerName: '钱七', idNumber: '110101199001010000' },
      { building: '2', room: '201', area: '70', ownerName: '孙八' },
    ];
    expect(await refusal(() => tx((em) => importOwners(em, staff, smallId, bad)))).toEqual([
      'rows.2.area:AREA_CONFLICT',
      'rows.3.building:REQUIRED',
      'rows.3.area:AREA_FORMAT',
      'rows.3.idNumber:INVALID_FORMAT',
      'rows.4.idNumber:REQUIRED',
    ]);
    expect(await read().count(OwnerUnit, { community: smallId })).toBe(0);
    expect(await refusal(() => tx((em) => importOwners(em, otherTownship, communityId, sheet)))).toEqual(['communityId:OUT_OF_SCOPE']);

    expect(await tx((em) => importOwners(em, staff, communityId, sheet))).toEqual({ units: 12, owners: 12 });
    const owner = await read().findOneOrFail(UnitOwner, { name: '张三', unit: { room: '101' } });
    expect(owner.idMasked).toBe(`110***********${idOf(1).slice(-4)}`);
    expect(JSON.stringify(await read().find(UnitOwner, {}))).not.toContain(idOf(1));
    // A second import updates areas and replaces the owners of the units it lists.
    expect(await tx((em) => importOwners(em, staff, communityId, sheet))).toEqual({ units: 12, owners: 12 });
    expect(await read().count(UnitOwner, { unit: { community: communityId } })).toBe(12);
  });

  let electionId: number;
  const candidates: string[] = [];

  it('prepares an election: group, candidates with attested eligibility, counters who are not candidates, the list, the roll', async () => {
    expect(
      await refusal(() => tx((em) => createElection(em, otherTownship, { communityId, members: [{ name: '王组长', role: '组长' }], assembly }, '2026-11-01'))),
    ).toEqual(['communityId:OUT_OF_SCOPE']);
    const e = await tx((em) =>
      createElection(
        em,
        staff,
        {
          communityId,
          members: [
            { name: '王组长', role: '组长' },
            { name: '乡镇代表', role: '乡镇代表' },
          ],
          assembly,
        },
        '2026-11-01',
      ),
    );
    electionId = e.id;
    expect([e.status, e.ruleSetCode, e.seats]).toEqual(['PREPARING', 'CIVIL_CODE', 9]);
    expect(
      await refusal(() => tx((em) => createElection(em, staff, { communityId, members: [{ name: '甲', role: '组长' }], assembly }, '2026-11-01'))),
    ).toEqual(['communityId:ELECTION_IN_PROGRESS']);

    const routes = ['GROUP', 'REPRESENTATIVES', 'JOINT', 'SINGLE_OWNER', 'SELF'] as const;
    for (let i = 1; i <= 10; i++) {
      const c = await tx((em) =>
        nominateCandidate(
          em,
          staff,
          electionId,
          { name: `候选人${i}`, route: routes[i % 5]!, eligibilityAttested: i !== 10, attestedBy: i !== 10 ? '王组长' : null },
          BEFORE,
        ),
      );
      candidates.push(String(c.id));
    }
    expect(await refusal(() => tx((em) => publiciseCandidates(em, staff, electionId, BEFORE)))).toEqual(['candidates:ELIGIBILITY_NOT_ATTESTED']);
    expect(await refusal(() => tx((em) => attestCandidate(em, staff, candidates[9]!, ' ', BEFORE)))).toEqual(['attestedBy:REQUIRED']);
    expect(await refusal(() => tx((em) => attestCandidate(em, otherTownship, candidates[9]!, '王组长', BEFORE)))).toEqual(['electionId:OUT_OF_SCOPE']);
    expect((await tx((em) => attestCandidate(em, staff, candidates[9]!, '王组长', BEFORE))).eligibilityAttested).toBe(true);
    expect(await refusal(() => tx((em) => addCounter(em, staff, electionId, { name: '候选人3', role: 'TELLER' }, BEFORE)))).toEqual([
      'counters:COUNTER_IS_CANDIDATE',
    ]);
    await tx((em) => addCounter(em, staff, electionId, { name: '监票人甲', role: 'MONITOR' }, BEFORE));
    await tx((em) => addCounter(em, staff, electionId, { name: '计票人乙', role: 'TELLER' }, BEFORE));
    expect(await refusal(() => tx((em) => openVoting(em, staff, electionId, { opensAt: OPENS, closesAt: CLOSES }, BEFORE)))).toEqual([
      'electionId:ILLEGAL_TRANSITION',
    ]);
    expect((await tx((em) => publiciseCandidates(em, staff, electionId, BEFORE))).status).toBe('PUBLICISED');
    const frozen = await tx((em) => freezeRoll(em, staff, electionId, BEFORE));
    expect([frozen.status, frozen.rollHeadcount, frozen.rollAreaCenti]).toEqual(['ROLL_FROZEN', 11, 125000]);
  });

  const codes = new Map<string, string>();
  it('issues one code per unit and opens voting for the window', async () => {
    const issued = await tx((em) => issueVotingCodes(em, staff, electionId, BEFORE));
    expect(issued).toHaveLength(12);
    for (const c of issued) codes.set(c.room, c.code);
    expect(new Set(issued.map((c) => c.code)).size).toBe(12);
    expect(await refusal(() => tx((em) => issueVotingCodes(em, staff, electionId, BEFORE)))).toEqual(['codes:ALREADY_DONE']);
    expect(await refusal(() => tx((em) => openVoting(em, staff, electionId, { opensAt: CLOSES, closesAt: OPENS }, BEFORE)))).toEqual(['closesAt:DATE_BEFORE']);
    expect((await tx((em) => openVoting(em, staff, electionId, { opensAt: OPENS, closesAt: CLOSES }, BEFORE))).status).toBe('VOTING');
  });

  const receipts: string[] = [];
  it('takes one online ballot per voter, with a valid code, inside the window, for candidates on the list', async () => {
    const [c1, c2, c3, c4, c5, c6, c7, c8, c9, c10] = candidates as [string, string, string, string, string, string, string, string, string, string];
    const typeA = [c1, c2, c3, c4, c5, c6, c7, c8, c9];
    const typeB = [c1, c2, c3, c4, c5, c6, c7, c8, c10];
    const cast = (room: string, choices: string[], now = DURING) => tx((em) => castOnlineBallot(em, { code: codes.get(room)!, choices }, now));
    expect(await refusal(() => cast('101', typeA, at('2026-11-20T00:59:59Z')))).toEqual(['electionId:OUTSIDE_VOTING_WINDOW']);
    expect(await refusal(() => cast('101', typeA, at('2026-11-20T09:00:01Z')))).toEqual(['electionId:OUTSIDE_VOTING_WINDOW']);
    expect(await refusal(() => cast('101', [...typeA, c10]))).toEqual(['choices:TOO_MANY_CHOICES']);
    expect(await refusal(() => cast('101', [c1, '999999']))).toEqual(['choices:NOT_ON_LIST']);
    expect(await refusal(() => tx((em) => castOnlineBallot(em, { code: 'AAAA-BBBB-CCCC', choices: [c1] }, DURING)))).toEqual(['votingCode:CODE_INVALID']);
    expect(await read().count(ElectionBallot, { election: electionId })).toBe(0);

    // The code is typed in lower case with spaces: still the same code. Unit 101's voter (X, Y) also holds 102.
    receipts.push((await tx((em) => castOnlineBallot(em, { code: ` ${codes.get('101')!.toLowerCase()} `, choices: typeA }, OPENS))).receiptId);
    expect(await refusal(() => cast('101', typeB))).toEqual(['votingCode:ALREADY_VOTED']);
    expect(await refusal(() => cast('102', typeB))).toEqual(['votingCode:ALREADY_VOTED']);
    for (const room of ['103', '104', '105']) receipts.push((await cast(room, typeA)).receiptId);
    for (const room of ['106', '107', '108']) receipts.push((await cast(room, typeB)).receiptId);
    receipts.push((await cast('109', typeB, CLOSES)).receiptId);
    expect(await read().count(ElectionBallot, { election: electionId })).toBe(8);
    expect(await read().count(RollEntry, { election: electionId, channel: 'ONLINE' })).toBe(9);
    // Secrecy: the ballot table has no unit; "has voted" is on the roll.
    const columns = Object.keys((await read().getConnection().execute(`select * from election_ballot limit 1`))[0] as object);
    expect(columns.some((c) => /unit|voter|roll/.test(c))).toBe(false);
  });

  it('enters paper ballots twice, flags a mismatch until it is resolved, then counts: a tie for the last seat is pending', async () => {
    const [c1, c2, c3, c4, c5, c6, c7, , c9, c10] = candidates as string[];
    const typeC = [c1!, c2!, c3!, c4!, c5!, c6!, c7!, c9!, c10!];
    const e = await read().findOneOrFail(CommitteeElection, electionId, { populate: ['committee'] });
    const counters = await read().find(ElectionCounter, { election: electionId }, { orderBy: { id: 'asc' } });
    const units = await read().find(OwnerUnit, { community: communityId, room: { $in: ['110', '112', '102'] } });
    const unit = (room: string) => units.find((u) => u.room === room)!.id;
    expect(await refusal(() => tx((em) => signInPaperVoter(em, staff, electionId, unit('102'), DURING)))).toEqual(['votingCode:ALREADY_VOTED']);
    expect(await tx((em) => signInPaperVoter(em, staff, electionId, unit('110'), DURING))).toEqual({ areaCenti: 10000, area: '100.00' });
    await tx((em) => signInPaperVoter(em, staff, electionId, unit('112'), DURING, '开发商代表（书面委托）'));
    expect((await read().findOneOrFail(RollEntry, { election: electionId, unit: unit('112') })).proxyName).toBe('开发商代表（书面委托）');

    const enter = (counter: number, paperNo: string, choices: string[], area: string) =>
      tx((em) => enterPaperBallot(em, staff, electionId, { counterId: counter, paperNo, choices, area }, DURING));
    expect(await enter(counters[0]!.id, 'PAPER0001', typeC, '100')).toEqual({ paperNo: 'PAPER0001', entries: 1, mismatch: false });
    expect(await enter(counters[1]!.id, 'paper0001', typeC, '100.00')).toEqual({ paperNo: 'PAPER0001', entries: 2, mismatch: false });
    await enter(counters[0]!.id, 'PAPER0002', typeC, '150.01');
    expect(await enter(counters[1]!.id, 'PAPER0002', typeC.slice(1), '150.01')).toMatchObject({ mismatch: true });
    expect(await refusal(() => enter(counters[0]!.id, 'PAPER0003', ['999999'], '100'))).toEqual(['choices:NOT_ON_LIST']);

    expect(await refusal(() => tx((em) => closeVoting(em, staff, electionId, CLOSES)))).toEqual(['electionId:VOTING_NOT_OVER']);
    await tx((em) => closeVoting(em, staff, electionId, AFTER));
    expect(await refusal(() => tx((em) => countVotes(em, staff, electionId, AFTER)))).toEqual(['electionId:PAPER_UNRESOLVED']);
    expect(await enter(counters[1]!.id, 'PAPER0002', typeC, '150.01')).toMatchObject({ mismatch: false });

    const counted = await tx((em) => countVotes(em, staff, electionId, AFTER));
    expect(counted.status).toBe('ELECTED');
    expect(counted.result).toMatchObject({
      valid: true,
      cast: 10,
      voidBallots: 0,
      elected: candidates.slice(0, 8),
      pendingTie: { candidateIds: [c9, c10], seats: 1 },
    });
    expect(e.status).toBe('VOTING');
  });

  it('publishes a ballot list anyone can recount to the official result, and finds a receipt in it', async () => {
    const pub = (await publishedElection(read(), electionId))!;
    const official = (await read().findOneOrFail(CommitteeElection, electionId)).result;
    expect(await publicationIntact(pub)).toBe(true);
    expect(recount(pub)).toEqual(official);
    expect(pub.participated).toEqual({ areaCenti: 115001, headcount: 10 });
    expect(pub.ballotList.split('\n')).toHaveLength(10);
    expect(receiptLine(pub.ballotList, receipts[0]!)).toMatchObject({ areaCenti: 20000 });
    expect(receiptLine(pub.ballotList, 'PAPER0002')).toMatchObject({ areaCenti: 15001 });
  });

  it('settles the tie by the elected members, then the officers by a majority of the members, then files the committee', async () => {
    const [c1, c2, c3, , , , , , c9, c10] = candidates as string[];
    expect(await refusal(() => tx((em) => electOfficers(em, staff, electionId, [], AFTER)))).toEqual(['electionId:TIE_PENDING']);
    expect(await refusal(() => tx((em) => fileCommittee(em, staff, electionId, { filedWith: '城关镇' }, AFTER)))).toEqual(['electionId:TIE_PENDING']);
    expect(await refusal(() => tx((em) => settleTie(em, staff, electionId, [{ candidateId: c9!, votes: 4 }], AFTER)))).toEqual(['winners:NO_MAJORITY']);
    await tx((em) => settleTie(em, staff, electionId, [{ candidateId: c9!, votes: 5 }], AFTER));
    expect(await read().count(CommitteeCandidate, { election: electionId, elected: true })).toBe(9);
    expect((await read().findOneOrFail(CommitteeCandidate, Number(c10))).elected).toBe(false);

    expect(await refusal(() => tx((em) => fileCommittee(em, staff, electionId, { filedWith: '城关镇' }, AFTER)))).toEqual(['counters:COUNT_NOT_SIGNED_OFF']);
    const counters = await read().find(ElectionCounter, { election: electionId }, { orderBy: { id: 'asc' } });
    const teller = counters.find((c) => c.role === 'TELLER')!.id;
    expect(await refusal(() => tx((em) => signOffCount(em, staff, electionId, [teller], AFTER)))).toEqual(['counters:MONITOR_REQUIRED']);
    await tx((em) =>
      signOffCount(
        em,
        staff,
        electionId,
        counters.map((c) => c.id),
        AFTER,
      ),
    );
    expect(
      await refusal(() =>
        tx((em) =>
          signOffCount(
            em,
            staff,
            electionId,
            counters.map((c) => c.id),
            AFTER,
          ),
        ),
      ),
    ).toEqual(['counters:ALREADY_DONE']);
    expect(await refusal(() => tx((em) => fileCommittee(em, staff, electionId, { filedWith: '城关镇' }, AFTER)))).toEqual(['officers:REQUIRED']);
    const officers = [
      { candidateId: c1!, position: 'CHAIR' as const, votes: 5 },
      { candidateId: c2!, position: 'VICE_CHAIR' as const, votes: 6 },
      { candidateId: c3!, position: 'VICE_CHAIR' as const, votes: 4 },
    ];
    expect(await refusal(() => tx((em) => electOfficers(em, staff, electionId, officers, AFTER)))).toEqual(['officers:NO_MAJORITY']);
    officers[2]!.votes = 7;
    await tx((em) => electOfficers(em, staff, electionId, officers, AFTER));
    const committee = await tx((em) => fileCommittee(em, staff, electionId, { filedWith: '城关镇人民政府、县住建局' }, at('2026-11-21T02:00:00Z')));
    expect([committee.termStart, committee.termEnd, committee.filedOn]).toEqual(['2026-11-20', '2029-11-19', '2026-11-21']);
    expect((await read().findOneOrFail(CommitteeElection, electionId)).status).toBe('FILED');
  });

  it('moves a recall with 20% or more of the exclusive area; just under is refused and writes nothing', async () => {
    const committeeId = (await read().findOneOrFail(CommitteeElection, electionId)).committee.id;
    const units = await read().find(OwnerUnit, { community: communityId });
    const unit = (room: string) => String(units.find((u) => u.room === room)!.id);
    const motion = { memberIds: [candidates[0]!], reason: '长期不履职' };
    const now = at('2027-01-05T02:00:00Z');
    expect(await refusal(() => tx((em) => moveRecall(em, staff, committeeId, { ...motion, supporterUnitIds: [unit('103'), unit('111')] }, now)))).toEqual([
      'supporters:RECALL_BELOW_THRESHOLD',
    ]);
    expect(
      await refusal(() =>
        tx((em) => moveRecall(em, staff, committeeId, { ...motion, memberIds: [candidates[9]!], supporterUnitIds: [unit('111'), unit('112')] }, now)),
      ),
    ).toEqual(['memberIds:NOT_A_MEMBER']);
    expect(await read().count(RecallMotion, {})).toBe(0);
    const moved = await tx((em) => moveRecall(em, staff, committeeId, { ...motion, supporterUnitIds: [unit('111'), unit('112')] }, now));
    expect([moved.supportingAreaCenti, moved.totalAreaCenti, moved.movedOn]).toEqual([25000, 125000, '2027-01-05']);
    // The assembly votes it down: 4 of the 9 owners taking part are for it.
    const vote = { heldOn: '2027-02-01', participatedArea: '1000', participatedHeadcount: 9, inFavourArea: '450', inFavourHeadcount: 4 };
    const later = at('2027-02-02T02:00:00Z');
    expect(
      await refusal(() => tx((em) => recordRecallVote(em, staff, moved.id, { ...vote, inFavourHeadcount: 13, participatedHeadcount: 12 }, later))),
    ).toEqual(['participatedHeadcount:VOTE_EXCEEDS', 'inFavourHeadcount:VOTE_EXCEEDS']);
    expect((await tx((em) => recordRecallVote(em, staff, moved.id, vote, later))).outcome).toBe('DEFEATED');
    expect(await refusal(() => tx((em) => recordRecallVote(em, staff, moved.id, vote, later)))).toEqual(['motionId:ALREADY_DONE']);
    expect(await committeeMembers(read(), committeeId)).toHaveLength(9);
    expect(
      await refusal(() =>
        tx((em) => moveRecall(em, staff, committeeId, { ...motion, supporterUnitIds: [unit('111'), unit('112')] }, at('2029-11-20T02:00:00Z'))),
      ),
    ).toEqual(['committeeId:ILLEGAL_TRANSITION']);
    expect(await read().count(OwnersCommittee, { community: communityId })).toBe(1);
  });

  it("reviews the committee against its duties, every duty once; records its members' training against it", async () => {
    const committeeId = (await read().findOneOrFail(CommitteeElection, electionId)).committee.id;
    const results = COMMITTEE_DUTIES.map((d, i) => ({ code: d.code, result: i === 2 ? ('NOT_MET' as const) : ('MET' as const) }));
    const now = at('2027-03-01T02:00:00Z');
    expect(await refusal(() => tx((em) => reviewCommitteeDuties(em, staff, committeeId, { reviewer: '赵志强', results: results.slice(1) }, now)))).toEqual([
      'results:DUTY_UNANSWERED',
    ]);
    expect(await refusal(() => tx((em) => reviewCommitteeDuties(em, otherTownship, committeeId, { reviewer: '赵志强', results }, now)))).toEqual([
      'electionId:OUT_OF_SCOPE',
    ]);
    const review = await tx((em) => reviewCommitteeDuties(em, staff, committeeId, { reviewer: ' 赵志强 ', results, note: '预算未公示' }, now));
    expect([review.reviewedOn, review.reviewer, review.results[2]]).toEqual(['2027-03-01', '赵志强', { code: 'PLAN_AND_BUDGET', result: 'NOT_MET' }]);

    const attendees = [{ kind: 'COMMITTEE_MEMBER' as const, name: '候选人1', committeeId }];
    expect(
      await refusal(() =>
        tx((em) =>
          recordTrainingSession(em, { topic: '业委会履职培训', heldOn: '2026-12-01', attendees: [{ ...attendees[0]!, committeeId: 99999 }] }, '2026-12-01'),
        ),
      ),
    ).toEqual(['attendees:UNKNOWN_REFERENCE']);
    const session = await tx((em) => recordTrainingSession(em, { topic: '业委会履职培训', heldOn: '2026-12-01', attendees }, '2026-12-01'));
    const attended = await read().findOneOrFail(TrainingAttendance, { session: session.id });
    expect([attended.committee?.id, attended.township?.id]).toEqual([committeeId, Number(staff.townshipId)]);
  });

  it('records a vacancy and fills it by a supplementary election that keeps the term and the officers', async () => {
    const e = await read().findOneOrFail(CommitteeElection, electionId);
    const committeeId = e.committee.id;
    const now = at('2027-05-10T02:00:00Z');
    const supplementaryAssembly = { ...assembly, at: at('2027-06-01T01:00:00Z'), agenda: '补选业主委员会委员' };
    expect(
      await refusal(() =>
        tx((em) => callSupplementaryElection(em, staff, committeeId, { members: [{ name: '王组长', role: '组长' }], assembly: supplementaryAssembly }, now)),
      ),
    ).toEqual(['committeeId:NO_VACANCY']);
    expect(await refusal(() => tx((em) => recordVacancy(em, staff, candidates[9]!, { reason: '辞职' }, now)))).toEqual(['memberId:NOT_A_MEMBER']);
    await tx((em) => recordVacancy(em, staff, candidates[4]!, { reason: '本人书面辞职' }, now));
    const s = await tx((em) =>
      callSupplementaryElection(em, staff, committeeId, { members: [{ name: '王组长', role: '组长' }], assembly: supplementaryAssembly }, now),
    );
    expect([s.supplementary, s.seats, s.committee.id]).toEqual([true, 1, committeeId]);
    const ids: string[] = [];
    for (const name of ['补选甲', '补选乙'])
      ids.push(
        String((await tx((em) => nominateCandidate(em, staff, s.id, { name, route: 'SELF', eligibilityAttested: true, attestedBy: '王组长' }, now))).id),
      );
    const counters = [
      await tx((em) => addCounter(em, staff, s.id, { name: '监票丙', role: 'MONITOR' }, now)),
      await tx((em) => addCounter(em, staff, s.id, { name: '计票丁', role: 'TELLER' }, now)),
    ];
    await tx((em) => publiciseCandidates(em, staff, s.id, now));
    await tx((em) => freezeRoll(em, staff, s.id, now));
    const codes = await tx((em) => issueVotingCodes(em, staff, s.id, now));
    await tx((em) => openVoting(em, staff, s.id, { opensAt: at('2027-06-01T01:00:00Z'), closesAt: at('2027-06-01T09:00:00Z') }, now));
    for (const c of codes.filter((x) => x.room !== '102' && x.room !== '112').slice(0, 9))
      await tx((em) => castOnlineBallot(em, { code: c.code, choices: [ids[0]!] }, at('2027-06-01T02:00:00Z')));
    const after = at('2027-06-01T10:00:00Z');
    await tx((em) => closeVoting(em, staff, s.id, after));
    expect((await tx((em) => countVotes(em, staff, s.id, after))).result).toMatchObject({ valid: true, elected: [ids[0]] });
    await tx((em) =>
      signOffCount(
        em,
        staff,
        s.id,
        counters.map((c) => c.id),
        after,
      ),
    );
    expect(await refusal(() => tx((em) => electOfficers(em, staff, s.id, [], after)))).toEqual(['electionId:ILLEGAL_TRANSITION']);
    const committee = await tx((em) => fileCommittee(em, staff, s.id, { filedWith: '城关镇' }, after));
    expect([committee.termStart, committee.termEnd]).toEqual(['2026-11-20', '2029-11-19']);
    const members = await committeeMembers(read(), committeeId);
    expect(members).toHaveLength(9);
    expect(members.map((m) => String(m.id))).toContain(ids[0]);
    expect(members.map((m) => String(m.id))).not.toContain(candidates[4]);
    const register = await committeeRegister(read(), { id: communityId });
    expect([register[0]!.election?.id, register[0]!.election?.status]).toEqual([electionId, 'FILED']);

    // A recall of the new member carried by the assembly: the seat is vacant again.
    const units = await read().find(OwnerUnit, { community: communityId });
    const supporters = units.filter((u) => ['111', '112'].includes(u.room)).map((u) => String(u.id));
    const motion = await tx((em) =>
      moveRecall(em, staff, committeeId, { memberIds: [ids[0]!], supporterUnitIds: supporters, reason: '不履职' }, at('2027-07-01T02:00:00Z')),
    );
    const carried = await tx((em) =>
      recordRecallVote(
        em,
        staff,
        motion.id,
        { heldOn: '2027-07-20', participatedArea: '1250', participatedHeadcount: 11, inFavourArea: '700', inFavourHeadcount: 7 },
        at('2027-07-21T02:00:00Z'),
      ),
    );
    expect(carried.outcome).toBe('CARRIED');
    expect((await committeeMembers(read(), committeeId)).map((m) => String(m.id))).not.toContain(ids[0]);
  });

  it('reminds the township once, 90 days before the term ends', async () => {
    expect(await runCommitteeReminders(orm.em, '2029-08-20')).toEqual({ reminded: 0 });
    expect(await runCommitteeReminders(orm.em, '2029-08-21')).toEqual({ reminded: 1 });
    expect(await runCommitteeReminders(orm.em, '2029-08-22')).toEqual({ reminded: 0 });
    const sent = await read().find(Notification, { kind: 'COMMITTEE_TERM_ENDING' }, { populate: ['user'] });
    expect(sent.map((n) => [n.user.username, n.title])).toEqual([['town1', '阳光花园业主委员会任期将于 2029-11-19 届满']]);
  });

  describe('refusals elsewhere', () => {
    const prepare = async (community: number, rows: OwnerRow[], candidatesCount: number) => {
      await tx((em) => importOwners(em, staff, community, rows));
      const e = await tx((em) => createElection(em, staff, { communityId: community, members: [{ name: '组长', role: '组长' }], assembly }, '2026-11-01'));
      const ids: string[] = [];
      for (let i = 1; i <= candidatesCount; i++)
        ids.push(
          String(
            (await tx((em) => nominateCandidate(em, staff, e.id, { name: `人${i}`, route: 'SELF', eligibilityAttested: true, attestedBy: '组长' }, BEFORE))).id,
          ),
        );
      const counters = [
        await tx((em) => addCounter(em, staff, e.id, { name: '监票', role: 'MONITOR' }, BEFORE)),
        await tx((em) => addCounter(em, staff, e.id, { name: '计票', role: 'TELLER' }, BEFORE)),
      ];
      await tx((em) => publiciseCandidates(em, staff, e.id, BEFORE));
      await tx((em) => freezeRoll(em, staff, e.id, BEFORE));
      return { id: e.id, ids, counters: counters.map((c) => c.id) };
    };
    const rows = (n: number): OwnerRow[] =>
      Array.from({ length: n }, (_, i) => ({ building: '2', room: `${i + 1}`, area: '100', ownerName: `户${i}`, idNumber: idOf(100 + i) }));

    it('refuses to publicise an uncontested list (9 candidates for 9 seats); a tenth candidate lets it through', async () => {
      await expect(prepare(tinyId, rows(2), 9)).rejects.toThrow('candidates: NOT_CONTESTED');
      const e = await read().findOneOrFail(CommitteeElection, { community: tinyId });
      expect(e.status).toBe('PREPARING');
      await tx((em) => nominateCandidate(em, staff, e.id, { name: '人10', route: 'SELF', eligibilityAttested: true, attestedBy: '组长' }, BEFORE));
      expect((await tx((em) => publiciseCandidates(em, staff, e.id, BEFORE))).status).toBe('PUBLICISED');
    });

    it('voids the whole election when more ballots are cast than owners voted; a ballot naming too many is void', async () => {
      const e = await prepare(smallId, rows(3), 10);
      await tx((em) => openVoting(em, staff, e.id, { opensAt: OPENS, closesAt: CLOSES }, BEFORE));
      const unit = (await read().findOneOrFail(OwnerUnit, { community: smallId, room: '1' })).id;
      await tx((em) => signInPaperVoter(em, staff, e.id, unit, DURING));
      for (const counter of e.counters) {
        await tx((em) => enterPaperBallot(em, staff, e.id, { counterId: counter, paperNo: 'SMALL0001', choices: e.ids.slice(0, 3), area: '100' }, DURING));
        await tx((em) => enterPaperBallot(em, staff, e.id, { counterId: counter, paperNo: 'SMALL0002', choices: e.ids, area: '100' }, DURING));
      }
      await tx((em) => closeVoting(em, staff, e.id, AFTER));
      const counted = await tx((em) => countVotes(em, staff, e.id, AFTER));
      expect(counted.status).toBe('VOID');
      expect(counted.result).toMatchObject({ valid: false, voidReason: 'BALLOTS_EXCEED_VOTERS', cast: 2, voidBallots: 1, elected: [] });
      expect(await read().count(CommitteeCandidate, { election: e.id, elected: true })).toBe(0);
      expect(await refusal(() => tx((em) => electOfficers(em, staff, e.id, [], AFTER)))).toEqual(['electionId:ILLEGAL_TRANSITION']);
      // A void election leaves the community free to call another.
      expect(
        (await tx((em) => createElection(em, staff, { communityId: smallId, members: [{ name: '组长', role: '组长' }], assembly }, '2026-11-22'))).status,
      ).toBe('PREPARING');
    });
  });
});
