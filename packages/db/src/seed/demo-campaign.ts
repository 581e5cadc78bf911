import type { EntityManager } from '@mikro-orm/core';
import { CAMPAIGN_2026, addDays, jointMeetingNotice, type CampaignPlanMilestone } from '@wuye/domain';
import { buildBulletinSnapshot } from '../analytics/bulletin.js';
import {
  Bulletin,
  Campaign,
  Department,
  JointMeeting,
  Milestone,
  Phase,
  ProjectManager,
  Township,
  TrainingAttendance,
  TrainingSession,
  User,
  WeeklyProgress,
} from '../entities/index.js';
import { SeededRandom } from './random.js';

/**
 * The 2026 campaign of seed part 7 in the demo county (reference date 2026-11-15): its three phases, the milestones
 * (most done on time, two late, one overdue, the rest still ahead), weekly progress lines, training sessions with
 * attendance, three joint meetings with notices as in seed part 5, and the September and October bulletins
 * published. Deterministic for a given seed.
 */
export interface DemoCampaignSummary {
  milestones: number;
  trainingSessions: number;
  jointMeetings: number;
  bulletins: number;
}

/** Milestones done late (days after the due date) and left undone though due; the others were done early. */
const LATE: Record<string, number> = { M06: 8, M10: 12 };
const OVERDUE = new Set(['M11']);
const at = (date: string, time: string) => new Date(`${date}T${time}+08:00`);

const PROGRESS = [
  '各成员单位按职责推进问题排查，台账动态更新',
  '督导组赴各乡镇随机抽查，发现问题当场交办',
  '市场监管局开展收费公示检查，责令整改 3 处',
  '各乡镇推进业委会组建，完成选举筹备',
  '住建局组织“回头看”，对逾期问题挂牌督办',
  '公安局完成重点小区停车泊位划线',
];

export async function seedDemoCampaign(em: EntityManager, referenceDate: string, seed: number): Promise<DemoCampaignSummary> {
  const rng = new SeededRandom(seed + 5);
  const plan = CAMPAIGN_2026;
  const departments = new Map((await em.find(Department, {})).map((d) => [d.code, d]));
  const campaign = em.create(Campaign, {
    name: plan.name,
    year: plan.year,
    startDate: plan.startDate,
    endDate: plan.endDate,
    goal: plan.goal,
    createdAt: at(plan.startDate, '09:00:00'),
  });
  const phases = new Map(
    plan.phases.map((p) => [
      p.code,
      em.create(Phase, { campaign, code: p.code, name: p.name, startDate: p.startDate, endDate: p.endDate, description: p.description }),
    ]),
  );

  const doneOn = (m: CampaignPlanMilestone): string | null => {
    if (OVERDUE.has(m.code) || m.dueDate >= referenceDate) return null;
    return LATE[m.code] ? addDays(m.dueDate, LATE[m.code]!) : addDays(m.dueDate, -rng.int(0, 6));
  };
  for (const m of plan.milestones) {
    const done = doneOn(m);
    em.create(Milestone, {
      campaign,
      phase: phases.get(m.phase)!,
      code: m.code,
      title: m.title,
      dueDate: m.dueDate,
      department: departments.get(m.department) ?? null,
      status: done ? 'DONE' : 'PENDING',
      doneOn: done,
      evidence: done ? `${m.title}：工作总结及会议纪要已归档（${done}）` : null,
      createdAt: at(plan.startDate, '09:00:00'),
      updatedAt: at(done ?? plan.startDate, '17:00:00'),
    });
  }

  // 周推进: one line every Monday from the first full week to the reference week.
  const leading = departments.get('ZJJ') ?? null;
  let weeks = 0;
  for (let monday = '2026-03-16'; monday <= referenceDate; monday = addDays(monday, 7), weeks++) {
    em.create(WeeklyProgress, {
      campaign,
      weekStart: monday,
      summary: `第${weeks + 1}周：${PROGRESS[weeks % PROGRESS.length]}`,
      department: leading,
      createdAt: at(addDays(monday, 4), '17:00:00'),
    });
  }

  // Training: the committee lecture by the end of March, the managers' class in April, a make-up class in September.
  const townships = await em.find(Township, {}, { orderBy: { id: 'asc' } });
  const managers = await em.find(ProjectManager, {}, { orderBy: { id: 'asc' } });
  const lecture = em.create(TrainingSession, {
    campaign,
    topic: '业主委员会职能讲座（业委会成立实操程序、乡镇职能与义务）',
    heldOn: '2026-03-28',
    location: '县住建局三楼会议室',
    department: leading,
    createdAt: at('2026-03-28', '17:00:00'),
  });
  for (const t of townships) {
    em.create(TrainingAttendance, { session: lecture, kind: 'TOWNSHIP_STAFF', name: `${t.name}社区工作人员`, township: t, present: true });
    em.create(TrainingAttendance, { session: lecture, kind: 'COMMITTEE_MEMBER', name: `${t.name}业委会委员代表`, township: t, present: rng.chance(0.85) });
  }
  const classes = [
    em.create(TrainingSession, {
      campaign,
      topic: '物业管理员（项目经理）培训班：综合业务素质与法制观念',
      heldOn: '2026-04-25',
      location: '县行政服务中心培训室',
      department: leading,
      createdAt: at('2026-04-25', '17:00:00'),
    }),
    em.create(TrainingSession, {
      campaign,
      topic: '项目经理补训班：问题整改与信用管理',
      heldOn: '2026-09-19',
      location: '县行政服务中心培训室',
      department: leading,
      createdAt: at('2026-09-19', '17:00:00'),
    }),
  ];
  for (const m of managers) {
    const first = rng.chance(0.72);
    em.create(TrainingAttendance, { session: classes[0]!, kind: 'PROJECT_MANAGER', manager: m, name: m.name, enterprise: m.enterprise, present: first });
    if (!first && rng.chance(0.6))
      em.create(TrainingAttendance, { session: classes[1]!, kind: 'PROJECT_MANAGER', manager: m, name: m.name, enterprise: m.enterprise, present: true });
  }

  // Joint meetings (联席会议), convened by the leading group with notices a week ahead.
  const members = [
    '县物业管理服务提升年活动领导小组成员',
    '住建局、市场监管局、公安局、财政局、自然资源局、民政局、发改局分管领导',
    '各乡镇（街道）分管领导',
    '物业协会负责人',
  ];
  const meetings = [
    { title: '物业管理服务提升年活动动员部署联席会议', heldAt: at('2026-03-12', '15:00:00'), agenda: '部署提升年活动任务，明确各成员单位职责分工和责任清单' },
    { title: '集中攻坚阶段推进联席会议', heldAt: at('2026-06-18', '15:00:00'), agenda: '通报问题清单整改进度，研究电梯安全、收费、维修资金等重点难点问题' },
    {
      title: '“回头看”及巩固提升联席会议',
      heldAt: at('2026-10-15', '09:30:00'),
      agenda: '通报“回头看”情况，研究表彰、通报批评和黑名单企业，部署巩固提升阶段工作',
    },
  ];
  for (const m of meetings) {
    const noticeDate = addDays(m.heldAt.toISOString().slice(0, 10), -7);
    const data = { ...m, location: '县政府第二会议室', participants: members, noticeDate, contactPhone: '0571-63900172' };
    em.create(JointMeeting, {
      campaign,
      ...data,
      notice: jointMeetingNotice(data),
      createdAt: at(noticeDate, '10:00:00'),
    });
  }
  await em.flush();

  // The September and October bulletins, generated from the data above and published early the next month.
  const now = at(referenceDate, '12:00:00');
  let bulletins = 0;
  // Drafted by a regulator, reviewed by the second one, published by the administrator (as the bureau works).
  const [drafter, reviewer, publisher] = await Promise.all(['regulator', 'regulator2', 'admin'].map((username) => em.findOne(User, { username })));
  for (const [month, publishedOn] of [
    ['2026-09', '2026-10-08'],
    ['2026-10', '2026-11-06'],
  ] as const) {
    const snapshot = await buildBulletinSnapshot(em, month, referenceDate, now);
    em.create(Bulletin, {
      month,
      status: 'PUBLISHED',
      snapshot: snapshot as unknown as Record<string, unknown>,
      generatedAt: at(addDays(publishedOn, -3), '10:00:00'),
      generatedBy: drafter,
      reviewedAt: at(addDays(publishedOn, -1), '16:00:00'),
      reviewedBy: reviewer,
      reviewNote: '已核对',
      publishedAt: at(publishedOn, '09:00:00'),
      publishedBy: publisher,
      publishedOn,
    });
    bulletins++;
  }
  await em.flush();
  return { milestones: plan.milestones.length, trainingSessions: 3, jointMeetings: meetings.length, bulletins };
}
