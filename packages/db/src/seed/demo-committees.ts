import type { EntityManager } from '@mikro-orm/core';
import { COMMITTEE_RULES_V1, addDays, termEnd, type Principal } from '@wuye/domain';
import {
  addCounter,
  castOnlineBallot,
  closeVoting,
  countVotes,
  createElection,
  electOfficers,
  fileCommittee,
  freezeRoll,
  importOwners,
  issueVotingCodes,
  moveRecall,
  nominateCandidate,
  openVoting,
  publiciseCandidates,
  settleTie,
  signOffCount,
  votingCodeHash,
  type OwnerRow,
} from '../committees/index.js';
import { CommitteeCandidate, CommitteeElection, Community, OwnersCommittee, OwnerUnit, RollEntry, Township, VotingCode } from '../entities/index.js';
import { SeededRandom } from './random.js';

/**
 * Owners' committees in the demo county (issue 13 §9), as of the reference date 2026-11-15:
 * - committees on file (entered from the townships' paper records) in about one residential community in eight, one of
 *   them with its term ending within 90 days, and a few communities whose preparatory group has just been formed;
 * - in 城关镇, two elections run through the platform's own commands: 阳光 A with voting open (some owners have voted
 *   online; the units of DEMO_VOTING_CODES have not), and 阳光 B counted in October with a tie for the last seat settled
 *   by the elected members, filed, and a recall motion moved in November.
 */

/** Printed voting codes of units that have not voted yet in the demo election that is open (demo only). */
export const DEMO_VOTING_CODES = ['QXVT-2026-AAA1', 'QXVT-2026-AAA2', 'QXVT-2026-AAA3'] as const;

export interface DemoCommitteesSummary {
  filed: number;
  preparing: number;
  elections: number;
}

const SYSTEM: Principal = { userId: '0', role: 'ADMIN' };
const at = (date: string, time: string) => new Date(`${date}T${time}+08:00`);
const SURNAMES = Array.from('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡');
const GIVEN = ['建华', '秀英', '国强', '桂兰', '志明', '丽娟', '海燕', '文军', '春梅', '德胜', '晓东', '玉珍', '永红', '卫东', '红霞'];

/** A synthetic resident ID number with a valid check character (region 330122: the demo county). */
function demoIdNumber(n: number): string {
  const body = `330122${1950 + (n % 50)}${String((n % 12) + 1).padStart(2, '0')}${String((n % 28) + 1).padStart(2, '0')}${String(n % 1000).padStart(3, '0')}`;
  const sum = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2].reduce((acc, w, i) => acc + w * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11];
}

/**
 * 24 units in two buildings: unit 1-1-101 has co-owners, one owner holds 1-1-102 and 1-1-201, 2-1-605 and 2-1-606 are
 * unsold (together one voter, the developer). 22 voters.
 */
function ownerSheet(rng: SeededRandom, base: number): OwnerRow[] {
  const rows: OwnerRow[] = [];
  let person = base;
  for (const building of ['1', '2']) {
    for (let floor = 1; floor <= 6; floor++) {
      for (const door of [1, 2]) {
        const room = `${floor}0${door + (building === '2' && floor === 6 ? 4 : 0)}`;
        const area = `${rng.int(86, 112)}.${String(rng.int(0, 99)).padStart(2, '0')}`;
        const unit = { building, unitNo: '1', room, area };
        if (building === '2' && floor === 6) {
          rows.push(unit);
          continue;
        }
        if (building === '1' && room === '201') {
          rows.push({ ...unit, ownerName: rows.find((r) => r.room === '102')!.ownerName, idNumber: demoIdNumber(person - 1) });
          continue;
        }
        rows.push({ ...unit, ownerName: rng.pick(SURNAMES) + rng.pick(GIVEN), idNumber: demoIdNumber(person++), phone: `139${rng.digits(8)}` });
        if (building === '1' && room === '101') rows.push({ ...unit, ownerName: rng.pick(SURNAMES) + rng.pick(GIVEN), idNumber: demoIdNumber(person++) });
      }
    }
  }
  return rows;
}

async function prepared(em: EntityManager, community: Community, rng: SeededRandom, candidates: number, day: string, base: number) {
  await importOwners(em, SYSTEM, community.id, ownerSheet(rng, base));
  const assembly = {
    at: at(addDays(day, 25), '09:00:00'),
    place: `${community.name}会所`,
    form: 'MIXED' as const,
    agenda: '审议管理规约、业主大会议事规则；选举第一届业主委员会',
  };
  const election = await createElection(
    em,
    SYSTEM,
    {
      communityId: community.id,
      members: [
        { name: '乡镇社区办代表', role: '组长' },
        { name: rng.pick(SURNAMES) + rng.pick(GIVEN), role: '业主代表' },
        { name: rng.pick(SURNAMES) + rng.pick(GIVEN), role: '业主代表' },
      ],
      assembly,
    },
    day,
  );
  const now = at(day, '10:00:00');
  const routes = ['GROUP', 'REPRESENTATIVES', 'JOINT', 'SINGLE_OWNER', 'SELF'] as const;
  const ids: string[] = [];
  for (let i = 0; i < candidates; i++) {
    const c = await nominateCandidate(
      em,
      SYSTEM,
      election.id,
      {
        name: `${SURNAMES[(base + i * 7) % SURNAMES.length]}${GIVEN[(base + i) % GIVEN.length]}`,
        route: routes[i % routes.length]!,
        eligibilityAttested: true,
        attestedBy: '筹备组',
      },
      now,
    );
    ids.push(String(c.id));
  }
  const counters = [
    await addCounter(em, SYSTEM, election.id, { name: '监票人' + rng.pick(SURNAMES) + '某', role: 'MONITOR' }, now),
    await addCounter(em, SYSTEM, election.id, { name: '计票人' + rng.pick(SURNAMES) + '某', role: 'TELLER' }, now),
  ];
  await publiciseCandidates(em, SYSTEM, election.id, at(addDays(day, 5), '10:00:00'));
  await freezeRoll(em, SYSTEM, election.id, at(addDays(day, 15), '10:00:00'));
  const codes = await issueVotingCodes(em, SYSTEM, election.id, at(addDays(day, 15), '11:00:00'));
  return { election, ids, counters, codes };
}

export async function seedDemoCommittees(em: EntityManager, referenceDate: string, seed: number): Promise<DemoCommitteesSummary> {
  const rng = new SeededRandom(seed + 13);
  const chengguan = await em.findOneOrFail(Township, { name: '城关镇' });
  const residential = await em.find(Community, { type: { $in: ['NEW_RESIDENTIAL', 'OLD'] } }, { orderBy: { id: 'asc' } });
  const [votingIn, countedIn] = residential.filter((c) => c.township.id === chengguan.id);
  const others = residential.filter((c) => c !== votingIn && c !== countedIn);

  // Committees on file from the townships' records: one community in eight; the first one's term ends within 90 days.
  let filed = 0;
  for (const [i, community] of others.filter((_, i) => i % 8 === 3).entries()) {
    const start = i === 0 ? '2023-12-06' : rng.date('2024-03-01', '2026-09-30');
    const committee = em.create(OwnersCommittee, {
      community,
      ruleSetCode: COMMITTEE_RULES_V1.code,
      ruleSetVersion: COMMITTEE_RULES_V1.version,
      termStart: start,
      termEnd: termEnd(start, COMMITTEE_RULES_V1.termYears),
      filedOn: addDays(start, 7),
      filedWith: '乡镇人民政府（街道办事处）、县住建局',
    });
    const election = em.create(CommitteeElection, {
      committee,
      community,
      status: 'FILED',
      ruleSetCode: COMMITTEE_RULES_V1.code,
      ruleSetVersion: COMMITTEE_RULES_V1.version,
      seats: 9,
      countedAt: at(start, '17:00:00'),
      signedOffAt: at(start, '17:30:00'),
    });
    for (let m = 0; m < 9; m++) {
      em.create(CommitteeCandidate, {
        election,
        name: rng.pick(SURNAMES) + rng.pick(GIVEN),
        route: 'GROUP',
        eligibilityAttested: true,
        attestedBy: '筹备组',
        elected: true,
        position: m === 0 ? 'CHAIR' : m < 3 ? 'VICE_CHAIR' : 'MEMBER',
      });
    }
    filed++;
  }
  // Preparatory groups just formed.
  const preparing = others.filter((_, i) => i % 8 === 6).slice(0, 6);
  for (const community of preparing) {
    await createElection(
      em,
      SYSTEM,
      {
        communityId: community.id,
        members: [{ name: '社区工作人员', role: '组长' }],
        assembly: { at: at('2026-12-20', '09:00:00'), place: `${community.name}会所`, form: 'MEETING', agenda: '选举第一届业主委员会' },
      },
      addDays(referenceDate, -rng.int(1, 20)),
    );
  }
  if (!votingIn || !countedIn) return { filed, preparing: preparing.length, elections: 0 };

  // 阳光 B: counted in October with a tie for the last seat, settled by the members; filed; a recall moved in November.
  {
    const { election, ids, counters, codes } = await prepared(em, countedIn, rng, 10, '2026-09-20', 100);
    const id = election.id;
    await openVoting(em, SYSTEM, id, { opensAt: at('2026-10-10', '09:00:00'), closesAt: at('2026-10-17', '17:00:00') }, at('2026-10-09', '10:00:00'));
    const a = [...ids.slice(0, 8), ids[8]!];
    const b = [...ids.slice(0, 8), ids[9]!];
    const c = [...ids.slice(0, 7), ids[8]!, ids[9]!];
    const plan = [a, b, c, a, b, c, a, b, c, a, b, c, a, b, a, b, a, b];
    // One code per voter: the second unit of the owner of 1-1-102/201 is skipped.
    const voterCodes = codes.filter((x) => !(x.building === '1' && x.room === '201'));
    for (const [i, choices] of plan.entries())
      await castOnlineBallot(em, { code: voterCodes[i]!.code, choices }, at('2026-10-12', `${String(9 + (i % 8)).padStart(2, '0')}:00:00`));
    const after = at('2026-10-17', '18:00:00');
    await closeVoting(em, SYSTEM, id, after);
    await countVotes(em, SYSTEM, id, after);
    await signOffCount(
      em,
      SYSTEM,
      id,
      counters.map((x) => x.id),
      after,
    );
    await settleTie(em, SYSTEM, id, [{ candidateId: ids[8]!, votes: 6 }], at('2026-10-18', '10:00:00'));
    await electOfficers(
      em,
      SYSTEM,
      id,
      [
        { candidateId: ids[0]!, position: 'CHAIR', votes: 7 },
        { candidateId: ids[1]!, position: 'VICE_CHAIR', votes: 6 },
        { candidateId: ids[2]!, position: 'VICE_CHAIR', votes: 5 },
      ],
      at('2026-10-18', '11:00:00'),
    );
    await fileCommittee(em, SYSTEM, id, { filedWith: '城关镇人民政府、县住建局' }, at('2026-10-20', '10:00:00'));
    const units = await em.find(OwnerUnit, { community: countedIn.id }, { orderBy: { id: 'asc' } });
    await moveRecall(
      em,
      SYSTEM,
      election.committee.id,
      { memberIds: [ids[5]!], supporterUnitIds: units.slice(0, 6).map((u) => String(u.id)), reason: '该委员长期不参加业主委员会会议，不履行委员职责' },
      at('2026-11-10', '10:00:00'),
    );
  }

  // 阳光 A: voting open over the reference date; some owners have voted online.
  {
    const { election, ids, codes } = await prepared(em, votingIn, rng, 11, '2026-10-20', 200);
    await openVoting(em, SYSTEM, election.id, { opensAt: at('2026-11-14', '09:00:00'), closesAt: at('2026-11-21', '17:00:00') }, at('2026-11-13', '10:00:00'));
    const voters = codes.filter((x) => !(x.building === '1' && x.room === '201'));
    for (const [i, x] of voters.slice(0, 9).entries())
      await castOnlineBallot(em, { code: x.code, choices: ids.slice(i % 3, (i % 3) + 9) }, at('2026-11-14', `${String(10 + i).padStart(2, '0')}:00:00`));
    // The printed sheet of three units still to vote (three different voters) carries the demo codes.
    for (const [i, x] of voters.slice(-5, -2).entries()) {
      const entry = await em.findOneOrFail(RollEntry, { election: election.id, unit: x.unitId });
      await em.nativeUpdate(VotingCode, { entry: entry.id }, { codeHash: votingCodeHash(DEMO_VOTING_CODES[i]!) });
    }
  }
  await em.flush();
  return { filed, preparing: preparing.length, elections: 2 };
}
