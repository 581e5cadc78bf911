import type { EntityManager } from '@mikro-orm/core';
import { addDays } from '@wuye/domain';
import { Community, Complaint, Enterprise, User } from '../entities/index.js';
import { applyComplaintCommand, type LoopActor } from '../closed-loop/service.js';
import { submitPublicComplaint } from '../residents/complaints.js';
import { clock } from '../clock.js';
import { DEMO_ENTERPRISE_1 } from './demo-accounts.js';
import { mulberry32 } from './random.js';

/**
 * Residents' complaints through the public form (docs/residents.md) in the demo county, relative to the reference date
 * 2026-11-15, each filed with the form's own command at its own time (so its tracking code, its routing and SLA clocks
 * are those a resident would get) and handled by 市场监管局 (`dept_scjg`) through the loop:
 * - an elevator complaint three weeks old, answered (已答复) — its status page shows the department's answer;
 * - a parking-fee complaint from last week, responded to and in hand (办理中);
 * - a decoration-deposit complaint from yesterday evening, just received (已受理), sent a second time an hour later
 *   (the repeat got the same code back and is counted on it).
 * Tracking codes come from a seeded generator, so the demo is the same on every run.
 */
const at = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);

export const DEMO_PUBLIC_COMPLAINTS = [
  {
    category: 'ELEVATOR',
    content: '3 号楼电梯近一个月多次困人，物业报修后仍反复停运，老人上下楼很不方便，请监管部门督促维保单位彻底检修。',
    contactName: '张女士',
    contactPhone: '13957120316',
  },
  {
    category: 'FEES',
    content: '物业今年起把临时停车费从每小时 2 元涨到 5 元，新的收费标准没有在小区公示，也没有经过业主大会讨论。',
    contactName: null,
    contactPhone: null,
  },
  {
    category: 'FEES',
    content: '门岗收取装修押金 5000 元，装修完工半年仍不退还，物业说要等验收，但一直不安排验收，打电话也没人回复。',
    contactName: '李先生',
    contactPhone: '13806571288',
  },
] as const;

export async function seedDemoPublicComplaints(em: EntityManager, referenceDate: string): Promise<{ publicComplaints: number }> {
  const firm = await em.findOneOrFail(Enterprise, { name: DEMO_ENTERPRISE_1.name });
  const places = await em.find(Community, { enterprise: firm }, { orderBy: { households: 'desc', id: 'asc' }, limit: 3 });
  const login = await em.findOneOrFail(User, { username: 'dept_scjg' }, { populate: ['department'] });
  const handler: LoopActor = {
    principal: { userId: String(login.id), role: 'DEPARTMENT', departmentId: String(login.department!.id) },
    name: login.displayName,
  };
  const rnd = mulberry32(20261116);
  const random = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(rnd() * 256));
  const file = async (k: number, when: Date) => {
    const p = DEMO_PUBLIC_COMPLAINTS[k]!;
    const place = places[k % places.length]!;
    return clock.runAt(when, () =>
      submitPublicComplaint(
        em,
        { category: p.category, communityId: String(place.id), content: p.content, contactName: p.contactName, contactPhone: p.contactPhone, photos: [] },
        when,
        random,
      ),
    );
  };
  const step = async (complaintId: number, when: Date, command: Parameters<typeof applyComplaintCommand>[2]) =>
    clock.runAt(when, async () => {
      const c = await em.findOneOrFail(Complaint, { id: complaintId });
      await applyComplaintCommand(em, c, command, handler, when, when);
    });

  // Answered: received three weeks ago, responded the same afternoon, answered five days later.
  const elevator = await file(0, at(addDays(referenceDate, -21), '10:12'));
  await step(elevator.complaintId!, at(addDays(referenceDate, -21), '15:30'), { action: 'RESPOND', note: '已受理，已通知维保单位和物业服务企业到场检查。' });
  await step(elevator.complaintId!, at(addDays(referenceDate, -16), '16:05'), {
    action: 'RESOLVE',
    note: '经现场检查，曳引机制动器磨损；维保单位已更换并经特种设备检验机构复检合格。已责令物业服务企业每半月维保一次并在电梯内公示维保记录。',
    upheld: true,
  });
  // In hand: received last week, responded the next morning.
  const fee = await file(1, at(addDays(referenceDate, -6), '20:41'));
  await step(fee.complaintId!, at(addDays(referenceDate, -5), '09:20'), { action: 'RESPOND', note: '已受理，正在调取物业服务企业的收费备案和公示材料。' });
  // Just received yesterday evening, and sent again an hour later: the same code, counted as a repeat.
  await file(2, at(addDays(referenceDate, -1), '19:48'));
  await file(2, at(addDays(referenceDate, -1), '20:55'));
  return { publicComplaints: 3 };
}
