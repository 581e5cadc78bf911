import type { EntityManager } from '@mikro-orm/core';
import {
  MEASURE_TEMPLATE,
  PLAN_STAGES,
  SERVICE_LINES,
  checkMeasureUpdate,
  checkPlanDraft,
  checkPlanSubmit,
  checkSignOff,
  checkStageAssessment,
  planActions,
  planProgress,
  scopeOf,
  type ActionAvailability,
  type FieldIssue,
  type MeasureStatus,
  type PlanAction,
  type PlanDraft,
  type PlanProgress,
  type PlanStage,
  type PlanState,
  type Principal,
  type ServiceLine,
} from '@wuye/domain';
import { Enterprise, ImprovementPlan, Issue, PlanAssessment, PlanMeasure, SelfCheck, User } from '../entities/index.js';
import { RuleError, failOn } from '../rule-error.js';

/**
 * A firm's own improvement plan (seed parts 1 and 3; docs/improvement-plans.md). The firm's manager writes it (a draft
 * while it is being written), starts it, records each stage's self-assessment and the measures' progress, and the
 * company signs it off. The bureau, the analyst (and nobody else) read every plan; a firm reads and writes its own.
 * Self-checks stay what they are: their findings enter the issue ledger (closed-loop selfCheck), and a plan shows the
 * firm's self-checks and the issues they raised within its period.
 */

export interface PlanInput {
  title: string;
  periodFrom: string;
  periodTo: string;
  goals: string;
  coordinator: string;
  owners: { line: string; name: string }[];
  measures: { line: string; templateCode?: string | null; text?: string | null; dueOn?: string | null }[];
}

export interface PlanView {
  plan: ImprovementPlan;
  measures: PlanMeasure[];
  assessments: PlanAssessment[];
  progress: PlanProgress;
  actions: ActionAvailability<PlanAction>[];
  selfChecks: number;
  selfCheckIssues: number;
}

const notFound = (id: number | string): RuleError => new RuleError([{ field: 'planId', code: 'UNKNOWN_REFERENCE', params: { id: String(id) } }]);

/** Only a firm's own manager writes its plan. */
function ownFirm(principal: Principal): number {
  const scope = scopeOf(principal);
  if (principal.role !== 'ENTERPRISE' || scope.kind !== 'ENTERPRISE') throw new RuleError([{ field: 'planId', code: 'FORBIDDEN_ACTION' }]);
  return Number(scope.enterpriseId);
}

function draftOf(input: PlanInput): PlanDraft {
  return {
    title: input.title,
    periodFrom: input.periodFrom,
    periodTo: input.periodTo,
    goals: input.goals,
    coordinator: input.coordinator,
    owners: Object.fromEntries(input.owners.map((o) => [o.line, o.name])),
    measures: input.measures.map((m) => ({
      line: m.line,
      templateCode: m.templateCode ?? null,
      // A template measure takes the template's text unless the firm wrote its own.
      text: m.text?.trim() || MEASURE_TEMPLATE.find((t) => t.code === m.templateCode)?.text['zh-CN'] || '',
      dueOn: m.dueOn ?? null,
    })),
  };
}

function draftOfPlan(plan: ImprovementPlan, measures: PlanMeasure[]): PlanDraft {
  return {
    title: plan.title,
    periodFrom: plan.periodFrom,
    periodTo: plan.periodTo,
    goals: plan.goals,
    coordinator: plan.coordinator,
    owners: plan.owners,
    measures: measures.map((m) => ({ line: m.line, templateCode: m.templateCode ?? null, text: m.text, dueOn: m.dueOn ?? null })),
  };
}

function stateOf(plan: ImprovementPlan, measures: PlanMeasure[], assessments: PlanAssessment[]): PlanState {
  const stages = PLAN_STAGES.filter((s) => assessments.some((a) => a.stage === s));
  const last = assessments.reduce<string | null>((m, a) => (m == null || a.assessedOn > m ? a.assessedOn : m), null);
  const finalScores: Partial<Record<ServiceLine, number>> = {};
  for (const a of assessments) if (a.stage === 'REVIEW') finalScores[a.line] = a.score;
  return {
    status: plan.status,
    periodFrom: plan.periodFrom,
    periodTo: plan.periodTo,
    assessedStages: stages,
    lastAssessedOn: last,
    measures: measures.map((m) => ({ status: m.status })),
    finalScores,
  };
}

async function writable(em: EntityManager, principal: Principal, planId: number): Promise<ImprovementPlan> {
  const firm = ownFirm(principal);
  const plan = Number.isSafeInteger(planId) && planId > 0 ? await em.findOne(ImprovementPlan, { id: planId }) : null;
  if (!plan || plan.enterprise.id !== firm) throw notFound(planId);
  return plan;
}

/** Writes a new draft (id null) or replaces a draft's content; a plan once started is no longer edited. */
export async function savePlanDraft(em: EntityManager, principal: Principal, id: number | null, input: PlanInput): Promise<ImprovementPlan> {
  const firm = ownFirm(principal);
  const draft = draftOf(input);
  const issues: FieldIssue[] = checkPlanDraft(draft);
  for (const [i, o] of input.owners.entries())
    if (input.owners.findIndex((x) => x.line === o.line) !== i) issues.push({ field: `owners.${o.line}`, code: 'DUPLICATE', params: { value: o.line } });
  failOn(issues);
  let plan: ImprovementPlan;
  if (id == null) {
    plan = em.create(ImprovementPlan, {
      enterprise: em.getReference(Enterprise, firm),
      title: draft.title.trim(),
      periodFrom: draft.periodFrom,
      periodTo: draft.periodTo,
      goals: draft.goals.trim(),
      coordinator: draft.coordinator.trim(),
      owners: {},
      status: 'DRAFT',
      createdBy: principal.userId ? em.getReference(User, Number(principal.userId)) : null,
    });
  } else {
    plan = await writable(em, principal, id);
    if (plan.status !== 'DRAFT') throw new RuleError([{ field: 'planId', code: 'ILLEGAL_TRANSITION', params: { from: plan.status, action: 'EDIT' } }]);
    plan.title = draft.title.trim();
    plan.periodFrom = draft.periodFrom;
    plan.periodTo = draft.periodTo;
    plan.goals = draft.goals.trim();
    plan.coordinator = draft.coordinator.trim();
    await em.nativeDelete(PlanMeasure, { plan: plan.id });
  }
  plan.owners = Object.fromEntries(SERVICE_LINES.filter((l) => (draft.owners[l] ?? '').trim() !== '').map((l) => [l, draft.owners[l]!.trim()])) as Partial<
    Record<ServiceLine, string>
  >;
  draft.measures.forEach((m, i) =>
    em.create(PlanMeasure, {
      plan,
      position: i + 1,
      line: m.line as ServiceLine,
      templateCode: m.templateCode ?? null,
      text: m.text.trim(),
      dueOn: m.dueOn ?? null,
      status: 'PLANNED',
    }),
  );
  await em.flush();
  return plan;
}

async function partsOf(em: EntityManager, planId: number) {
  const measures = await em.find(PlanMeasure, { plan: planId }, { orderBy: { position: 'asc' } });
  const assessments = await em.find(PlanAssessment, { plan: planId }, { orderBy: { assessedOn: 'asc', id: 'asc' } });
  return { measures, assessments };
}

/** Starts the plan: every line has its owner and at least one measure, goals and a coordinator are written. */
export async function submitPlan(em: EntityManager, principal: Principal, planId: number, now: Date): Promise<ImprovementPlan> {
  const plan = await writable(em, principal, planId);
  if (plan.status !== 'DRAFT') throw new RuleError([{ field: 'planId', code: 'ILLEGAL_TRANSITION', params: { from: plan.status, action: 'SUBMIT' } }]);
  const { measures } = await partsOf(em, plan.id);
  failOn(checkPlanSubmit(draftOfPlan(plan, measures)));
  plan.status = 'ACTIVE';
  plan.submittedAt = now;
  await em.flush();
  return plan;
}

export interface StageAssessmentCommand {
  stage: string;
  assessedOn: string;
  lines: { line: string; score: number; note?: string | null }[];
}

/** Records the next stage's self-assessment, every line scored (under its owner's name). */
export async function assessPlanStage(em: EntityManager, principal: Principal, planId: number, input: StageAssessmentCommand): Promise<PlanAssessment[]> {
  const plan = await writable(em, principal, planId);
  const { measures, assessments } = await partsOf(em, plan.id);
  const issues = checkStageAssessment(stateOf(plan, measures, assessments), {
    stage: input.stage,
    assessedOn: input.assessedOn,
    scores: Object.fromEntries(input.lines.map((l) => [l.line, l.score])),
  });
  input.lines.forEach((l) => {
    if (!(SERVICE_LINES as readonly string[]).includes(l.line)) issues.push({ field: `scores.${l.line}`, code: 'INVALID_FORMAT' });
    if (l.note && Array.from(l.note.trim()).length > 500) issues.push({ field: `scores.${l.line}`, code: 'TOO_LONG', params: { max: 500 } });
  });
  failOn(issues);
  const rows = SERVICE_LINES.map((line) => {
    const l = input.lines.find((x) => x.line === line)!;
    return em.create(PlanAssessment, {
      plan,
      stage: input.stage as PlanStage,
      line,
      score: l.score,
      note: l.note?.trim() || null,
      assessedOn: input.assessedOn,
      owner: plan.owners[line] ?? '',
      recordedBy: principal.userId ? em.getReference(User, Number(principal.userId)) : null,
    });
  });
  await em.flush();
  return rows;
}

/** Moves one measure on (under way, done, or dropped with a note). */
export async function updatePlanMeasure(
  em: EntityManager,
  principal: Principal,
  measureId: number,
  status: string,
  note: string | null,
  now: Date,
): Promise<PlanMeasure> {
  const firm = ownFirm(principal);
  const measure = Number.isSafeInteger(measureId) && measureId > 0 ? await em.findOne(PlanMeasure, { id: measureId }, { populate: ['plan'] }) : null;
  if (!measure || measure.plan.enterprise.id !== firm)
    throw new RuleError([{ field: 'measureId', code: 'UNKNOWN_REFERENCE', params: { id: String(measureId) } }]);
  failOn(checkMeasureUpdate(measure.plan.status, status, note));
  measure.status = status as MeasureStatus;
  measure.note = note?.trim() || null;
  measure.updatedAt = now;
  await em.flush();
  return measure;
}

/** 公司组织验收: the company signs the plan off once every stage is assessed and every measure settled. */
export async function signOffPlan(
  em: EntityManager,
  principal: Principal,
  planId: number,
  input: { signedBy: string; signedOn: string; note?: string | null },
): Promise<ImprovementPlan> {
  const plan = await writable(em, principal, planId);
  const { measures, assessments } = await partsOf(em, plan.id);
  const issues = checkSignOff(stateOf(plan, measures, assessments), input.signedBy, input.signedOn);
  if (input.note && Array.from(input.note.trim()).length > 500) issues.push({ field: 'note', code: 'TOO_LONG', params: { max: 500 } });
  failOn(issues);
  plan.status = 'SIGNED_OFF';
  plan.signedBy = input.signedBy.trim();
  plan.signedOn = input.signedOn;
  plan.signOffNote = input.note?.trim() || null;
  await em.flush();
  return plan;
}

export interface PlanFilter {
  id?: number | null;
  enterpriseId?: number | null;
  status?: string | null;
}

/**
 * Plans the caller may read, newest first, with their measures, assessments, progress, next actions and the firm's
 * self-checks in the period (a fixed number of queries whatever the number of plans). The bureau and analysts read
 * all; a firm its own; townships and departments none (a plan is the firm's internal business).
 */
export async function plansFor(em: EntityManager, principal: Principal, filter: PlanFilter = {}): Promise<PlanView[]> {
  const scope = scopeOf(principal);
  const readsAll = principal.role === 'ADMIN' || principal.role === 'REGULATOR' || principal.role === 'ANALYST';
  if (!readsAll && scope.kind !== 'ENTERPRISE') return [];
  const where: Record<string, unknown> = {};
  if (filter.id) where.id = filter.id;
  if (filter.status) where.status = filter.status;
  if (filter.enterpriseId) where.enterprise = filter.enterpriseId;
  if (scope.kind === 'ENTERPRISE') {
    if (filter.enterpriseId && filter.enterpriseId !== Number(scope.enterpriseId)) return [];
    where.enterprise = Number(scope.enterpriseId);
  }
  const plans = await em.find(ImprovementPlan, where, { populate: ['enterprise'], orderBy: { periodFrom: 'desc', id: 'desc' } });
  if (plans.length === 0) return [];
  const ids = plans.map((p) => p.id);
  const measures = await em.find(PlanMeasure, { plan: { $in: ids } }, { orderBy: { position: 'asc' } });
  const assessments = await em.find(PlanAssessment, { plan: { $in: ids } }, { orderBy: { assessedOn: 'asc', id: 'asc' } });
  const firms = [...new Set(plans.map((p) => p.enterprise.id))];
  const from = plans.reduce((m, p) => (p.periodFrom < m ? p.periodFrom : m), plans[0]!.periodFrom);
  const checks = await em.find(SelfCheck, { enterprise: { $in: firms }, date: { $gte: from } }, { fields: ['id', 'date', 'enterprise'] });
  const issues = checks.length
    ? await em.find(Issue, { source: 'SELF_CHECK', sourceId: { $in: checks.map((c) => String(c.id)) } }, { fields: ['id', 'sourceId'] })
    : [];
  const issuesPerCheck = new Map<string, number>();
  for (const i of issues) issuesPerCheck.set(String(i.sourceId), (issuesPerCheck.get(String(i.sourceId)) ?? 0) + 1);
  const mayWrite = principal.role === 'ENTERPRISE';
  return plans.map((plan) => {
    const ms = measures.filter((m) => m.plan.id === plan.id);
    const as = assessments.filter((a) => a.plan.id === plan.id);
    const state = stateOf(plan, ms, as);
    const inPeriod = checks.filter((c) => c.enterprise.id === plan.enterprise.id && c.date >= plan.periodFrom && c.date <= plan.periodTo);
    return {
      plan,
      measures: ms,
      assessments: as,
      progress: planProgress(state),
      actions: planActions(state, draftOfPlan(plan, ms), mayWrite),
      selfChecks: inPeriod.length,
      selfCheckIssues: inPeriod.reduce((n, c) => n + (issuesPerCheck.get(String(c.id)) ?? 0), 0),
    };
  });
}

export async function planView(em: EntityManager, principal: Principal, id: number): Promise<PlanView> {
  const [view] = await plansFor(em, principal, { id });
  if (!view) throw notFound(id);
  return view;
}
