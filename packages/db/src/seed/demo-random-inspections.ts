import type { EntityManager } from '@mikro-orm/core';
import type { Deduction } from '@wuye/domain';
import type { LoopActor } from '../closed-loop/service.js';
import { Department, DrawnCommunity, Township, User } from '../entities/index.js';
import { addPoolInspector, createDraw, performDraw, publishDraw, recordDrawResult } from '../random-inspections/service.js';

/**
 * 双随机一公开 in the demo county (issue 16), as of the reference date 2026-11-15: an inspector pool (two per
 * township for the first townships, one per department, four from the bureau), and November's draw — eight communities
 * weighted by risk, made on 11-03 with a published seed, published on 11-04, five of them inspected since (one with
 * findings turned into the ledger). Made with the platform's own commands, so the draw reproduces from its seed.
 */

export const DEMO_DRAW_SEED = '2026-11-03 县住建局双随机第11期';

const POOL_NAMES = [
  '周立新',
  '黄海波',
  '林晓红',
  '钱国平',
  '孙建伟',
  '吴婷婷',
  '郑永刚',
  '冯丽萍',
  '何志勇',
  '曹文静',
  '彭德明',
  '韩雪梅',
  '邓志刚',
  '许丽华',
  '谢国庆',
  '宋晓梅',
  '唐建军',
  '蒋红英',
  '沈国华',
  '韦丽君',
  '范志军',
  '方红梅',
  '石建新',
  '姚春燕',
  '谭永明',
  '廖秀兰',
];
const at = (date: string, time: string) => new Date(`${date}T${time}+08:00`);

/** The results recorded: small deductions (no grade D), one inspection's findings put into the ledger. */
const RESULTS: { day: string; deductions: Deduction[]; turnFindings: boolean }[] = [
  { day: '2026-11-05', deductions: [{ itemId: 'SEC-01', points: 2, note: '夜间门岗无人值守' }], turnFindings: true },
  { day: '2026-11-06', deductions: [], turnFindings: false },
  { day: '2026-11-10', deductions: [{ itemId: 'SEC-03', points: 1, note: '地下车库两处摄像头损坏' }], turnFindings: false },
  { day: '2026-11-11', deductions: [], turnFindings: false },
  { day: '2026-11-12', deductions: [{ itemId: 'SEC-02', points: 2, note: '巡逻记录缺 11 月上旬' }], turnFindings: false },
];

export async function seedDemoRandomInspections(em: EntityManager, referenceDate: string): Promise<{ inspectors: number; drawn: number; inspected: number }> {
  const townships = await em.find(Township, {}, { orderBy: { id: 'asc' } });
  const departments = await em.find(Department, {}, { orderBy: { id: 'asc' } });
  let badge = 0;
  const add = (unit: { townshipId?: number; departmentId?: number }) =>
    addPoolInspector(em, {
      name: POOL_NAMES[badge % POOL_NAMES.length]! + (badge >= POOL_NAMES.length ? String(Math.floor(badge / POOL_NAMES.length) + 1) : ''),
      badgeNo: `ZF-3301-${String(++badge).padStart(4, '0')}`,
      ...unit,
    });
  for (const t of townships.slice(0, 4)) for (let k = 0; k < 2; k++) await add({ townshipId: t.id });
  for (const d of departments) await add({ departmentId: d.id });
  for (let k = 0; k < 4; k++) await add({});

  const u = await em.findOneOrFail(User, { username: 'regulator' });
  const regulator: LoopActor = { principal: { userId: String(u.id), role: 'REGULATOR' }, name: u.displayName };
  const plan = await createDraw(
    em,
    { title: '2026年11月物业服务双随机抽查（第11期）', policyCode: 'RISK_WEIGHTED', communityCount: 8, teamSize: 2, dueBy: '2026-11-30' },
    regulator,
    at('2026-11-02', '09:00'),
  );
  const drawn = await performDraw(em, plan, DEMO_DRAW_SEED, regulator, at('2026-11-03', '10:00'));
  await publishDraw(em, drawn, regulator, at('2026-11-04', '09:30'));
  const rows = await em.find(DrawnCommunity, { draw: drawn }, { orderBy: { position: 'asc' } });
  let inspected = 0;
  for (const [k, r] of RESULTS.entries()) {
    const row = rows[k];
    if (!row || r.day > referenceDate) continue;
    await recordDrawResult(
      em,
      row,
      { date: r.day, deductions: r.deductions, refusedToCooperate: false, note: null, turnFindings: r.turnFindings },
      regulator,
      at(r.day, '16:00'),
    );
    inspected++;
  }
  return { inspectors: badge, drawn: await em.count(DrawnCommunity, { draw: drawn }), inspected };
}
