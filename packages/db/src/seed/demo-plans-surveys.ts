import type { EntityManager } from '@mikro-orm/core';
import { SERVICE_LINES, addDays, type Principal } from '@wuye/domain';
import { Community, Enterprise, PlanMeasure, SurveyCode, User } from '../entities/index.js';
import { assessPlanStage, savePlanDraft, signOffPlan, submitPlan, updatePlanMeasure, type PlanInput } from '../improvement-plans/service.js';
import { answerSurvey, closeSurvey, createSurvey } from '../residents/surveys.js';
import { clock } from '../clock.js';
import { DEMO_ENTERPRISE_1, DEMO_ENTERPRISE_2 } from './demo-accounts.js';
import { mulberry32 } from './random.js';

/**
 * Resident satisfaction surveys and the firms' own improvement plans in the demo county (issue 16), relative to the
 * reference date (2026-11-15), made with the platform's own commands:
 * - two closed surveys of the first demo firm's communities (one at 92% → G6 proposed with source SURVEY, one at 80%)
 *   and one open survey, answered in part, that stays open 45 days past the reference date;
 * - the first demo firm's plan for the spring (part 1's 05-13…06-30 campaign), signed off with one line below
 *   standard, and its autumn plan running (two stages assessed); the second firm's plan running, first stage assessed.
 */

const at = (date: string, time = '10:00') => new Date(`${date}T${time}+08:00`);

const owners = (names: string[]) => SERVICE_LINES.map((line, i) => ({ line, name: names[i]! }));

const SPRING: PlanInput = {
  title: '2026 年春季服务品质提升活动',
  periodFrom: '2026-05-13',
  periodTo: '2026-06-30',
  goals: '解决新员工多带来的服务品质延续问题；在既有服务水平基础上促进和提高；争取业主更大的满意度和美誉度；锻炼一批岗位骨干。',
  coordinator: '李良丽',
  owners: owners(['李贵周', '王信娥', '马小平', '王芳', '王芳']),
  measures: [
    { line: 'SECURITY', templateCode: 'RENTER_RECORDS' },
    { line: 'SECURITY', templateCode: 'SAFETY_DAYS' },
    { line: 'SECURITY', templateCode: 'GARAGE_CCTV' },
    { line: 'SECURITY', templateCode: 'FIRE_LANES' },
    { line: 'CLEANING', templateCode: 'OUTSOURCING_STANDARDS' },
    { line: 'CLEANING', templateCode: 'ZONING' },
    { line: 'CLEANING', templateCode: 'TREE_PRUNING_PLAN' },
    { line: 'BUILDING', templateCode: 'FACILITY_OWNERS' },
    { line: 'BUILDING', templateCode: 'NOTICE_BOARD' },
    { line: 'CUSTOMER_RELATIONS', templateCode: 'OPERATING_GUIDES' },
    { line: 'VALUE_ADDED', templateCode: 'GREENING_ADVICE' },
  ],
};

const scores = (list: number[]) => SERVICE_LINES.map((line, i) => ({ line, score: list[i]! }));

export async function seedDemoPlansAndSurveys(em: EntityManager, referenceDate: string): Promise<{ surveys: number; plans: number }> {
  const firm1 = await em.findOneOrFail(Enterprise, { name: DEMO_ENTERPRISE_1.name });
  const firm2 = await em.findOneOrFail(Enterprise, { name: DEMO_ENTERPRISE_2.name });
  const user = (username: string) => em.findOneOrFail(User, { username });
  const regulator: Principal = { userId: String((await user('regulator')).id), role: 'REGULATOR' };
  const ent1: Principal = { userId: String((await user('ent_demo')).id), role: 'ENTERPRISE', enterpriseId: String(firm1.id) };
  const ent2: Principal = { userId: String((await user('ent_demo2')).id), role: 'ENTERPRISE', enterpriseId: String(firm2.id) };

  // Surveys: the first firm's three largest communities.
  const places = await em.find(Community, { enterprise: firm1, households: { $gte: 50 } }, { orderBy: { households: 'desc' }, limit: 3 });
  const rnd = mulberry32(20261115);
  const random = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(rnd() * 256));
  const survey = async (c: Community, title: string, opensOn: string, closesOn: string, answers: string[], closeOn: string | null) => {
    // Each step at its own time (clock.runAt), so its audit rows, the G6 proposal and its notices carry that date.
    const s = await clock.runAt(at(opensOn), () =>
      createSurvey(em, regulator, { communityId: String(c.id), title, sampleSize: 25, opensOn, closesOn }, random),
    );
    const codes = await em.find(SurveyCode, { survey: s }, { orderBy: { position: 'asc' } });
    for (const [i, answer] of answers.entries()) {
      const when = at(addDays(opensOn, 1 + (i % 5)));
      await clock.runAt(when, () =>
        answerSurvey(em, { code: codes[i]!.code, answer, comment: i === 0 ? '保洁比去年好多了' : null }, i % 3 === 0 ? regulator : null, when),
      );
    }
    if (closeOn) await clock.runAt(at(closeOn, '17:00'), () => closeSurvey(em, regulator, s.id, at(closeOn, '17:00')));
  };
  const many = (satisfied: number, basically: number, dissatisfied: number) => [
    ...Array<string>(satisfied).fill('SATISFIED'),
    ...Array<string>(basically).fill('BASICALLY_SATISFIED'),
    ...Array<string>(dissatisfied).fill('DISSATISFIED'),
  ];
  let surveys = 0;
  if (places[0]) {
    // 23 of 25 favourable: 92% → G6
    await survey(places[0], '2026 年第三季度满意度测评', addDays(referenceDate, -75), addDays(referenceDate, -55), many(17, 6, 2), addDays(referenceDate, -54));
    surveys++;
  }
  if (places[1]) {
    // 16 of 20 favourable: 80%, no G6
    await survey(places[1], '2026 年第三季度满意度测评', addDays(referenceDate, -70), addDays(referenceDate, -50), many(10, 6, 4), addDays(referenceDate, -49));
    surveys++;
  }
  if (places[2]) {
    await survey(places[2], '2026 年第四季度满意度测评', addDays(referenceDate, -5), addDays(referenceDate, 45), many(5, 2, 1), null);
    surveys++;
  }

  // Plans: the first firm's spring plan, signed off.
  const spring = await savePlanDraft(em, ent1, null, SPRING);
  await submitPlan(em, ent1, spring.id, at('2026-05-13', '09:00'));
  await assessPlanStage(em, ent1, spring.id, { stage: 'MOBILISE', assessedOn: '2026-05-20', lines: scores([78, 72, 70, 80, 75]) });
  await assessPlanStage(em, ent1, spring.id, { stage: 'IMPLEMENT', assessedOn: '2026-06-10', lines: scores([85, 80, 66, 86, 78]) });
  await assessPlanStage(em, ent1, spring.id, { stage: 'REVIEW', assessedOn: '2026-06-30', lines: scores([90, 86, 58, 91, 82]) });
  const springMeasures = await em.find(PlanMeasure, { plan: spring.id }, { orderBy: { position: 'asc' } });
  for (const m of springMeasures)
    await updatePlanMeasure(
      em,
      ent1,
      m.id,
      m.templateCode === 'FIRE_LANES' ? 'DROPPED' : 'DONE',
      m.templateCode === 'FIRE_LANES' ? '规划部门意见未到，转入秋季方案' : null,
      at('2026-06-28'),
    );
  await signOffPlan(em, ent1, spring.id, { signedBy: '陈国栋', signedOn: '2026-07-03', note: '验收合格；房管维修条线未达标，责任人限期提升' });

  // The first firm's autumn plan, running: two stages assessed, some measures done.
  const autumnFrom = addDays(referenceDate, -75);
  const autumn = await savePlanDraft(em, ent1, null, {
    ...SPRING,
    title: '2026 年秋冬季服务提升方案',
    periodFrom: autumnFrom,
    periodTo: addDays(referenceDate, 46),
    goals: '房管维修条线整改达标；打通消防通道；冬季前完成乔木修剪。',
    measures: [
      { line: 'SECURITY', templateCode: 'FIRE_LANES' },
      { line: 'SECURITY', templateCode: 'SECURITY_CASE_TALKS' },
      { line: 'CLEANING', templateCode: 'TREE_PRUNING_PLAN' },
      { line: 'BUILDING', templateCode: 'FACILITY_OWNERS' },
      { line: 'BUILDING', text: '电梯年检前完成全部电梯维保记录整理' },
      { line: 'CUSTOMER_RELATIONS', templateCode: 'SATISFACTION_RISE' },
      { line: 'VALUE_ADDED', templateCode: 'HOUSEKEEPING_SERVICE' },
    ],
  });
  await submitPlan(em, ent1, autumn.id, at(autumnFrom, '09:00'));
  await assessPlanStage(em, ent1, autumn.id, { stage: 'MOBILISE', assessedOn: addDays(autumnFrom, 10), lines: scores([82, 80, 70, 84, 76]) });
  await assessPlanStage(em, ent1, autumn.id, { stage: 'IMPLEMENT', assessedOn: addDays(referenceDate, -10), lines: scores([86, 84, 75, 87, 80]) });
  const autumnMeasures = await em.find(PlanMeasure, { plan: autumn.id }, { orderBy: { position: 'asc' } });
  for (const m of autumnMeasures.slice(0, 3)) await updatePlanMeasure(em, ent1, m.id, 'DONE', null, at(addDays(referenceDate, -8)));
  await updatePlanMeasure(em, ent1, autumnMeasures[3]!.id, 'IN_PROGRESS', null, at(addDays(referenceDate, -8)));

  // The second firm's plan, running: first stage assessed.
  const second = await savePlanDraft(em, ent2, null, {
    title: '2026 年第四季度物业服务提升计划',
    periodFrom: addDays(referenceDate, -30),
    periodTo: addDays(referenceDate, 45),
    goals: '落实片区化管理，规范外包单位作业，提高业主满意度。',
    coordinator: '赵明',
    owners: owners(['钱伟', '孙丽', '周强', '吴敏', '吴敏']),
    measures: [
      { line: 'SECURITY', templateCode: 'RENTER_RECORDS' },
      { line: 'CLEANING', templateCode: 'ZONING' },
      { line: 'CLEANING', templateCode: 'OUTSOURCING_STANDARDS' },
      { line: 'BUILDING', templateCode: 'NOTICE_BOARD' },
      { line: 'CUSTOMER_RELATIONS', templateCode: 'OPERATING_GUIDES' },
      { line: 'VALUE_ADDED', templateCode: 'GREENING_ADVICE' },
    ],
  });
  await submitPlan(em, ent2, second.id, at(addDays(referenceDate, -30), '09:00'));
  await assessPlanStage(em, ent2, second.id, { stage: 'MOBILISE', assessedOn: addDays(referenceDate, -20), lines: scores([75, 70, 72, 78, 70]) });
  return { surveys, plans: 3 };
}
