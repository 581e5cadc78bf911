import type { EntityManager } from '@mikro-orm/core';
import { addDays, type SpecialInspectionType } from '@wuye/domain';
import { recordAudit } from '../audit.js';
import { clock } from '../clock.js';
import type { LoopActor } from '../closed-loop/service.js';
import { Community, Department, User } from '../entities/index.js';
import {
  checklistOf,
  completeSpecialInspection,
  planSpecialInspection,
  recordSpecialInspectionItem,
  startSpecialInspection,
} from '../special-inspections/service.js';

/**
 * Departments' special inspections in the demo county (docs/special-inspections.md), as of the reference date
 * 2026-11-15: 市场监管局 (elevators, fees), 公安局 (public security), 消防救援大队 (fire lanes) and 住建局 and 财政局
 * (maintenance funds) each completed a few since September — their failed items are issues in the ledger — and has one
 * in progress, started this week with part of its checklist filled in. Run with the platform's own commands, each step
 * with the clock at its instant, each with its audit row.
 */

interface Run {
  department: string;
  type: SpecialInspectionType;
  /** The day on site; planned five days before. */
  day: string;
  /** Failed items and what was found; every other item passes. */
  failed: Record<string, string>;
  /** In progress: how many items have been filled in so far (the rest wait). */
  inProgress?: number;
}

const RUNS: Run[] = [
  { department: '市场监管局', type: 'ELEVATOR_SAFETY', day: '2026-09-16', failed: { EL2: '维保记录 8 月缺两次，维保间隔超过 15 日' } },
  { department: '市场监管局', type: 'FEE_DISPLAY', day: '2026-10-14', failed: { FE1: '公示栏未公示停车服务收费标准', FE5: '2026 年上半年公共收益收支未公示' } },
  { department: '市场监管局', type: 'ELEVATOR_SAFETY', day: '2026-10-28', failed: {} },
  { department: '市场监管局', type: 'ELEVATOR_SAFETY', day: '2026-11-13', failed: {}, inProgress: 3 },
  { department: '公安局', type: 'PUBLIC_SECURITY', day: '2026-09-23', failed: { PS2: '地下车库 B 区两处摄像头损坏未修复' } },
  { department: '公安局', type: 'PUBLIC_SECURITY', day: '2026-10-21', failed: { PS4: '出租房屋登记台账 9 月后未更新', PS5: '夜间巡逻记录缺失' } },
  { department: '公安局', type: 'PUBLIC_SECURITY', day: '2026-11-12', failed: { PS1: '北门夜间无人值守' }, inProgress: 2 },
  {
    department: '消防救援大队',
    type: 'FIRE_LANES',
    day: '2026-09-29',
    failed: { FL1: '3 号楼北侧消防车通道长期停放私家车', FL3: '2 单元楼道停放电动自行车充电' },
  },
  { department: '消防救援大队', type: 'FIRE_LANES', day: '2026-10-30', failed: { FL6: '集中充电棚无漏电保护和灭火器' } },
  { department: '消防救援大队', type: 'FIRE_LANES', day: '2026-11-14', failed: {}, inProgress: 4 },
  { department: '住建局', type: 'MAINTENANCE_FUND', day: '2026-10-09', failed: { MF3: '维修资金使用情况一年未向业主公示' } },
  { department: '住建局', type: 'MAINTENANCE_FUND', day: '2026-11-04', failed: {} },
  { department: '住建局', type: 'MAINTENANCE_FUND', day: '2026-11-13', failed: {}, inProgress: 2 },
  { department: '财政局', type: 'MAINTENANCE_FUND', day: '2026-10-16', failed: { MF1: '2 期 18 户维修资金未足额交存' } },
  { department: '财政局', type: 'MAINTENANCE_FUND', day: '2026-11-11', failed: {}, inProgress: 3 },
];

const OFFICERS: Record<string, string> = {
  市场监管局: '赵建华、钱卫东',
  公安局: '孙海涛、李国强',
  消防救援大队: '周晓军、吴志平',
  住建局: '郑明、王丽',
  财政局: '冯建国、陈静',
};

const at = (date: string, time: string) => new Date(`${date}T${time}+08:00`);

export async function seedDemoSpecialInspections(em: EntityManager, referenceDate: string): Promise<{ completed: number; inProgress: number; issues: number }> {
  const departments = new Map((await em.find(Department, {})).map((d) => [d.name, d]));
  const logins = new Map((await em.find(User, { role: 'DEPARTMENT' }, { orderBy: { id: 'asc' } })).map((u) => [u.department?.id, u]));
  // Communities a firm serves, spread over the county: each run a different one.
  const served = await em.find(Community, { enterprise: { $ne: null } }, { orderBy: { id: 'asc' } });
  let completed = 0;
  let inProgress = 0;
  let issues = 0;
  for (const [k, r] of RUNS.entries()) {
    if (r.day > referenceDate) continue;
    const department = departments.get(r.department);
    if (!department) continue;
    const login = logins.get(department.id);
    const actor: LoopActor = {
      principal: { userId: login ? String(login.id) : '', role: 'DEPARTMENT', departmentId: String(department.id) },
      name: login?.displayName ?? `${department.name}检查组`,
    };
    const audit = (action: string, entityId: number, changes: Record<string, unknown>) =>
      recordAudit(
        em,
        { userId: login?.id ?? null, name: actor.name },
        { action: `specialInspection.${action}`, entityType: 'SpecialInspection', entityId, changes },
      );
    const community = served[(k * 37 + 11) % served.length]!;
    const plannedAt = at(addDays(r.day, -5), '09:00');
    const s = await clock.runAt(plannedAt, async () => {
      const planned = await planSpecialInspection(
        em,
        { type: r.type, communityId: community.id, plannedOn: r.day, inspectors: OFFICERS[r.department]!, note: null },
        actor,
        plannedAt,
      );
      audit('plan', planned.id, { type: r.type, communityId: community.id, plannedOn: r.day });
      await em.flush();
      return planned;
    });
    await clock.runAt(at(r.day, '09:30'), async () => {
      await startSpecialInspection(em, s, { startedOn: r.day }, actor, at(r.day, '09:30'));
      audit('start', s.id, { startedOn: r.day });
      await em.flush();
    });
    const items = checklistOf(s);
    const filled = r.inProgress ?? items.length;
    for (const [n, item] of items.slice(0, filled).entries()) {
      const when = at(r.day, `${String(10 + Math.floor(n / 2)).padStart(2, '0')}:${n % 2 ? '30' : '05'}`);
      await clock.runAt(when, async () => {
        const note = r.failed[item.id] ?? null;
        await recordSpecialInspectionItem(em, s, { itemId: item.id, passed: note === null, note }, actor);
        audit('record', s.id, { itemId: item.id, passed: note === null, note });
        await em.flush();
      });
    }
    if (r.inProgress !== undefined) {
      inProgress++;
      continue;
    }
    const done = at(r.day, '16:30');
    await clock.runAt(done, async () => {
      const out = await completeSpecialInspection(em, s, { completedOn: r.day }, actor, done);
      audit('complete', s.id, { completedOn: r.day, issueIds: out.issues.map((i) => i.id) });
      await em.flush();
      issues += out.issues.length;
    });
    completed++;
  }
  await em.flush();
  return { completed, inProgress, issues };
}
