import type { EntityManager } from '@mikro-orm/core';
import {
  INSPECTION_CHECKLIST,
  addDays,
  shanghaiDate,
  shanghaiMidnight,
  type ComplaintCommand,
  type Deduction,
  type IssueCategory,
  type IssueCommand,
  type Principal,
} from '@wuye/domain';
import { Community, Complaint, CreditRecord, Department, Enterprise, EvidenceFile, Inspection, Issue, User } from '../entities/index.js';
import { applyTransition, recomputeAllCredit } from '../credit/index.js';
import { closedLoopPolicy } from '../closed-loop/policy.js';
import { b1Candidates, complaintCandidates } from '../closed-loop/jobs.js';
import { proposeDueForComplaint, proposeDueForIssue } from '../closed-loop/proposals.js';
import {
  applyComplaintCommand,
  applyIssueCommand,
  createComplaint,
  createInspection,
  registerIssue,
  submitSelfCheck,
  turnFindingsIntoIssues,
  type LoopActor,
} from '../closed-loop/service.js';
import { SeededRandom } from './random.js';
import { clock } from '../clock.js';

/**
 * The campaign year (2026-03-10 … the reference date) of the closed loop, replayed through the same services the
 * API uses, in date order, with the weekly job: inspections with their findings turned into issues, complaints
 * on every channel, self-checks and township reports, each issue taken through assignment, acknowledgement,
 * feedback with evidence, returns and close-off. Items still in progress on the reference date are left where
 * the calendar stops them.
 *
 * Consistency with the credit files: every B1–B5, B10 and B14 record is proposed by the system from the item that
 * caused it (sourceType/sourceId). The bad outcomes (late, refused, graded D, dissatisfied, upheld collective) are
 * given to firms the credit demo already ranks C or black-lists, so the grade spread of the credit demo holds;
 * their records older than 12 days are publicized and confirmed, the recent ones wait in the bureau's queue.
 */
export interface DemoClosedLoopSummary {
  inspections: number;
  complaints: number;
  issues: number;
  selfChecks: number;
  systemRecords: number;
}

const CAMPAIGN_START = '2026-03-10';
const GRACE_DAYS = 3;
const SLA = { firstResponseDays: 3, resolutionDays: 15 };

interface Step {
  at: Date;
  order: number;
  run: () => Promise<void>;
}

const MEASURES: Partial<Record<IssueCategory, string[]>> = {
  SANITATION: ['限期清运楼道堆物并建立日常巡查台账', '增加保洁频次，垃圾日产日清'],
  SAFETY_HAZARD: ['设置警示标识并限期排除隐患', '完善出租户登记台账'],
  FIRE: ['清理消防通道并落实每日巡查', '更换失效灭火器并组织演练'],
  ELEVATOR: ['联系维保单位限期检修并张贴检验合格标志', '补齐维保记录，落实 15 日维保'],
  PARKING_SECURITY: ['修复监控设备，确保录像保存 30 日', '规范车辆停放秩序'],
  SERVICE_QUALITY: ['限期整改并建立责任到人的维护制度', '完善报修回访记录'],
  FEES: ['在显著位置公示收费项目和标准', '退还超标准收取的费用'],
  ILLEGAL_CONSTRUCTION: ['劝阻并报告违建，配合执法部门拆除'],
  BUILDING_QUALITY: ['通知建设单位在保修期内维修'],
};
const COMPLAINT_TEXT: Partial<Record<IssueCategory, string[]>> = {
  ELEVATOR: ['电梯经常故障困人，维保不及时', '电梯轿厢内检验合格标志过期'],
  FEES: ['物业费上涨未经业主大会同意', '停车费收费标准未公示'],
  SERVICE_QUALITY: ['楼道长期无人打扫', '报修一周无人上门', '绿化带杂草丛生'],
  PARKING_SECURITY: ['小区门禁形同虚设，外来车辆随意进出', '地下车库监控长期损坏'],
  SANITATION: ['垃圾桶满溢无人清运，异味严重'],
  FIRE: ['消防通道被车辆长期占用', '楼道内电动车充电'],
  SAFETY_HAZARD: ['外墙瓷砖脱落，存在高空坠物隐患'],
  MAINTENANCE_FUND: ['维修资金使用情况不公开'],
};
const CHANNELS = ['HOTLINE', 'HOTLINE', 'WEB', 'EMAIL', 'WALL', 'BOARD', 'PETITION'] as const;
const SURNAMES = '王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗高'.split('');
const GIVEN = ['建国', '秀英', '志强', '丽华', '海燕', '国庆', '春梅', '晓东', '玉兰', '德明'];

/** 08:00–18:00 Shanghai on the day, at a deterministic minute. */
function onDay(date: string, rnd: SeededRandom): Date {
  return new Date(shanghaiMidnight(date).getTime() + (8 * 60 + rnd.int(0, 600)) * 60_000);
}

export async function seedDemoClosedLoop(em: EntityManager, referenceDate: string, seed: number): Promise<DemoClosedLoopSummary> {
  const rnd = new SeededRandom(seed ^ 0xc105ed);
  const end = new Date(shanghaiMidnight(addDays(referenceDate, 1)).getTime() - 1);
  const saved = { ...closedLoopPolicy };
  Object.assign(closedLoopPolicy, { b1GraceDays: GRACE_DAYS, sla: SLA });

  const users = await em.find(User, {});
  const actorOf = (u: User): LoopActor => ({
    principal: {
      userId: String(u.id),
      role: u.role,
      departmentId: u.department ? String(u.department.id) : null,
      enterpriseId: u.enterprise ? String(u.enterprise.id) : null,
      townshipId: u.township ? String(u.township.id) : null,
    },
    name: u.displayName,
  });
  const regulator = actorOf(users.find((u) => u.username === 'regulator')!);
  const regulator2 = actorOf(users.find((u) => u.username === 'regulator2')!);
  const firms = await em.find(Enterprise, { status: 'ACTIVE' }, { orderBy: { id: 'asc' } });
  const firmName = new Map(firms.map((f) => [f.id, f.name]));
  /** A firm's login if it has one; otherwise its paper feedback, keyed in, with no user behind it. */
  const firmActor = (enterpriseId: number): LoopActor => {
    const u = users.find((x) => x.role === 'ENTERPRISE' && x.enterprise?.id === enterpriseId);
    if (u) return actorOf(u);
    const principal: Principal = { userId: '', role: 'ENTERPRISE', enterpriseId: String(enterpriseId) };
    return { principal, name: `${firmName.get(enterpriseId) ?? '企业'}（书面反馈）` };
  };
  const departments = await em.find(Department, {});
  const deptActor = (departmentId: number | null | undefined): LoopActor => {
    const u = users.find((x) => x.role === 'DEPARTMENT' && x.department?.id === departmentId);
    return u ? actorOf(u) : regulator;
  };
  const township = (townshipId: number): LoopActor | null => {
    const u = users.find((x) => x.role === 'TOWNSHIP' && x.township?.id === townshipId);
    return u ? actorOf(u) : null;
  };
  const owned = new Set(departments.flatMap((d) => d.remit));
  const categories = (Object.keys(COMPLAINT_TEXT) as IssueCategory[]).filter((c) => owned.has(c));

  // The worst firms (credit grade C or black-listed) carry the bad outcomes.
  const bad = firms.filter((f) => f.grade === 'C' || f.listStatus === 'BLACK').map((f) => f.id);
  const served = await em.find(Community, { enterprise: { $in: firms.map((f) => f.id) } }, { orderBy: { id: 'asc' } });
  const byFirm = new Map<number, Community[]>();
  for (const c of served) byFirm.set(c.enterprise!.id, [...(byFirm.get(c.enterprise!.id) ?? []), c]);
  const goodCommunities = served.filter((c) => !bad.includes(c.enterprise!.id));
  const badCommunities = served.filter((c) => bad.includes(c.enterprise!.id));
  const demoFirms = firms.slice(0, 2).map((f) => f.id);
  const day = (from: string, to: string) => rnd.date(from, to < from ? from : to);

  const steps: Step[] = [];
  const at = (when: Date, order: number, run: () => Promise<void>) => {
    if (when.getTime() <= end.getTime()) steps.push({ at: when, order, run });
  };
  const issue = (id: number) => em.findOneOrFail(Issue, { id });
  const act = (id: () => number, when: Date, command: IssueCommand, actor: () => LoopActor) =>
    at(when, 3, async () => {
      await applyIssueCommand(em, await issue(id()), command, actor(), when);
    });
  let evidence = 0;

  /**
   * After assignment on `assigned` with `deadline`: acknowledged, feedback with evidence and a close-off (a return
   * and a resubmission now and then). On time unless `late` (feedback after the grace period: B1) or `refuse` (B2).
   */
  const lifecycle = (
    id: () => number,
    enterpriseId: () => number,
    department: () => number | null,
    assigned: string,
    deadline: string,
    fate: 'ON_TIME' | 'LATE' | 'REFUSE',
  ) => {
    const firm = () => firmActor(enterpriseId());
    const verifier = () => (rnd.chance(0.5) ? deptActor(department()) : regulator);
    const ack = addDays(assigned, rnd.int(1, 3));
    act(id, onDay(ack, rnd), { action: 'ACKNOWLEDGE', note: '已签收，立即组织整改' }, firm);
    if (fate === 'REFUSE') {
      act(id, onDay(addDays(ack, rnd.int(3, 8)), rnd), { action: 'RECORD_REFUSAL', note: '企业以业主欠费为由拒不整改，经约谈仍不落实' }, () => regulator);
      return;
    }
    const submitDay = fate === 'LATE' ? addDays(deadline, GRACE_DAYS + rnd.int(2, 20)) : day(addDays(ack, 2), addDays(deadline, -1));
    const submitAt = onDay(submitDay, rnd);
    const submit = (when: Date) =>
      at(when, 3, async () => {
        const target = await issue(id());
        const file = em.create(EvidenceFile, {
          issue: target,
          storedName: `demo/evidence-${++evidence}.png`,
          originalName: `整改后照片-${evidence}.png`,
          mime: 'image/png',
          size: 68,
          sha256: '0'.repeat(64),
          uploadedBy: null,
          uploadedAt: when,
        });
        await em.flush();
        await applyIssueCommand(em, target, { action: 'SUBMIT', note: '已按要求整改完毕，附整改后照片', attachments: [String(file.id)] }, firm(), when);
      });
    submit(submitAt);
    let closeDay = addDays(submitDay, rnd.int(1, 5));
    // A failed re-inspection now and then, when there is time to redo the work before the deadline.
    if (addDays(submitDay, 10) < deadline && rnd.chance(0.15)) {
      act(id, onDay(closeDay, rnd), { action: 'RETURN', note: '复查发现仍未整改到位，退回重新整改' }, verifier);
      const again = addDays(closeDay, rnd.int(1, 3));
      submit(onDay(again, rnd));
      closeDay = addDays(again, rnd.int(1, 4));
    }
    act(id, onDay(closeDay, rnd), { action: 'CLOSE', note: '复查合格，予以销号' }, verifier);
  };

  const deductionsFor = (heavy: boolean, some = false): Deduction[] => {
    const items = rnd.shuffle([...INSPECTION_CHECKLIST]).slice(0, heavy ? 16 : rnd.int(some ? 1 : 0, 4));
    return items.map((i) => ({
      itemId: i.id,
      points: heavy ? i.maxDeduction : Math.min(i.maxDeduction, rnd.int(1, 4) / 2),
      note: heavy ? '严重不符合要求' : rnd.pick(['部分不符合要求', '记录不全', '现场检查发现问题', null]),
    }));
  };

  // ——— inspections (some graded D, a few refused, on the worst firms), findings turned into issues the next day ———
  let inspections = 0;
  for (let n = 0; n < 70; n++) {
    const kind = n < 5 ? 'D' : n < 8 ? 'REFUSED' : 'NORMAL';
    const pool = kind === 'NORMAL' ? (n % 9 === 0 ? badCommunities : goodCommunities) : badCommunities;
    if (pool.length === 0) continue;
    // Three fresh inspections of the demo logins' firms leave them newly assigned work on the reference date.
    const fresh = n >= 8 && n < 11;
    const community = (n < 24 && kind === 'NORMAL' && n % 3 === 0) || fresh ? rnd.pick(byFirm.get(demoFirms[n % 2]!) ?? pool) : rnd.pick(pool);
    const date = fresh ? addDays(referenceDate, -1) : day('2026-03-16', addDays(referenceDate, -2));
    let inspectionId = 0;
    const when = onDay(date, rnd);
    const deductions = kind === 'NORMAL' ? deductionsFor(false, fresh) : kind === 'D' ? deductionsFor(true) : [];
    at(when, 1, async () => {
      const i = await createInspection(
        em,
        {
          kind: rnd.pick(['SCHEDULED', 'RANDOM', 'UNANNOUNCED']),
          date,
          inspectors: rnd.pick(['陈建国、周晓燕', '陈建国、王磊', '周晓燕、刘芳', '联合检查组']),
          communityId: community.id,
          deductions,
          refusedToCooperate: kind === 'REFUSED',
          note: kind === 'REFUSED' ? '物业项目负责人拒绝检查人员进入并拒绝提供台账' : null,
        },
        rnd.chance(0.5) ? regulator : regulator2,
        when,
      );
      inspectionId = i.id;
      inspections++;
    });
    if (deductions.length === 0) continue;
    const assigned = addDays(date, 1);
    const deadline = addDays(assigned, rnd.int(10, 30));
    const isBad = bad.includes(community.enterprise!.id);
    const itemIds = deductions.filter((d) => d.points > 0).map((d) => d.itemId);
    const ids: number[] = [];
    const assignedAt = onDay(assigned, rnd);
    at(assignedAt, 2, async () => {
      const inspection = await em.findOneOrFail(Inspection, { id: inspectionId });
      // Findings in a category no department owns stay registered for the bureau to route by hand.
      const created = await turnFindingsIntoIssues(em, inspection, null, null, regulator, assignedAt);
      for (const i of created) {
        if (i.department)
          await applyIssueCommand(
            em,
            i,
            {
              action: 'ASSIGN',
              enterpriseId: String(i.enterprise!.id),
              departmentId: String(i.department.id),
              measures: rnd.pick(MEASURES[i.category] ?? ['限期整改']),
              deadline,
            },
            regulator,
            assignedAt,
          );
        ids.push(i.id);
      }
    });
    itemIds.forEach((_, k) => {
      const fate = isBad && rnd.chance(kind === 'D' ? 0.5 : 0.3) ? (rnd.chance(0.15) ? 'REFUSE' : 'LATE') : 'ON_TIME';
      lifecycle(
        () => ids[k] ?? 0,
        () => community.enterprise!.id,
        () => null,
        assigned,
        deadline,
        fate,
      );
    });
  }

  // ——— complaints on every channel, routed by category; late, dissatisfied and upheld collective ones on the worst firms ———
  let complaints = 0;
  for (let n = 0; n < 90; n++) {
    const collective = n < 4;
    const isBad = collective || n % 7 === 0;
    const pool = isBad ? badCommunities : goodCommunities;
    if (pool.length === 0) continue;
    const community = rnd.pick(pool);
    const category = rnd.pick(categories);
    const received = onDay(day(CAMPAIGN_START, addDays(referenceDate, -1)), rnd);
    let complaintId = 0;
    at(received, 1, async () => {
      const c = await createComplaint(
        em,
        {
          channel: rnd.pick(CHANNELS),
          complainantName: `${rnd.pick(SURNAMES)}${rnd.pick(GIVEN)}`,
          complainantPhone: `13${rnd.int(0, 9)}${String(rnd.int(0, 99_999_999)).padStart(8, '0')}`,
          complainantCount: collective ? rnd.int(12, 60) : rnd.chance(0.1) ? rnd.int(2, 6) : 1,
          communityId: community.id,
          category,
          content: rnd.pick(COMPLAINT_TEXT[category]!),
        },
        regulator,
        received,
      );
      complaintId = c.id;
      complaints++;
    });
    const handler = async () => deptActor((await em.findOneOrFail(Complaint, { id: complaintId })).department?.id);
    const step = (when: Date, command: ComplaintCommand) =>
      at(when, 2, async () => {
        const c = await em.findOneOrFail(Complaint, { id: complaintId });
        await applyComplaintCommand(em, c, command, await handler(), when, when);
      });
    const late = isBad && !collective && rnd.chance(0.5);
    const responded = new Date(received.getTime() + (late ? rnd.int(4, 8) : rnd.int(1, 60) / 24) * 86_400_000);
    step(responded, { action: 'RESPOND', note: '已受理，正在核实' });
    const handled = new Date(responded.getTime() + rnd.int(1, 8) * 86_400_000);
    const outcome = collective ? 'UPHELD' : rnd.pick(['UPHELD', 'UPHELD', 'NOT_UPHELD', 'ISSUE', 'REJECT']);
    if (outcome === 'ISSUE') {
      const handledDay = shanghaiDate(handled);
      const deadline = addDays(handledDay, rnd.int(10, 25));
      let issueId = 0;
      at(handled, 2, async () => {
        const c = await em.findOneOrFail(Complaint, { id: complaintId });
        await applyComplaintCommand(em, c, { action: 'TURN_INTO_ISSUE', note: '情况属实，转入问题清单交办' }, regulator, handled, handled, {
          measures: rnd.pick(MEASURES[category] ?? ['限期整改']),
          deadline,
        });
        issueId = c.issue!.id;
      });
      lifecycle(
        () => issueId,
        () => community.enterprise!.id,
        () => null,
        handledDay,
        deadline,
        'ON_TIME',
      );
    } else if (outcome === 'REJECT') {
      step(handled, { action: 'REJECT', reasons: '经现场核实，投诉事项不属实' });
    } else {
      step(handled, {
        action: 'RESOLVE',
        note: outcome === 'UPHELD' ? '经核实情况属实，已督促物业企业整改到位' : '经核实，物业企业已按合同履行义务',
        upheld: outcome === 'UPHELD',
      });
    }
    const dissatisfied = isBad && outcome === 'UPHELD' && rnd.chance(0.6);
    const rating = dissatisfied ? 'DISSATISFIED' : rnd.pick(['SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED']);
    step(new Date(handled.getTime() + rnd.int(2, 7) * 86_400_000), {
      action: 'CLOSE',
      rating,
      note: dissatisfied ? '回访：业主对处理结果不满意' : '回访：业主认可处理结果',
    });
  }

  // ——— open complaints for every department with a demo login: received in the last two days (within the first
  // response window), one already answered on its way to a decision, so each login has complaints to handle. Their own
  // random stream, so the year above stays as it was. ———
  const recent = new SeededRandom(seed ^ 0xde9a27);
  // Complaints the year above never has (its categories stay as they were), so a department such as 民政局 has some too.
  const recentText: Partial<Record<IssueCategory, string[]>> = {
    ...COMPLAINT_TEXT,
    ELDERLY_CARE: ['小区日间照料中心长期关门，老人无处活动', '适老化改造承诺的楼道扶手至今未装'],
  };
  for (const login of users.filter((u) => u.role === 'DEPARTMENT' && u.department).sort((a, b) => a.id - b.id)) {
    const remit = (departments.find((d) => d.id === login.department!.id)?.remit ?? []).filter((c) => recentText[c as IssueCategory]);
    for (let k = 0; remit.length > 0 && k < 3; k++) {
      const category = remit[k % remit.length] as IssueCategory;
      const community = recent.pick(goodCommunities);
      const received = onDay(addDays(referenceDate, -1 - (k % 2)), recent);
      const name = `${recent.pick(SURNAMES)}${recent.pick(GIVEN)}`;
      const phone = `13${recent.int(0, 9)}${String(recent.int(0, 99_999_999)).padStart(8, '0')}`;
      const content = recent.pick(recentText[category]!);
      let complaintId = 0;
      at(received, 1, async () => {
        const c = await createComplaint(
          em,
          { channel: CHANNELS[k]!, complainantName: name, complainantPhone: phone, complainantCount: 1, communityId: community.id, category, content },
          regulator,
          received,
        );
        complaintId = c.id;
        complaints++;
      });
      if (k === 2) {
        const responded = new Date(received.getTime() + 2 * 3600_000);
        at(responded, 2, async () => {
          const c = await em.findOneOrFail(Complaint, { id: complaintId });
          await applyComplaintCommand(em, c, { action: 'RESPOND', note: '已受理，正在核实' }, actorOf(login), responded, responded);
        });
      }
    }
  }

  // ——— self-checks by the firms (the demo logins' firms among them) ———
  let selfChecks = 0;
  for (let n = 0; n < 24; n++) {
    const enterpriseId = n < 6 ? demoFirms[n % 2]! : rnd.pick(firms.filter((f) => !bad.includes(f.id) && byFirm.has(f.id))).id;
    const communities = byFirm.get(enterpriseId);
    if (!communities) continue;
    const community = rnd.pick(communities);
    const date = day('2026-04-01', addDays(referenceDate, -2));
    const deductions = deductionsFor(false)
      .filter((d) => d.points > 0)
      .slice(0, 2);
    const ids: number[] = [];
    const when = onDay(date, rnd);
    at(when, 1, async () => {
      const r = await submitSelfCheck(em, { communityId: community.id, date, deductions, note: '按照提升年活动要求开展自查' }, firmActor(enterpriseId), when);
      ids.push(...r.issues.map((i) => i.id));
      selfChecks++;
    });
    const assigned = addDays(date, rnd.int(2, 5));
    const deadline = addDays(assigned, rnd.int(15, 30));
    const assignedAt = onDay(assigned, rnd);
    deductions.forEach((_, k) => {
      at(assignedAt, 2, async () => {
        const i = await issue(ids[k]!);
        if (i.department)
          await applyIssueCommand(
            em,
            i,
            { action: 'ASSIGN', enterpriseId: String(enterpriseId), departmentId: String(i.department.id), measures: '按自查问题清单限期整改', deadline },
            regulator,
            assignedAt,
          );
      });
      lifecycle(
        () => ids[k] ?? 0,
        () => enterpriseId,
        () => null,
        assigned,
        deadline,
        'ON_TIME',
      );
    });
  }

  // ——— township reports (the two township logins report in their own area) ———
  for (let n = 0; n < 14; n++) {
    const community = rnd.pick(goodCommunities);
    const category = rnd.pick(categories);
    const date = day('2026-04-01', addDays(referenceDate, -1));
    let id = 0;
    const when = onDay(date, rnd);
    at(when, 1, async () => {
      const reporter = township(community.township.id) ?? regulator;
      const i = await registerIssue(
        em,
        { source: 'TOWNSHIP_REPORT', category, title: rnd.pick(COMPLAINT_TEXT[category]!), description: '乡镇（街道）日常巡查发现', communityId: community.id },
        reporter,
        when,
      );
      id = i.id;
    });
    if (n % 4 === 3) continue; // some wait for the bureau to assign them
    const assigned = addDays(date, rnd.int(1, 4));
    const deadline = addDays(assigned, rnd.int(10, 20));
    const assignedAt = onDay(assigned, rnd);
    at(assignedAt, 2, async () => {
      const i = await issue(id);
      if (i.department)
        await applyIssueCommand(
          em,
          i,
          {
            action: 'ASSIGN',
            enterpriseId: String(i.enterprise!.id),
            departmentId: String(i.department.id),
            measures: rnd.pick(MEASURES[category] ?? ['限期整改']),
            deadline,
          },
          regulator,
          assignedAt,
        );
    });
    lifecycle(
      () => id,
      () => community.enterprise!.id,
      () => null,
      assigned,
      deadline,
      'ON_TIME',
    );
  }

  // ——— 挂牌督办: the bureau flags a few stuck issues of the worst firms ———
  for (let w = 0; w < 4; w++) {
    const when = onDay(addDays(referenceDate, -7 * (w + 1) - 3), rnd);
    at(when, 4, async () => {
      const stuck = await em.find(
        Issue,
        { enterprise: { $in: bad }, state: { $in: ['ASSIGNED', 'RECTIFYING'] }, flagged: false },
        { orderBy: { deadline: 'asc' }, limit: 1 },
      );
      if (stuck[0]?.deadline && stuck[0].deadline < when.toISOString().slice(0, 10)) {
        await applyIssueCommand(em, stuck[0], { action: 'FLAG', note: '逾期未整改，挂牌督办' }, regulator, when);
      }
    });
  }

  // ——— owners' committee disputes (issue 16): routed to the community's own township, two per township login —
  // one handled through to the follow-up visit, one received two days ago still waiting in the township's inbox ———
  const COMMITTEE_DISPUTES = [
    { daysAgo: 20, content: '业委会未经业主大会表决擅自续聘物业服务企业，业主要求公开表决结果', handled: true },
    { daysAgo: 2, content: '业委会换届选举未按规定公示候选人名单，部分业主未收到选票', handled: false },
  ];
  for (const login of users.filter((u) => u.role === 'TOWNSHIP' && u.township).sort((a, b) => a.id - b.id)) {
    const community = served.find((c) => c.township.id === login.township!.id);
    if (!community) continue;
    COMMITTEE_DISPUTES.forEach((d, k) => {
      const received = new Date(shanghaiMidnight(addDays(referenceDate, -d.daysAgo)).getTime() + (9 * 60 + 30 + k) * 60_000);
      let complaintId = 0;
      at(received, 1, async () => {
        const c = await createComplaint(
          em,
          {
            channel: k === 0 ? 'PETITION' : 'HOTLINE',
            complainantName: `${SURNAMES[k + 3]}${GIVEN[k + 5]}`,
            complainantPhone: `1390571${String(1000 + login.id * 10 + k).padStart(4, '0')}`,
            complainantCount: k === 0 ? 12 : 1,
            communityId: community.id,
            category: 'OWNERS_COMMITTEE',
            content: d.content,
          },
          regulator,
          received,
        );
        complaintId = c.id;
        complaints++;
      });
      if (!d.handled) return;
      const handling: [number, ComplaintCommand][] = [
        [1, { action: 'RESPOND', note: '已受理，约谈业委会主任并调阅会议记录' }],
        [6, { action: 'RESOLVE', note: '经核实续聘未经业主大会表决，已责令业委会限期召开业主大会重新表决', upheld: true }],
        [9, { action: 'CLOSE', rating: 'BASICALLY_SATISFIED', note: '回访：业主大会已定于下月召开' }],
      ];
      for (const [after, command] of handling) {
        const when = new Date(received.getTime() + after * 86_400_000);
        at(when, 2, async () => {
          const c = await em.findOneOrFail(Complaint, { id: complaintId });
          await applyComplaintCommand(em, c, command, actorOf(login), when, when);
        });
      }
    });
  }

  // ——— a complaint about an unlicensed operator (无资质/未备案经营者), routed to the bureau (住建局) ———
  const unlicensedAt = new Date(shanghaiMidnight(addDays(referenceDate, -3)).getTime() + 10 * 3600_000);
  if (goodCommunities.length > 0) {
    at(unlicensedAt, 1, async () => {
      await createComplaint(
        em,
        {
          channel: 'HOTLINE',
          complainantName: '钱德明',
          complainantPhone: '13905712233',
          complainantCount: 3,
          communityId: goodCommunities[0]!.id,
          category: 'UNLICENSED_OPERATOR',
          content: '小区车库由未备案的个人承包收费和保洁，无物业服务资质，收费不开票',
        },
        regulator,
        unlicensedAt,
      );
      complaints++;
    });
  }

  // ——— the weekly job (Mondays 01:00), then once on the reference date ———
  for (let d = '2026-03-16'; d <= referenceDate; d = addDays(d, 7)) {
    const when = new Date(shanghaiMidnight(d).getTime() + 3600_000);
    at(when, 9, () => sweep(em, when));
  }
  at(new Date(end.getTime() - 60_000), 9, () => sweep(em, new Date(end.getTime() - 60_000)));

  steps.sort((a, b) => a.at.getTime() - b.at.getTime() || a.order - b.order);
  // Each step with the clock at its instant: what it writes (events, the firm's notices of system proposals) is dated by it.
  for (const s of steps) {
    await clock.runAt(s.at, async () => {
      await s.run();
      await em.flush();
    });
    em.clear();
  }

  // The system's older proposals were publicized by the bureau and, the window over, confirmed.
  const SOURCES = ['ISSUE', 'COMPLAINT', 'INSPECTION'] as const;
  const proposed = await em.find(
    CreditRecord,
    { sourceType: { $in: [...SOURCES] }, proposedBy: null, status: 'PROPOSED', effectiveFrom: { $lte: addDays(referenceDate, -12) } },
    { orderBy: { effectiveFrom: 'asc', id: 'asc' } },
  );
  const bureau = { userId: Number(regulator.principal.userId), name: regulator.name };
  for (const { id } of proposed) {
    const record = await em.findOneOrFail(CreditRecord, { id });
    const publicized = addDays(record.effectiveFrom, 1);
    await clock.runAt(new Date(`${publicized}T09:30:00+08:00`), () =>
      applyTransition(em, record, { type: 'PUBLICIZE', today: publicized, objectionDays: 10 }, bureau, '系统提议，经核实予以公示'),
    );
    const confirmDay = addDays(record.objectionDeadline!, 1);
    if (confirmDay <= referenceDate)
      await clock.runAt(new Date(`${confirmDay}T01:00:00+08:00`), () =>
        applyTransition(em, record, { type: 'AUTO_CONFIRM', today: confirmDay }, { userId: null, name: null }, '异议期满无异议，自动确认'),
      );
    em.clear();
  }
  await recomputeAllCredit(em, referenceDate);
  Object.assign(closedLoopPolicy, saved);
  return {
    inspections,
    complaints,
    issues: await em.count(Issue, {}),
    selfChecks,
    systemRecords: await em.count(CreditRecord, { sourceType: { $in: [...SOURCES] } }),
  };
}

/** The job's work, inside the seed's transaction (the job itself runs each item in its own transaction). */
async function sweep(em: EntityManager, now: Date): Promise<void> {
  for (const id of await b1Candidates(em, now, GRACE_DAYS)) await proposeDueForIssue(em, await em.findOneOrFail(Issue, { id }), now, GRACE_DAYS);
  for (const id of await complaintCandidates(em, now, SLA)) await proposeDueForComplaint(em, await em.findOneOrFail(Complaint, { id }), now, SLA);
}
