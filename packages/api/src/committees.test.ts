/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL results are checked by shape in the assertions below */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AuditLog } from '@wuye/db';
import { describeEachDriver } from '@wuye/db/testing';
import { createFixture, type Fixture, type FixtureUser } from './testing.js';

/** A valid resident ID number (GB 11643 check character) for a sequence number. */
function idOf(n: number): string {
  const body = `1101011990010${String(n).padStart(4, '0')}`;
  const sum = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2].reduce((acc, w, i) => acc + w * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11];
}

const ACTIONS = 'availableActions { action available reason }';
const ERRORS = '... on ValidationError { fieldErrors { field message } }';

/**
 * Owners' committee elections through the API (issue 13): a township runs one in its area from the preparatory group to
 * filing; owners vote with codes, without an account; anyone reads the results and finds their receipt; the buttons'
 * reasons are the mutations' refusals; callers see only the committees of their scope.
 */
describeEachDriver("owners' committee elections through the API", (driver) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(driver);
  });
  afterAll(async () => f?.close());

  const run = async (doc: string, as: FixtureUser | null = 'town1', vars: Record<string, unknown> = {}, locale: 'zh-CN' | 'en' = 'zh-CN'): Promise<any> => {
    const r = await f.gql(doc, vars, as, locale);
    expect(r.errors).toBeUndefined();
    return r.data;
  };
  /** A mutation's data, or its field errors as `field: message`. */
  const mutate = async (
    name: string,
    args: string,
    select: string,
    as: FixtureUser | null = 'town1',
    vars: Record<string, unknown> = {},
    locale: 'zh-CN' | 'en' = 'zh-CN',
  ) => {
    const params = Object.keys(vars)
      .map((k) => `$${k}: ${VAR_TYPES[k]}`)
      .join(', ');
    const d = (
      await run(
        `mutation${params ? `(${params})` : ''} { ${name}(${args}) { __typename ... on ${successOf(name)} { data ${select} } ${ERRORS} } }`,
        as,
        vars,
        locale,
      )
    )[name];
    return d.__typename === 'ValidationError' ? { errors: d.fieldErrors.map((e: any) => `${e.field}: ${e.message}`) } : d.data;
  };
  const successOf = (name: string) => `Mutation${name[0]!.toUpperCase()}${name.slice(1)}Success`;
  const VAR_TYPES: Record<string, string> = { rows: '[OwnerRowInput!]!', choices: '[ID!]!', code: 'String!' };

  let electionId: string;
  const candidates: string[] = [];
  let codes: string[] = [];

  it('a township prepares an election in its area; another township cannot; the buttons say why a step waits', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => ({
      building: '1',
      unitNo: '1',
      room: `${101 + i}`,
      area: '100',
      ownerName: `业主${i}`,
      idNumber: idOf(i + 1),
    }));
    expect(await mutate('importCommitteeOwners', `communityId: "${f.ids.c1}", rows: $rows`, '{ units owners }', 'town2', { rows })).toEqual({
      errors: ['communityId: 无权对该小区进行此操作'],
    });
    const bad = [...rows.slice(0, 11), { ...rows[11]!, area: '1.234' }];
    expect(await mutate('importCommitteeOwners', `communityId: "${f.ids.c1}", rows: $rows`, '{ units owners }', 'town1', { rows: bad })).toEqual({
      errors: ['rows.12.area: 导入表（12.area）须为大于 0 的数，最多两位小数（平方米）'],
    });
    expect(await mutate('importCommitteeOwners', `communityId: "${f.ids.c1}", rows: $rows`, '{ units owners }', 'town1', { rows })).toEqual({
      units: 12,
      owners: 12,
    });

    const create = `communityId: "${f.ids.c1}", members: [{ name: "王组长", role: "组长" }], assembly: { at: "2026-11-20T00:00:00Z", place: "会所", form: MIXED, agenda: "选举第一届业主委员会" }`;
    const e = await mutate('createCommitteeElection', create, `{ id status ruleSet { code seats } ${ACTIONS} }`);
    electionId = e.id;
    expect([e.status, e.ruleSet]).toEqual(['PREPARING', { code: 'CIVIL_CODE', seats: 9 }]);
    expect(e.availableActions.map((a: any) => `${a.action}:${a.available ? 'yes' : a.reason}`)).toEqual([
      'NOMINATE:yes',
      'ADD_COUNTER:yes',
      'PUBLICISE:候选人不能为空',
    ]);
    for (let i = 1; i <= 10; i++) {
      const c = await mutate(
        'nominateCommitteeCandidate',
        `electionId: "${electionId}", name: "候选人${i}", route: SELF, eligibilityAttested: true, attestedBy: "王组长"`,
        '{ id }',
      );
      candidates.push(c.id);
    }
    for (const [name, role] of [
      ['监票人甲', 'MONITOR'],
      ['计票人乙', 'TELLER'],
    ])
      await mutate('addElectionCounter', `electionId: "${electionId}", name: "${name}", role: ${role}`, '{ id }');
    expect(await mutate('publiciseCandidates', `electionId: "${electionId}"`, '{ status }', 'town2')).toEqual({
      errors: ['electionId: 无权对该选举进行此操作'],
    });
    await mutate('publiciseCandidates', `electionId: "${electionId}"`, '{ status }');
    expect(await mutate('freezeVoterRoll', `electionId: "${electionId}"`, '{ status rollHeadcount rollArea }')).toEqual({
      status: 'ROLL_FROZEN',
      rollHeadcount: 12,
      rollArea: '1200.00',
    });
    const docs = (await run(`{ committeeElection(id: "${electionId}") { documents { notice candidateList } } }`)).committeeElection.documents;
    expect(docs.notice).toMatch(/^关于召开阳光花园业主大会会议的通知\n全体业主：\n一、会议时间：2026年11月20日上午8:00\n二、会议地点：会所\n/);
    expect(docs.candidateList.split('\n')).toHaveLength(12);
    codes = (await mutate('issueVotingCodes', `electionId: "${electionId}"`, '{ room code }')).map((c: any) => c.code);
    expect(codes).toHaveLength(12);
  });

  it('voting opens for a window; an owner votes with a code, once, inside the window only', async () => {
    f.setToday('2026-11-19');
    await mutate('openVoting', `electionId: "${electionId}", opensAt: "2026-11-20T00:00:00Z", closesAt: "2026-11-20T08:00:00Z"`, '{ status }');
    const page = async () =>
      (await run(`query($code: String!) { votingBallot(code: $code) { communityName seats open candidates { id name } } }`, null, { code: codes[0] }))
        .votingBallot;
    expect(await page()).toMatchObject({ communityName: '阳光花园', seats: 9, open: false });
    expect((await run(`{ votingBallot(code: "NOPE-NOPE-NOPE") { seats } }`, null)).votingBallot).toBeNull();
    const cast = (code: string, choices: string[]) => mutate('castBallot', 'code: $code, choices: $choices', '{ receiptId }', null, { code, choices });
    expect(await cast(codes[0]!, candidates.slice(0, 9))).toEqual({
      errors: ['electionId: 当前不在投票时间内（2026-11-20T00:00:00.000Z 至 2026-11-20T08:00:00.000Z）'],
    });

    f.setToday('2026-11-20');
    expect((await page()).open).toBe(true);
    expect(await cast(codes[0]!, candidates)).toEqual({ errors: ['choices: 所选人数多于应选名额 9 名，该选票将作废，请减少所选人数'] });
    const receipts: string[] = [];
    for (const code of codes.slice(0, 9)) receipts.push((await cast(code, candidates.slice(0, 9))).receiptId);
    expect(await cast(codes[0]!, candidates.slice(0, 9))).toEqual({ errors: ['votingCode: 该户已投票，每户只能投一次'] });
    expect(await cast('ABCD-EFGH-JKLM', candidates.slice(0, 1))).toEqual({ errors: ['votingCode: 投票码无效，请核对投票码单'] });
    // The audit trail of a ballot names the election only.
    const audits = await f.orm.em.fork().find(AuditLog, { action: 'committeeElection.ballot' });
    expect(audits).toHaveLength(9);
    expect(JSON.stringify(audits)).not.toMatch(new RegExp(`${receipts[0]}|${codes[0]!.replace(/-/g, '')}|${codes[0]}`));

    // The close button waits for the window's end, in the words the mutation refuses with.
    const read = async () => (await run(`{ committeeElection(id: "${electionId}") { status ${ACTIONS} } }`)).committeeElection;
    const close = (await read()).availableActions.find((a: any) => a.action === 'CLOSE_VOTING');
    expect(close.available).toBe(false);
    expect(await mutate('closeVoting', `electionId: "${electionId}"`, '{ status }')).toEqual({ errors: [`electionId: ${close.reason}`] });

    f.setToday('2026-11-21');
    expect(await cast(codes[10]!, candidates.slice(0, 1))).toMatchObject({ errors: [expect.stringContaining('当前不在投票时间内')] });
    await mutate('closeVoting', `electionId: "${electionId}"`, '{ status }');
    const counted = await mutate('countVotes', `electionId: "${electionId}"`, '{ status result { valid cast elected pendingTie { seats } } }');
    expect(counted).toEqual({ status: 'ELECTED', result: { valid: true, cast: 9, elected: candidates.slice(0, 9), pendingTie: null } });

    // Anyone reads the results, recounts them and finds their receipt; a receipt not in the list is not found.
    const results = (
      await run(
        `{ electionResults(id: "${electionId}") { status participatedHeadcount participatedArea ballotList ballotListHash recountMatches tally { cast } } }`,
        null,
      )
    ).electionResults;
    expect(results).toMatchObject({ status: 'ELECTED', participatedHeadcount: 9, participatedArea: '900.00', recountMatches: true, tally: { cast: 9 } });
    expect(results.ballotList.split('\n')).toHaveLength(9);
    expect(results.ballotList).not.toContain('101');
    const receipt = async (r: string) =>
      (await run(`{ ballotReceipt(electionId: "${electionId}", receipt: "${r}") { receiptId area choices } }`, null)).ballotReceipt;
    expect(await receipt(receipts[3]!.toLowerCase())).toEqual({ receiptId: receipts[3], area: '100.00', choices: [...candidates.slice(0, 9)].sort() });
    expect(await receipt('ZZZZZZZZZZZZZZZZ')).toBeNull();
  });

  it('the members choose their officers; the township files the committee; the register shows it by scope', async () => {
    const officers = `[{ candidateId: "${candidates[0]}", position: CHAIR, votes: 5 }, { candidateId: "${candidates[1]}", position: VICE_CHAIR, votes: 6 }, { candidateId: "${candidates[2]}", position: VICE_CHAIR, votes: 4 }]`;
    expect(await mutate('electCommitteeOfficers', `electionId: "${electionId}", officers: ${officers}`, '{ status }')).toEqual({
      errors: ['officers: 主任、副主任须获全体当选委员（9 名）过半数同意，4 票不足'],
    });
    await mutate('electCommitteeOfficers', `electionId: "${electionId}", officers: ${officers.replace('votes: 4', 'votes: 7')}`, '{ status }');
    const before = (await run(`{ committeeElection(id: "${electionId}") { counters { id role } ${ACTIONS} } }`)).committeeElection;
    const file = before.availableActions.find((a: any) => a.action === 'FILE');
    expect(file).toEqual({ action: 'FILE', available: false, reason: '计票结果尚未经监票人签字确认' });
    expect(await mutate('fileCommittee', `electionId: "${electionId}", filedWith: "城关镇人民政府"`, '{ status }')).toEqual({
      errors: [`counters: ${file.reason}`],
    });
    const ids = before.counters.map((c: any) => `"${c.id}"`).join(', ');
    expect(await mutate('signOffCount', `electionId: "${electionId}", counterIds: [${ids}]`, '{ signedOffAt }')).toEqual({
      signedOffAt: '2026-11-21T04:00:00.000Z',
    });
    expect(await mutate('fileCommittee', `electionId: "${electionId}", filedWith: "城关镇人民政府"`, '{ status termStart termEnd filedOn }')).toEqual({
      status: 'FILED',
      termStart: '2026-11-21',
      termEnd: '2029-11-20',
      filedOn: '2026-11-21',
    });
    const register = async (as: FixtureUser) =>
      (await run(`{ committeeRegister { community { id } status termState } }`, as)).committeeRegister
        .map((r: any) => `${r.community.id}:${r.status}:${r.termState}`)
        .sort();
    expect(await register('town1')).toEqual([`${f.ids.c1}:FILED:IN_TERM`, `${f.ids.c3}:NONE:null`].sort());
    expect(await register('ent1')).toEqual([`${f.ids.c1}:FILED:IN_TERM`]);
    expect(await register('ent2')).toEqual([`${f.ids.c2}:NONE:null`]);
    const duties = (await run(`{ committeeDuties { code } }`)).committeeDuties.map((d: any) => `{ code: "${d.code}", result: MET }`);
    const committeeId = (await run(`{ committeeElection(id: "${electionId}") { committeeId } }`)).committeeElection.committeeId;
    expect(
      await mutate('reviewCommitteeDuties', `committeeId: "${committeeId}", reviewer: "赵志强", results: [${duties.slice(1).join(', ')}]`, '{ id }'),
    ).toEqual({ errors: ['results: 职责“召集和主持业主大会”尚未评定'] });
    await mutate('reviewCommitteeDuties', `committeeId: "${committeeId}", reviewer: "赵志强", results: [${duties.join(', ')}]`, '{ id }');
    const committee = (await run(`{ committeeElection(id: "${electionId}") { members { id position } } }`)).committeeElection.members;
    expect(committee).toHaveLength(9);
    expect(
      await mutate(
        'callSupplementaryElection',
        `committeeId: "${committeeId}", members: [{ name: "王组长", role: "组长" }], assembly: { at: "2027-01-10T01:00:00Z", place: "会所", form: MEETING, agenda: "补选" }`,
        '{ id }',
      ),
    ).toEqual({
      errors: ['committeeId: 该业主委员会没有空缺席位，无需补选'],
    });
    expect(await mutate('recordCommitteeVacancy', `memberId: "${committee[8].id}", reason: "辞职"`, '{ leftOn }')).toEqual({ leftOn: '2026-11-21' });
    expect(
      await mutate(
        'callSupplementaryElection',
        `committeeId: "${committeeId}", members: [{ name: "王组长", role: "组长" }], assembly: { at: "2027-01-10T01:00:00Z", place: "会所", form: MEETING, agenda: "补选" }`,
        '{ supplementary seats status }',
      ),
    ).toEqual({
      supplementary: true,
      seats: 1,
      status: 'PREPARING',
    });
    const reviews = (await run(`{ committeeElection(id: "${electionId}") { dutyReviews { reviewer results { label result } } } }`, 'ent1')).committeeElection
      .dutyReviews;
    expect(reviews[0].results[0]).toEqual({ label: '召集和主持业主大会', result: 'MET' });
    // Owners' personal data: the bureau sees it, the township sees it masked; a recall needs 20% of the area.
    const units = async (as: FixtureUser) => (await run(`{ ownerUnits(communityId: "${f.ids.c1}") { id room area owners { name idMasked } } }`, as)).ownerUnits;
    expect((await units('regulator'))[0].owners[0].name).toBe('业主0');
    const seen = await units('town1');
    expect(seen[0]).toMatchObject({ room: '101', area: '100.00', owners: [{ name: '业**', idMasked: expect.stringMatching(/^110\*{11}\w{4}$/) }] });
    const recall = (supporters: string[]) =>
      mutate(
        'moveRecall',
        `committeeId: "${committeeId}", memberIds: ["${committee[0].id}"], supporterUnitIds: [${supporters.map((s) => `"${s}"`).join(', ')}], reason: "不履职"`,
        '{ id supportingArea }',
      );
    expect(await recall(seen.slice(0, 2).map((u: any) => u.id))).toEqual({
      errors: ['supporters: 提议业主的专有面积合计 200.00 平方米，未达全部专有面积 1200.00 平方米的 1/5（含本数）'],
    });
    const motion = await recall(seen.slice(0, 3).map((u: any) => u.id));
    expect(motion.supportingArea).toBe('300.00');
    const voted = await mutate(
      'recordRecallVote',
      `motionId: "${motion.id}", heldOn: "2026-11-21", participatedArea: "1000", participatedHeadcount: 10, inFavourArea: "400", inFavourHeadcount: 4`,
      '{ outcome voteHeldOn }',
    );
    expect(voted).toEqual({ outcome: 'DEFEATED', voteHeldOn: '2026-11-21' });
    f.setToday('2029-08-22');
    expect(await register('ent1')).toEqual([`${f.ids.c1}:FILED:ENDING_SOON`]);
    f.setToday('2029-11-21');
    expect(await register('ent1')).toEqual([`${f.ids.c1}:EXPIRED:EXPIRED`]);
    expect((await run(`{ committeeElection(id: "${electionId}") { id } }`, 'ent2')).committeeElection).toBeNull();
    expect((await run(`{ committeeElection(id: "${electionId}") { id candidates { name nominatedBy } } }`, 'ent1')).committeeElection.candidates).toHaveLength(
      10,
    );
    f.setToday(undefined);
  });
});
