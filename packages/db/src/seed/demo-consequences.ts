import type { EntityManager } from '@mikro-orm/core';
import { addDays, HANDOVER_ITEMS, type HandoverItem } from '@wuye/domain';
import type { LoopActor } from '../closed-loop/service.js';
import { appointSuccessor, completeHandover, expelEnterprise, setHandoverItem } from '../consequences/service.js';
import { Community, Enterprise, Handover, ManagerAppointment, User } from '../entities/index.js';
import { DEMO_ENTERPRISE_1, DEMO_ENTERPRISE_2 } from './demo-accounts.js';

/**
 * 清出市场 in the demo county (issue 16, docs/consequences.md), as of the reference date: the black-listed firm (not a
 * demo login's) serving the most communities was expelled 20 days before it, with the policy's default deadline
 * (30 days: 10 days left). Its first community's handover is completed (successor appointed, every checklist item
 * ticked, completed 6 days before); its second is in progress (successor appointed, three of six items ticked); any
 * further ones are open without a successor. The other black-listed firms stay in the market, so the bureau can still
 * expel one. Made with the platform's own commands; the outgoing firm's manager's appointment to the community handed
 * over ends on the day of completion.
 */

export const DEMO_EXPULSION_DECISION_NO = '县住建〔2026〕清出 1 号';

const at = (date: string, time = '10:00') => new Date(`${date}T${time}+08:00`);

export async function seedDemoConsequences(
  em: EntityManager,
  referenceDate: string,
): Promise<{ expelledId: number; handovers: number; completed: number } | null> {
  const demoNames = new Set<string>([DEMO_ENTERPRISE_1.name, DEMO_ENTERPRISE_2.name]);
  const black = (await em.find(Enterprise, { listStatus: 'BLACK', status: 'ACTIVE' }, { orderBy: { id: 'asc' } })).filter((e) => !demoNames.has(e.name));
  if (black.length < 2) return null;
  const counts = new Map<number, number>();
  for (const f of black) counts.set(f.id, await em.count(Community, { enterprise: f }));
  const firm = [...black].sort((a, b) => counts.get(b.id)! - counts.get(a.id)! || a.id - b.id)[0]!;
  if (counts.get(firm.id)! < 2) return null;
  // Successors: the best-rated firms that may take communities on (never a black-listed one, never a demo login's).
  const successors = (
    await em.find(Enterprise, { status: 'ACTIVE', listStatus: { $ne: 'BLACK' }, grade: { $in: ['AAA', 'AA'] } }, { orderBy: { score: 'desc', id: 'asc' } })
  )
    .filter((e) => !demoNames.has(e.name))
    .slice(0, 2);
  if (successors.length < 2) return null;

  const u = await em.findOneOrFail(User, { username: 'regulator' });
  const regulator: LoopActor = { principal: { userId: String(u.id), role: 'REGULATOR' }, name: u.displayName };
  const decidedOn = addDays(referenceDate, -20);
  const { handovers } = await expelEnterprise(
    em,
    {
      enterpriseId: firm.id,
      decisionNo: DEMO_EXPULSION_DECISION_NO,
      reason: '挪用专项维修资金，列入黑名单后经约谈仍未整改，依据《物业服务企业信用管理办法》清出本县物业服务市场。',
      decidedOn,
    },
    regulator,
    at(decidedOn),
  );
  const ordered = [...handovers].sort((a, b) => a.community.id - b.community.id);
  const tick = async (h: Handover, items: readonly HandoverItem[], from: number) => {
    for (const [k, item] of items.entries()) await setHandoverItem(em, h, item, true, at(addDays(referenceDate, from + k)));
  };
  const [done, doing] = ordered;
  await appointSuccessor(em, done!, successors[0]!.id, at(addDays(referenceDate, -18)));
  await tick(done!, HANDOVER_ITEMS, -14);
  await completeHandover(em, done!, regulator, at(addDays(referenceDate, -6), '16:00'));
  await appointSuccessor(em, doing!, successors[1]!.id, at(addDays(referenceDate, -10)));
  await tick(doing!, HANDOVER_ITEMS.slice(0, 3), -7);
  // The outgoing firm's manager leaves the community handed over; the rows touched keep the days of the story (not the
  // machine's clock), so a second seed gives identical rows.
  const completedOn = addDays(referenceDate, -6);
  await em.nativeUpdate(ManagerAppointment, { community: done!.community.id, endDate: null }, { endDate: completedOn });
  await em.nativeUpdate(Community, { id: done!.community.id }, { updatedAt: at(completedOn, '16:00') });
  await em.nativeUpdate(Community, { id: { $in: ordered.slice(1).map((h) => h.community.id) } }, { updatedAt: at(decidedOn) });
  return { expelledId: firm.id, handovers: handovers.length, completed: 1 };
}
