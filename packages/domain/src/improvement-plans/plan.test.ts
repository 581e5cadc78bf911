import { describe, expect, it } from 'vitest';
import {
  MEASURE_TEMPLATE,
  PLAN_LIMITS,
  SERVICE_LINES,
  checkMeasureUpdate,
  checkPlanDraft,
  checkPlanSubmit,
  checkSignOff,
  checkStageAssessment,
  lineUpToStandard,
  planActions,
  planProgress,
  type PlanDraft,
  type PlanState,
} from './plan.js';
import { messageFor } from '../field-errors.js';

const owners = { SECURITY: '李贵周', CLEANING: '王信娥', BUILDING: '马小平', CUSTOMER_RELATIONS: '王芳', VALUE_ADDED: '王芳' };
const draft = (over: Partial<PlanDraft> = {}): PlanDraft => ({
  title: '2026 年服务品质提升活动',
  periodFrom: '2026-05-13',
  periodTo: '2026-06-30',
  goals: '解决新员工多带来的服务品质延续问题；争取业主更大的满意度',
  coordinator: '李良丽',
  owners,
  measures: SERVICE_LINES.map((line) => ({ line, text: MEASURE_TEMPLATE.find((t) => t.line === line)!.text['zh-CN'] })),
  ...over,
});
const scores = (n: number) => Object.fromEntries(SERVICE_LINES.map((l) => [l, n]));
const running = (over: Partial<PlanState> = {}): PlanState => ({
  status: 'ACTIVE',
  periodFrom: '2026-05-13',
  periodTo: '2026-06-30',
  assessedStages: [],
  lastAssessedOn: null,
  measures: [{ status: 'DONE' }, { status: 'DROPPED' }],
  finalScores: {},
  ...over,
});
const codes = (issues: { field: string; code: string }[]) => issues.map((i) => `${i.field}:${i.code}`);

describe('the measure template', () => {
  it('holds part 3’s measures, each on a service line', () => {
    for (const code of [
      'RENTER_RECORDS',
      'SAFETY_DAYS',
      'OPERATING_GUIDES',
      'GARAGE_CCTV',
      'FACILITY_OWNERS',
      'NOTICE_BOARD',
      'OUTSOURCING_STANDARDS',
      'ZONING',
      'TREE_PRUNING_PLAN',
      'FIRE_LANES',
    ])
      expect(MEASURE_TEMPLATE.find((t) => t.code === code)?.source).toBe('PART3');
    for (const line of SERVICE_LINES) expect(MEASURE_TEMPLATE.some((t) => t.line === line)).toBe(true);
  });
});

describe('writing a plan', () => {
  it('accepts a complete plan for submission', () => {
    expect(checkPlanSubmit(draft())).toEqual([]);
  });
  it('saves an incomplete draft but will not start it without an owner and a measure per line', () => {
    const partial = draft({ owners: { SECURITY: '李贵周' }, measures: [], goals: '', coordinator: '' });
    expect(checkPlanDraft(partial)).toEqual([]);
    const issues = codes(checkPlanSubmit(partial));
    expect(issues).toContain('goals:REQUIRED');
    expect(issues).toContain('coordinator:REQUIRED');
    expect(issues).toContain('owners.CLEANING:REQUIRED');
    expect(issues).not.toContain('owners.SECURITY:REQUIRED');
    expect(issues.filter((i) => i === 'measures:PLAN_LINE_WITHOUT_MEASURE')).toHaveLength(5);
    expect(
      messageFor(
        checkPlanSubmit(partial).find((i) => i.code === 'PLAN_LINE_WITHOUT_MEASURE')!,
        'zh-CN',
      ),
    ).toContain('安全服务');
  });
  it('allows a period of up to 366 days, not one day more, and not ending before it starts', () => {
    expect(checkPlanDraft(draft({ periodFrom: '2026-01-01', periodTo: '2027-01-01' }))).toEqual([]);
    expect(codes(checkPlanDraft(draft({ periodFrom: '2026-01-01', periodTo: '2027-01-02' })))).toEqual(['periodTo:DATE_OUT_OF_RANGE']);
    expect(codes(checkPlanDraft(draft({ periodTo: '2026-05-12' })))).toEqual(['periodTo:DATE_BEFORE']);
    expect(checkPlanDraft(draft({ periodTo: '2026-05-13' }))).toEqual([]);
  });
  it('limits names to 20 characters and measures to the period', () => {
    expect(checkPlanDraft(draft({ coordinator: '李'.repeat(PLAN_LIMITS.nameMax) }))).toEqual([]);
    expect(codes(checkPlanDraft(draft({ coordinator: '李'.repeat(PLAN_LIMITS.nameMax + 1) })))).toEqual(['coordinator:TOO_LONG']);
    const m = { line: 'SECURITY', text: '安全日', dueOn: '2026-07-01' };
    expect(codes(checkPlanDraft(draft({ measures: [m] })))).toEqual(['measures.1.dueOn:DATE_OUT_OF_RANGE']);
    expect(checkPlanDraft(draft({ measures: [{ ...m, dueOn: '2026-06-30' }] }))).toEqual([]);
    expect(codes(checkPlanDraft(draft({ measures: [{ ...m, dueOn: null, line: 'GARDEN' }] })))).toEqual(['measures.1.line:INVALID_FORMAT']);
    expect(codes(checkPlanDraft(draft({ measures: [{ ...m, dueOn: null, templateCode: 'NOPE' }] })))).toEqual(['measures.1.templateCode:UNKNOWN_REFERENCE']);
  });
});

describe('staged self-assessment', () => {
  it('takes the stages in order, once each', () => {
    expect(checkStageAssessment(running(), { stage: 'MOBILISE', assessedOn: '2026-05-20', scores: scores(80) })).toEqual([]);
    expect(codes(checkStageAssessment(running(), { stage: 'IMPLEMENT', assessedOn: '2026-05-20', scores: scores(80) }))).toEqual([
      'stage:PLAN_STAGE_OUT_OF_ORDER',
    ]);
    const after = running({ assessedStages: ['MOBILISE'], lastAssessedOn: '2026-05-20' });
    expect(codes(checkStageAssessment(after, { stage: 'MOBILISE', assessedOn: '2026-05-21', scores: scores(80) }))).toEqual(['stage:PLAN_STAGE_OUT_OF_ORDER']);
  });
  it('needs a whole score from 0 to 100 for every line', () => {
    expect(checkStageAssessment(running(), { stage: 'MOBILISE', assessedOn: '2026-05-20', scores: { ...scores(0), BUILDING: 100 } })).toEqual([]);
    const bad = { ...scores(80), SECURITY: 101, CLEANING: -1, BUILDING: 70.5 } as Record<string, number | undefined>;
    delete bad.VALUE_ADDED;
    expect(codes(checkStageAssessment(running(), { stage: 'MOBILISE', assessedOn: '2026-05-20', scores: bad }))).toEqual([
      'scores.SECURITY:OUT_OF_RANGE',
      'scores.CLEANING:OUT_OF_RANGE',
      'scores.BUILDING:NOT_INTEGER',
      'scores.VALUE_ADDED:REQUIRED',
    ]);
  });
  it('dates a stage inside the period, the final one up to 30 days after, never before the previous one', () => {
    const at = (stage: string, assessedOn: string, over: Partial<PlanState> = {}) =>
      codes(checkStageAssessment(running(over), { stage, assessedOn, scores: scores(90) }));
    expect(at('MOBILISE', '2026-05-13')).toEqual([]);
    expect(at('MOBILISE', '2026-05-12')).toEqual(['assessedOn:DATE_OUT_OF_RANGE']);
    expect(at('MOBILISE', '2026-07-01')).toEqual(['assessedOn:DATE_OUT_OF_RANGE']);
    const two = { assessedStages: ['MOBILISE', 'IMPLEMENT'] as const, lastAssessedOn: '2026-06-10' };
    expect(at('REVIEW', '2026-07-30', { ...two, assessedStages: [...two.assessedStages] })).toEqual([]);
    expect(at('REVIEW', '2026-07-31', { ...two, assessedStages: [...two.assessedStages] })).toEqual(['assessedOn:DATE_OUT_OF_RANGE']);
    expect(at('REVIEW', '2026-06-09', { ...two, assessedStages: [...two.assessedStages] })).toEqual(['assessedOn:DATE_OUT_OF_RANGE']);
  });
  it('refuses assessment of a plan that is not running', () => {
    expect(codes(checkStageAssessment(running({ status: 'DRAFT' }), { stage: 'MOBILISE', assessedOn: '2026-05-20', scores: scores(80) }))).toEqual([
      'planId:ILLEGAL_TRANSITION',
    ]);
  });
});

describe('company sign-off', () => {
  const assessed = running({ assessedStages: ['MOBILISE', 'IMPLEMENT', 'REVIEW'], lastAssessedOn: '2026-06-30', finalScores: { ...scores(75), BUILDING: 59 } });
  it('signs off a plan with all stages assessed and every measure done or dropped', () => {
    expect(checkSignOff(assessed, '张总', '2026-06-30')).toEqual([]);
  });
  it('refuses while a stage or a measure is open, without a signer, or dated before the last assessment', () => {
    expect(codes(checkSignOff(running({ assessedStages: ['MOBILISE', 'IMPLEMENT'] }), '张总', '2026-06-30'))).toEqual(['stage:PLAN_STAGE_MISSING']);
    expect(codes(checkSignOff({ ...assessed, measures: [{ status: 'IN_PROGRESS' }, { status: 'PLANNED' }] }, '张总', '2026-06-30'))).toEqual([
      'measures:PLAN_MEASURES_OPEN',
    ]);
    expect(codes(checkSignOff(assessed, ' ', '2026-06-29'))).toEqual(['signedBy:REQUIRED', 'signedOn:DATE_BEFORE']);
    expect(codes(checkSignOff({ ...assessed, status: 'SIGNED_OFF' }, '张总', '2026-06-30'))).toEqual(['planId:ILLEGAL_TRANSITION']);
  });
  it('marks a line below 60 as not up to standard (60 以上 passes)', () => {
    expect(lineUpToStandard(60)).toBe(true);
    expect(lineUpToStandard(59)).toBe(false);
    expect(planProgress(assessed).linesBelowStandard).toEqual(['BUILDING']);
    expect(planProgress(assessed).doneShare).toBe(1);
  });
  it('drops a measure only with a note', () => {
    expect(codes(checkMeasureUpdate('ACTIVE', 'DROPPED', ' '))).toEqual(['note:REQUIRED']);
    expect(checkMeasureUpdate('ACTIVE', 'DROPPED', '小区无地下车库')).toEqual([]);
    expect(codes(checkMeasureUpdate('SIGNED_OFF', 'DONE', null))).toEqual(['planId:ILLEGAL_TRANSITION']);
  });
  it('offers the firm its next actions with reasons, and the bureau none', () => {
    const acts = planActions(assessed, draft(), true);
    expect(acts.find((a) => a.action === 'SIGN_OFF')?.available).toBe(true);
    expect(acts.find((a) => a.action === 'ASSESS')?.reason?.code).toBe('PLAN_STAGES_DONE');
    expect(planActions(assessed, draft(), false).every((a) => !a.available && a.reason?.code === 'FORBIDDEN_ACTION')).toBe(true);
    const open = planActions({ ...assessed, measures: [{ status: 'PLANNED' }] }, draft(), true);
    expect(open.find((a) => a.action === 'SIGN_OFF')?.reason?.code).toBe('PLAN_MEASURES_OPEN');
  });
});
