import type { EntityManager } from '@mikro-orm/core';
import { addDays, withUsccCheckChar } from '@wuye/domain';
import { clock } from '../clock.js';
import { registerIssue, type LoopActor } from '../closed-loop/service.js';
import { createDeveloper, decideRecommendation, proposeRecommendation, recommendationEligibility, recordDeveloperProject } from '../developers/service.js';
import { Community, Enterprise, User } from '../entities/index.js';
import { DEMO_ENTERPRISE_1, DEMO_ENTERPRISE_2 } from './demo-accounts.js';

/**
 * 建设单位 and 向上级推荐信用升级 in the demo county (issue 16, docs/developers.md), as of the reference date: four
 * developers, each with the new residential communities it built (handed over between 2019 and 2025, so some elements
 * are still under warranty and some not), demo firm #1's first new community among them; two building-quality issues
 * raised this month in that community — roof leaks (waterproofing, 5 years: the developer owes the repair) and worn
 * decoration (2 years: past its warranty, nobody named); and two firms recommended for a credit upgrade, proposed by
 * `regulator` and approved by `regulator2`. Made with the platform's own commands at the story's dates.
 */

export const DEMO_DEVELOPERS = [
  { name: '青溪县锦城置业有限公司', code: '91330122MA2JCXY01', contactPerson: '王建国', contactPhone: '13905710001', address: '青溪县城关镇建设路 18 号' },
  {
    name: '浙江恒远房地产开发有限公司',
    code: '91330100MA2HYFD02',
    contactPerson: '陈立新',
    contactPhone: '13905710002',
    address: '杭州市拱墅区湖墅南路 88 号',
  },
  {
    name: '青溪县城市建设投资集团有限公司',
    code: '91330122MA2CTJT03',
    contactPerson: '刘海涛',
    contactPhone: '13905710003',
    address: '青溪县东城街道人民路 2 号',
  },
  { name: '青溪县东湖置业有限公司', code: '91330122MA2DHXY04', contactPerson: '赵明华', contactPhone: '13905710004', address: '青溪县东城街道东湖路 66 号' },
] as const;

/** Handover dates handed out in turn: two still within waterproofing's 5 years, the others older. */
const HANDOVERS = ['2023-06-30', '2019-09-28', '2021-12-20', '2025-05-18', '2020-10-10', '2022-08-08'] as const;

const at = (date: string, time = '10:00') => new Date(`${date}T${time}+08:00`);

export async function seedDemoDevelopers(
  em: EntityManager,
  referenceDate: string,
): Promise<{ developers: number; projects: number; issues: number; recommendations: number }> {
  const u1 = await em.findOneOrFail(User, { username: 'regulator' });
  const u2 = await em.findOneOrFail(User, { username: 'regulator2' });
  const reg1: LoopActor = { principal: { userId: String(u1.id), role: 'REGULATOR' }, name: u1.displayName };
  const reg2: LoopActor = { principal: { userId: String(u2.id), role: 'REGULATOR' }, name: u2.displayName };
  const registeredOn = addDays(referenceDate, -60);

  const developers = [];
  for (const d of DEMO_DEVELOPERS) {
    developers.push(
      await clock.runAt(at(registeredOn), () =>
        createDeveloper(em, {
          name: d.name,
          uscc: withUsccCheckChar(d.code),
          contactPerson: d.contactPerson,
          contactPhone: d.contactPhone,
          address: d.address,
        }),
      ),
    );
  }
  // Demo firm #1's first new residential community first (its manager sees that developer), then the others by id.
  const firm1 = await em.findOneOrFail(Enterprise, { name: DEMO_ENTERPRISE_1.name });
  const newOnes = await em.find(Community, { type: 'NEW_RESIDENTIAL' }, { orderBy: { id: 'asc' } });
  const first = newOnes.find((c) => c.enterprise?.id === firm1.id) ?? newOnes[0];
  const built = first ? [first, ...newOnes.filter((c) => c !== first)].slice(0, 12) : [];
  let projects = 0;
  for (const [i, community] of built.entries()) {
    const developer = developers[i % developers.length]!;
    const handoverDate = HANDOVERS[i % HANDOVERS.length]!;
    await clock.runAt(at(registeredOn), () => recordDeveloperProject(em, developer, { communityId: community.id, handoverDate }, at(registeredOn)));
    projects++;
  }

  // Two building-quality issues this month in the first community (handed over 2023-06-30).
  let issues = 0;
  if (first) {
    for (const [days, element, title, description] of [
      [-9, 'WATERPROOFING', '3 幢顶层屋面渗漏', '3 幢 1 单元 1801、1802 室雨后顶棚渗水，屋面防水层开裂，业主多次报修。'],
      [-5, 'DECORATION', '公共楼道墙面空鼓脱落', '5 幢公共楼道墙面涂料空鼓、局部脱落，属装修工程。'],
    ] as const) {
      const raisedAt = at(addDays(referenceDate, days), '09:30');
      await clock.runAt(raisedAt, () =>
        registerIssue(
          em,
          { source: 'TOWNSHIP_REPORT', category: 'BUILDING_QUALITY', warrantyElement: element, title, description, communityId: first.id },
          reg1,
          raisedAt,
        ),
      );
      issues++;
    }
  }

  // Two firms recommended for a credit upgrade: the best-scored eligible firms that are not a demo login's.
  const demoNames = new Set<string>([DEMO_ENTERPRISE_1.name, DEMO_ENTERPRISE_2.name]);
  const proposedOn = addDays(referenceDate, -12);
  const candidates = await em.find(Enterprise, { status: 'ACTIVE', grade: { $in: ['AAA', 'AA'] } }, { orderBy: { score: 'desc', id: 'asc' } });
  const reasons = [
    '提升年集中攻坚阶段所服务小区问题全部按期销号，业主满意度调查 96%，获评县级示范小区，工作组织落实得力。',
    '主动承接无物业服务的老旧小区并完成整治，季度评比连续位列前十，项目经理带头开展安全生产月活动。',
  ];
  let recommendations = 0;
  for (const firm of candidates) {
    if (recommendations >= reasons.length) break;
    if (demoNames.has(firm.name) || (await recommendationEligibility(em, firm, proposedOn))) continue;
    const rec = await clock.runAt(at(proposedOn), () =>
      proposeRecommendation(em, { enterpriseId: firm.id, reasons: reasons[recommendations]! }, reg1, at(proposedOn)),
    );
    const decidedOn = addDays(proposedOn, 3);
    await clock.runAt(at(decidedOn, '15:00'), () => decideRecommendation(em, rec, { approve: true, note: '同意报送市住建局' }, reg2, at(decidedOn, '15:00')));
    recommendations++;
  }
  await em.flush();
  return { developers: developers.length, projects, issues, recommendations };
}
