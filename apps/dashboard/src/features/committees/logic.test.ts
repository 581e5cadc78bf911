import {
  COMMITTEE_REGISTER_STATUSES,
  COMMITTEE_RULES_V1,
  ELECTION_STATUSES,
  NOMINATION_ROUTES,
  ASSEMBLY_FORMS,
  ballotListHash,
  canonicalBallotList,
  tally,
  areaText,
} from '@wuye/domain';
import { describe, expect, it } from 'vitest';
import { committeesChinese, committeesEnglish } from './messages';
import {
  isoToShanghaiLocal,
  parseMembers,
  parseNames,
  parseOwnerSheet,
  recountPublished,
  shanghaiLocalToIso,
  votingLink,
  type PublishedResults,
} from './logic';

describe('the owners’ sheet pasted from a spreadsheet', () => {
  it('reads tab- and comma-separated rows, skips the header and blank lines, keeps unsold units without an owner', () => {
    const text = '楼栋\t单元\t房号\t面积\t姓名\t身份证\t电话\n1\t1\t101\t89.50\t张三\t110101199003074514\t13900000000\n\n1,1,102,90.25\n';
    expect(parseOwnerSheet(text)).toEqual([
      { building: '1', unitNo: '1', room: '101', area: '89.50', ownerName: '张三', idNumber: '110101199003074514', phone: '13900000000' },
      { building: '1', unitNo: '1', room: '102', area: '90.25' },
    ]);
  });

  it('keeps a row with a missing area as it is, for the server to name', () => {
    expect(parseOwnerSheet('2\t1\t301')).toEqual([{ building: '2', unitNo: '1', room: '301', area: '' }]);
  });
});

describe('times, members and names', () => {
  it('reads datetime fields as Shanghai time and back', () => {
    expect(shanghaiLocalToIso('2026-11-15T09:00')).toBe('2026-11-15T01:00:00.000Z');
    expect(shanghaiLocalToIso('2026-11-15')).toBeNull();
    expect(isoToShanghaiLocal('2026-11-15T01:00:00.000Z')).toBe('2026-11-15T09:00');
  });
  it('splits the group and the candidates one a line', () => {
    expect(parseMembers('张三 组长\n李四', '成员')).toEqual([
      { name: '张三', role: '组长' },
      { name: '李四', role: '成员' },
    ]);
    expect(parseNames('张三\n李四、王五\n\n')).toEqual(['张三', '李四', '王五']);
    expect(votingLink('http://x', 'AB CD')).toBe('http://x/#/public/vote?code=AB%20CD');
  });
});

describe('the browser’s recount of a published list', () => {
  const candidates = Array.from({ length: 10 }, (_, i) => ({ id: String(i + 1) }));
  const ids = candidates.map((c) => c.id);
  const ballots = [
    { receiptId: 'AAAAAAAA01', areaCenti: 9000, choices: ids.slice(0, 9) },
    { receiptId: 'AAAAAAAA02', areaCenti: 8550, choices: ids.slice(0, 9) },
    { receiptId: 'AAAAAAAA03', areaCenti: 10025, choices: ids.slice(1, 10) },
  ];
  const roll = { headcount: 4, areaCenti: 37575 };
  const participated = { headcount: 3, areaCenti: 27575 };
  const official = tally({ rules: COMMITTEE_RULES_V1, seats: 9, candidateIds: ids, roll, participated, ballots });
  const published = async (over: Partial<PublishedResults> = {}): Promise<PublishedResults> => ({
    ruleSet: { code: COMMITTEE_RULES_V1.code, version: COMMITTEE_RULES_V1.version },
    seats: 9,
    candidates,
    rollHeadcount: roll.headcount,
    rollArea: areaText(roll.areaCenti),
    participatedHeadcount: participated.headcount,
    participatedArea: areaText(participated.areaCenti),
    ballotList: canonicalBallotList(ballots),
    ballotListHash: await ballotListHash(ballots),
    tally: { ...official, counts: official.counts.map((c) => ({ candidateId: c.candidateId, headcount: c.headcount, area: areaText(c.areaCenti) })) },
    ...over,
  });

  it('equals the official count', async () => {
    const check = recountPublished(await published());
    expect(check.matches).toBe(true);
    expect(check.tally?.cast).toBe(3);
  });

  it('differs when one line of the list was changed, or the official count', async () => {
    const p = await published();
    expect(recountPublished({ ...p, ballotList: p.ballotList.replace('AAAAAAAA03\t10025\t10,2', 'AAAAAAAA03\t10025\t1,2') }).matches).toBe(false);
    expect(recountPublished({ ...p, tally: { ...p.tally, elected: p.tally.elected.slice(1) } }).matches).toBe(false);
    expect(recountPublished({ ...p, ballotList: 'not a list' }).matches).toBe(false);
  });
});

describe('committee messages', () => {
  it('label every status, route and form of @wuye/domain in both languages', () => {
    for (const m of [committeesChinese, committeesEnglish]) {
      expect(Object.keys(m.enums.ElectionStatus).sort()).toEqual([...ELECTION_STATUSES].sort());
      expect(Object.keys(m.enums.CommitteeRegisterStatus).sort()).toEqual([...COMMITTEE_REGISTER_STATUSES].sort());
      expect(Object.keys(m.enums.NominationRoute).sort()).toEqual([...NOMINATION_ROUTES].sort());
      expect(Object.keys(m.enums.AssemblyForm).sort()).toEqual([...ASSEMBLY_FORMS].sort());
    }
    expect(committeesChinese.enums.CommitteeRegisterStatus.FILED).toBe('已备案');
  });
});
