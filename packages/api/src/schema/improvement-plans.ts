import {
  assessPlanStage,
  planView,
  plansFor,
  savePlanDraft,
  signOffPlan,
  submitPlan,
  updatePlanMeasure,
  type PlanAssessment,
  type PlanMeasure,
  type PlanView,
} from '@wuye/db';
import {
  MEASURE_STATUSES,
  MEASURE_TEMPLATE,
  PLAN_ACTIONS,
  PLAN_STAGES,
  PLAN_STATUSES,
  SERVICE_LINES,
  messageFor,
  type ActionAvailability,
  type MeasureTemplateItem,
  type PlanAction,
} from '@wuye/domain';
import { builder } from '../builder.js';
import { nowOf } from '../today.js';
import { auditedWrite, parseId } from '../write.js';
import { WRITE_ERRORS } from './errors.js';

/**
 * A firm's own improvement plan (seed parts 1 and 3; docs/improvement-plans.md). A firm's manager writes its own plan
 * (period, goals, an owner per service line, measures from the template), starts it, assesses each stage, moves its
 * measures on and signs it off for the company; the bureau and analysts read every plan and its progress. Townships
 * and departments do not see them (a plan is the firm's own business; its self-checks' findings reach them as issues).
 */
const READ = { perm: 'improvementPlan:read' } as const;
const WRITE = { perm: 'improvementPlan:write' } as const;

const ServiceLineEnum = builder.enumType('ServiceLine', { values: SERVICE_LINES });
const PlanStageEnum = builder.enumType('PlanStage', { values: PLAN_STAGES });
const PlanStatusEnum = builder.enumType('ImprovementPlanStatus', { values: PLAN_STATUSES });
const MeasureStatusEnum = builder.enumType('PlanMeasureStatus', { values: MEASURE_STATUSES });
const PlanActionEnum = builder.enumType('ImprovementPlanAction', { values: PLAN_ACTIONS });

const TemplateRef = builder.objectRef<MeasureTemplateItem>('PlanMeasureTemplate').implement({
  description: 'A measure of the template (seed part 3’s measures and part 1’s goals), in the caller’s language',
  authScopes: READ,
  fields: (t) => ({
    code: t.exposeString('code'),
    line: t.field({ type: ServiceLineEnum, resolve: (m) => m.line }),
    text: t.string({ resolve: (m, _a, ctx) => m.text[ctx.locale] }),
    source: t.exposeString('source', { description: 'PART1 or PART3 of the seed' }),
  }),
});

builder.queryField('improvementPlanTemplate', (t) =>
  t.field({ type: [TemplateRef], authScopes: READ, description: 'The measure template of an improvement plan', resolve: () => [...MEASURE_TEMPLATE] }),
);

const ActionRef = builder.objectRef<ActionAvailability<PlanAction>>('ImprovementPlanAvailableAction').implement({
  description: 'An action on a plan and whether the caller can take it now',
  authScopes: READ,
  fields: (t) => ({
    action: t.field({ type: PlanActionEnum, resolve: (a) => a.action }),
    available: t.exposeBoolean('available'),
    reason: t.string({ nullable: true, resolve: (a, _args, ctx) => (a.reason ? messageFor(a.reason, ctx.locale) : null) }),
  }),
});

const OwnerRef = builder.objectRef<{ line: (typeof SERVICE_LINES)[number]; name: string | null }>('ServiceLineOwner').implement({
  authScopes: READ,
  fields: (t) => ({
    line: t.field({ type: ServiceLineEnum, resolve: (o) => o.line }),
    name: t.exposeString('name', { nullable: true }),
  }),
});

const MeasureRef = builder.objectRef<PlanMeasure>('PlanMeasure').implement({
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id'),
    position: t.exposeInt('position'),
    line: t.field({ type: ServiceLineEnum, resolve: (m) => m.line }),
    templateCode: t.exposeString('templateCode', { nullable: true }),
    text: t.exposeString('text'),
    dueOn: t.field({ type: 'Date', nullable: true, resolve: (m) => m.dueOn ?? null }),
    status: t.field({ type: MeasureStatusEnum, resolve: (m) => m.status }),
    note: t.exposeString('note', { nullable: true }),
  }),
});

const AssessmentRef = builder.objectRef<PlanAssessment>('PlanAssessment').implement({
  authScopes: READ,
  fields: (t) => ({
    stage: t.field({ type: PlanStageEnum, resolve: (a) => a.stage }),
    line: t.field({ type: ServiceLineEnum, resolve: (a) => a.line }),
    score: t.exposeInt('score'),
    owner: t.exposeString('owner'),
    note: t.exposeString('note', { nullable: true }),
    assessedOn: t.field({ type: 'Date', resolve: (a) => a.assessedOn }),
    upToStandard: t.boolean({ description: 'Score 60 or more (以上, the figure included)', resolve: (a) => a.score >= 60 }),
  }),
});

const PlanRef = builder.objectRef<PlanView>('ImprovementPlan').implement({
  description: 'A firm’s own improvement plan, its measures, staged self-assessment, sign-off and progress',
  authScopes: READ,
  fields: (t) => ({
    id: t.id({ resolve: (v) => String(v.plan.id) }),
    enterpriseId: t.id({ resolve: (v) => String(v.plan.enterprise.id) }),
    enterpriseName: t.string({ resolve: (v) => v.plan.enterprise.name }),
    title: t.string({ resolve: (v) => v.plan.title }),
    periodFrom: t.field({ type: 'Date', resolve: (v) => v.plan.periodFrom }),
    periodTo: t.field({ type: 'Date', resolve: (v) => v.plan.periodTo }),
    goals: t.string({ resolve: (v) => v.plan.goals }),
    coordinator: t.string({ resolve: (v) => v.plan.coordinator }),
    owners: t.field({ type: [OwnerRef], resolve: (v) => SERVICE_LINES.map((line) => ({ line, name: v.plan.owners[line] ?? null })) }),
    status: t.field({ type: PlanStatusEnum, resolve: (v) => v.plan.status }),
    submittedAt: t.field({ type: 'DateTime', nullable: true, resolve: (v) => v.plan.submittedAt ?? null }),
    signedBy: t.string({ nullable: true, resolve: (v) => v.plan.signedBy ?? null }),
    signedOn: t.field({ type: 'Date', nullable: true, resolve: (v) => v.plan.signedOn ?? null }),
    signOffNote: t.string({ nullable: true, resolve: (v) => v.plan.signOffNote ?? null }),
    measures: t.field({ type: [MeasureRef], resolve: (v) => v.measures }),
    assessments: t.field({ type: [AssessmentRef], resolve: (v) => v.assessments }),
    measuresDone: t.int({ resolve: (v) => v.progress.done }),
    measuresDropped: t.int({ resolve: (v) => v.progress.dropped }),
    measureCount: t.int({ resolve: (v) => v.progress.measures }),
    doneShare: t.float({ nullable: true, description: 'Measures done ÷ measures not dropped', resolve: (v) => v.progress.doneShare }),
    stagesAssessed: t.int({ resolve: (v) => v.progress.stagesAssessed }),
    linesBelowStandard: t.field({
      type: [ServiceLineEnum],
      description: 'Lines whose final self-assessment is below 60',
      resolve: (v) => v.progress.linesBelowStandard,
    }),
    selfChecks: t.int({ description: 'The firm’s self-checks within the plan’s period', resolve: (v) => v.selfChecks }),
    selfCheckIssues: t.int({ description: 'Issues those self-checks registered in the ledger', resolve: (v) => v.selfCheckIssues }),
    availableActions: t.field({ type: [ActionRef], resolve: (v) => v.actions }),
  }),
});

builder.queryField('improvementPlans', (t) =>
  t.field({
    type: [PlanRef],
    description: 'Plans the caller may read (the bureau and analysts all, a firm its own), newest first',
    authScopes: READ,
    args: { enterpriseId: t.arg.id({ required: false }), status: t.arg({ type: PlanStatusEnum, required: false }) },
    resolve: (_r, a, ctx) =>
      plansFor(ctx.em, ctx.principal!, { enterpriseId: a.enterpriseId ? (parseId(a.enterpriseId) ?? -1) : null, status: a.status ?? null }),
  }),
);

builder.queryField('improvementPlan', (t) =>
  t.field({
    type: PlanRef,
    nullable: true,
    authScopes: READ,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_r, a, ctx) => (await plansFor(ctx.em, ctx.principal!, { id: parseId(a.id) ?? -1 }))[0] ?? null,
  }),
);

const OwnerInput = builder.inputType('ServiceLineOwnerInput', {
  fields: (t) => ({ line: t.field({ type: ServiceLineEnum, required: true }), name: t.string({ required: true }) }),
});
const MeasureInput = builder.inputType('PlanMeasureInput', {
  fields: (t) => ({
    line: t.field({ type: ServiceLineEnum, required: true }),
    templateCode: t.string({ required: false, description: 'A template measure; its text is used unless `text` is given' }),
    text: t.string({ required: false }),
    dueOn: t.field({ type: 'Date', required: false }),
  }),
});
const PlanInput = builder.inputType('ImprovementPlanInput', {
  fields: (t) => ({
    title: t.string({ required: true }),
    periodFrom: t.field({ type: 'Date', required: true }),
    periodTo: t.field({ type: 'Date', required: true }),
    goals: t.string({ required: true }),
    coordinator: t.string({ required: true }),
    owners: t.field({ type: [OwnerInput], required: true }),
    measures: t.field({ type: [MeasureInput], required: true }),
  }),
});

const write = (action: string, description: string) => ({ action, description });

builder.mutationField('saveImprovementPlan', (t) =>
  t.field({
    type: PlanRef,
    description: 'A firm writes a new draft plan (no id) or rewrites its draft',
    authScopes: WRITE,
    errors: { types: WRITE_ERRORS },
    args: { id: t.arg.id({ required: false }), input: t.arg({ type: PlanInput, required: true }) },
    resolve: (_r, { id, input }, ctx) =>
      auditedWrite(ctx, async (em) => {
        const plan = await savePlanDraft(em, ctx.principal!, id ? (parseId(id) ?? -1) : null, {
          ...input,
          measures: input.measures.map((m) => ({ line: m.line, templateCode: m.templateCode ?? null, text: m.text ?? null, dueOn: m.dueOn ?? null })),
        });
        return {
          result: await planView(em, ctx.principal!, plan.id),
          audit: { action: 'improvementPlan.save', entityType: 'ImprovementPlan', entityId: plan.id, changes: { ...input } },
        };
      }),
  }),
);

const simple = (
  name: string,
  meta: { action: string; description: string },
  run: (em: import('@wuye/db').Em, ctx: import('../context.js').Context, id: number) => Promise<unknown>,
) =>
  builder.mutationField(name, (t) =>
    t.field({
      type: PlanRef,
      description: meta.description,
      authScopes: WRITE,
      errors: { types: WRITE_ERRORS },
      args: { id: t.arg.id({ required: true }) },
      resolve: (_r, a, ctx) =>
        auditedWrite(ctx, async (em) => {
          const id = parseId(a.id) ?? -1;
          await run(em, ctx, id);
          return { result: await planView(em, ctx.principal!, id), audit: { action: meta.action, entityType: 'ImprovementPlan', entityId: id, changes: null } };
        }),
    }),
  );

simple('submitImprovementPlan', write('improvementPlan.submit', 'Starts a draft plan (every line has an owner and a measure)'), (em, ctx, id) =>
  submitPlan(em, ctx.principal!, id, nowOf(ctx)),
);

const LineScoreInput = builder.inputType('PlanLineScoreInput', {
  fields: (t) => ({
    line: t.field({ type: ServiceLineEnum, required: true }),
    score: t.int({ required: true, description: '0–100' }),
    note: t.string({ required: false }),
  }),
});

builder.mutationField('assessImprovementPlanStage', (t) =>
  t.field({
    type: PlanRef,
    description: 'Records the next stage’s self-assessment: a score per service line',
    authScopes: WRITE,
    errors: { types: WRITE_ERRORS },
    args: {
      id: t.arg.id({ required: true }),
      stage: t.arg({ type: PlanStageEnum, required: true }),
      assessedOn: t.arg({ type: 'Date', required: true }),
      lines: t.arg({ type: [LineScoreInput], required: true }),
    },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const id = parseId(a.id) ?? -1;
        await assessPlanStage(em, ctx.principal!, id, {
          stage: a.stage,
          assessedOn: a.assessedOn,
          lines: a.lines.map((l) => ({ line: l.line, score: l.score, note: l.note ?? null })),
        });
        return {
          result: await planView(em, ctx.principal!, id),
          audit: {
            action: 'improvementPlan.assess',
            entityType: 'ImprovementPlan',
            entityId: id,
            changes: { stage: a.stage, assessedOn: a.assessedOn, lines: a.lines },
          },
        };
      }),
  }),
);

builder.mutationField('updateImprovementPlanMeasure', (t) =>
  t.field({
    type: PlanRef,
    description: 'Moves a measure on: under way, done, or dropped with a note',
    authScopes: WRITE,
    errors: { types: WRITE_ERRORS },
    args: { measureId: t.arg.id({ required: true }), status: t.arg({ type: MeasureStatusEnum, required: true }), note: t.arg.string({ required: false }) },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const m = await updatePlanMeasure(em, ctx.principal!, parseId(a.measureId) ?? -1, a.status, a.note ?? null, nowOf(ctx));
        return {
          result: await planView(em, ctx.principal!, m.plan.id),
          audit: { action: 'improvementPlan.measure', entityType: 'PlanMeasure', entityId: m.id, changes: { status: a.status, note: a.note ?? null } },
        };
      }),
  }),
);

builder.mutationField('signOffImprovementPlan', (t) =>
  t.field({
    type: PlanRef,
    description: '公司组织验收 — the company signs the plan off once every stage is assessed and every measure settled',
    authScopes: WRITE,
    errors: { types: WRITE_ERRORS },
    args: {
      id: t.arg.id({ required: true }),
      signedBy: t.arg.string({ required: true }),
      signedOn: t.arg({ type: 'Date', required: true }),
      note: t.arg.string({ required: false }),
    },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const id = parseId(a.id) ?? -1;
        await signOffPlan(em, ctx.principal!, id, { signedBy: a.signedBy, signedOn: a.signedOn, note: a.note ?? null });
        return {
          result: await planView(em, ctx.principal!, id),
          audit: {
            action: 'improvementPlan.signOff',
            entityType: 'ImprovementPlan',
            entityId: id,
            changes: { signedBy: a.signedBy, signedOn: a.signedOn, note: a.note ?? null },
          },
        };
      }),
  }),
);
