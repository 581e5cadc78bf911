import type { EntityManager } from '@mikro-orm/core';
import { CAMPAIGN_2026, addDays } from '@wuye/domain';
import { fileTownshipData } from '../campaign/township-data.js';
import { clock } from '../clock.js';
import { Township, TownshipPlan, User } from '../entities/index.js';

/**
 * The townships' own part in the demo county's 2026 campaign (seed part 7 四(一)): each names a leader in charge and
 * files its work plan during mobilisation (03-10…03-31), a few days apart. 城关镇 has written its plan but not filed it
 * yet (the township journey files it); the two smallest rural townships (梅岭乡, 枫林乡) have not written one — the
 * bureau's overview shows them as missing. Dates lie in the campaign's mobilisation phase, before the reference date.
 * 城关镇 has also filed its data archive once (DEMO_ARCHIVE_FILING).
 */
export interface DemoTownshipPlanSummary {
  filed: number;
  drafts: number;
  /** Archives filed (报送建档). */
  archives: number;
}

/**
 * 城关镇 filed its archive (报送建档) once, at the end of the concentrated phase (集中攻坚 4/1–10/31), through the
 * service's own command at that time, so the filing, its frozen copy and its audit row carry the date; the township
 * journey files again today and sees both listed. The other townships have not filed yet.
 */
export const DEMO_ARCHIVE_FILING = { township: '城关镇', on: '2026-10-30', at: '16:30' } as const;

const NOT_WRITTEN = new Set(['梅岭乡', '枫林乡']);
const DRAFT = new Set(['城关镇']);
const LEADERS = ['陈建国', '李卫东', '张丽华', '王志刚', '刘海燕', '杨明', '黄立新', '周建军', '吴晓梅', '徐永强', '孙国庆', '马红', '朱文斌', '胡静'];

export async function seedDemoTownshipPlans(em: EntityManager, referenceDate: string): Promise<DemoTownshipPlanSummary> {
  const mobilisation = CAMPAIGN_2026.phases[0]!;
  const townships = await em.find(Township, {}, { orderBy: { code: 'ASC' } });
  const staff = new Map((await em.find(User, { role: 'TOWNSHIP' })).map((u) => [u.township?.id, u]));
  let filed = 0;
  let drafts = 0;
  townships.forEach((t, i) => {
    if (NOT_WRITTEN.has(t.name)) return;
    const isTown = t.name.endsWith('镇') || t.name.endsWith('乡');
    const written = addDays(mobilisation.startDate, 3 + (i % 8));
    const filedOn = addDays(written, 2 + (i % 5));
    const draft = DRAFT.has(t.name) || filedOn > referenceDate;
    const at = (d: string) => new Date(`${d}T10:00:00+08:00`);
    em.create(TownshipPlan, {
      township: t,
      year: CAMPAIGN_2026.year,
      leaderName: LEADERS[i % LEADERS.length]!,
      leaderPosition: isTown ? '党委委员、副镇长' : '党工委委员、办事处副主任',
      mechanism: `成立${t.name}物业管理服务提升年工作专班，${isTown ? '镇' : '街道'}、社区两级包保到小区，每周一调度、每月向县领导小组报送进展。`,
      schedule: '4 月底前完成辖区小区问题全面排查、建立台账；6 月底前完成一般问题整改；10 月底前完成重点难点问题整改销号；11 月起开展“回头看”。',
      tasks: '社区主任负责本社区小区台账和业委会组建指导；城建办负责数据资料收集建档（企业、项目、物业管理用房、业委会、诚信情况）；综治办负责纠纷协调。',
      resources: i % 3 === 0 ? '抽调干部 4 名充实物业监管力量，安排专项工作经费。' : null,
      status: draft ? 'DRAFT' : 'FILED',
      filedAt: draft ? null : at(filedOn),
      filedBy: draft ? null : (staff.get(t.id) ?? null),
      createdBy: staff.get(t.id) ?? null,
      createdAt: at(written),
      updatedAt: at(draft ? written : filedOn),
    });
    if (draft) drafts++;
    else filed++;
  });
  await em.flush();
  const town = townships.find((t) => t.name === DEMO_ARCHIVE_FILING.township);
  const filer = town ? staff.get(town.id) : undefined;
  let archives = 0;
  if (town && filer && DEMO_ARCHIVE_FILING.on <= referenceDate) {
    const principal = { userId: String(filer.id), role: 'TOWNSHIP' as const, townshipId: String(town.id) };
    await clock.runAt(new Date(`${DEMO_ARCHIVE_FILING.on}T${DEMO_ARCHIVE_FILING.at}:00+08:00`), () =>
      fileTownshipData(em, { principal, name: filer.displayName }, DEMO_ARCHIVE_FILING.on),
    );
    archives++;
  }
  return { filed, drafts, archives };
}
