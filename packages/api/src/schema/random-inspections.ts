import {
  addPoolInspector,
  createDraw,
  drawFor,
  drawnCommunitiesFor,
  drawnCommunityById,
  drawsFor,
  performDraw,
  poolInspectors,
  publishDraw,
  randomDrawById,
  recordDrawResult,
  reproduceDraw,
  setPoolInspectorActive,
  poolInspectorById,
  type DrawReproduction,
  type DrawViewer,
  type DrawnCommunityView,
  type PoolInspector,
  type RandomDraw,
} from '@wuye/db';
import {
  CREDIT_GRADES,
  can,
  findingsOf,
  messageFor,
  randomDrawActions,
  randomInspectionPolicy,
  RANDOM_INSPECTION_POLICIES,
  type ActionAvailability,
  type CreditGrade,
  type RandomDrawAction,
  type RandomInspectionPolicy,
} from '@wuye/domain';
import { builder } from '../builder.js';
import { loopActor } from '../closed-loop-write.js';
import type { Context } from '../context.js';
import { notFound } from '../errors.js';
import { nowOf } from '../today.js';
import { auditedWrite, parseId } from '../write.js';
import { WRITE_ERRORS } from './errors.js';
import { CreditGradeEnum, DeductionInput, DrawMethodEnum, InspectionGradeEnum, RandomDrawActionEnum, RandomDrawStatusEnum } from './refs/index.js';

/**
 * 双随机一公开 (issue 16, docs/random-inspections.md). The bureau (randomInspection:manage) keeps the inspector pool,
 * plans, draws and publishes; townships and departments read the drawn rows that concern them; anyone reads
 * published draws with their seed, inputs, list and results, and can have the draw reproduced. Commands and rules are
 * in @wuye/db (random-inspections/) and @wuye/domain (random-inspections/).
 */

const PUBLIC = { public: true } as const;
const READ = { perm: 'randomInspection:read' } as const;
const MANAGE = { perm: 'randomInspection:manage' } as const;
const DRAW = 'entity.randomDraw';

/** The caller's view of draws (see DrawViewer). */
export function drawViewer(ctx: Pick<Context, 'principal'>): DrawViewer {
  const p = ctx.principal;
  if (!can(p, 'randomInspection:read')) return { kind: 'PUBLIC' };
  if (p!.role === 'TOWNSHIP') return { kind: 'TOWNSHIP', townshipId: Number(p!.townshipId ?? 0) };
  if (p!.role === 'DEPARTMENT') return { kind: 'DEPARTMENT', departmentId: Number(p!.departmentId ?? 0) };
  return { kind: 'ALL' };
}

const GradeWeightRef = builder.objectRef<{ grade: CreditGrade; weight: number }>('DrawGradeWeight').implement({
  authScopes: PUBLIC,
  fields: (t) => ({ grade: t.field({ type: CreditGradeEnum, resolve: (g) => g.grade }), weight: t.exposeInt('weight') }),
});

const PolicyRef = builder.objectRef<RandomInspectionPolicy>('RandomInspectionPolicy').implement({
  description: 'A random inspection policy (versioned data): how communities are weighted and which inspectors are excluded',
  authScopes: PUBLIC,
  fields: (t) => ({
    code: t.exposeString('code'),
    version: t.exposeInt('version'),
    label: t.string({ resolve: (p, _a, ctx) => p.label[ctx.locale] }),
    method: t.field({ type: DrawMethodEnum, resolve: (p) => p.method }),
    gradeWeights: t.field({
      type: [GradeWeightRef],
      resolve: (p) => CREDIT_GRADES.map((grade) => ({ grade, weight: p.method === 'EQUAL' ? 1 : p.gradeWeights[grade] })),
    }),
    blackListWeight: t.exposeInt('blackListWeight'),
    unmanagedWeight: t.exposeInt('unmanagedWeight'),
    excludeTownshipConflicts: t.boolean({ resolve: (p) => p.excludeConflicts.township }),
    excludeDepartmentConflicts: t.boolean({ resolve: (p) => p.excludeConflicts.department }),
    teamSize: t.exposeInt('teamSize', { description: 'Inspectors per community unless the plan says otherwise' }),
  }),
});

const unitName = (i: PoolInspector) => i.township?.name ?? i.department?.name ?? null;

export const PoolInspectorRef = builder.objectRef<PoolInspector>('PoolInspector').implement({
  description: '执法检查人员名录库 — an inspector who may be drawn',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    badgeNo: t.exposeString('badgeNo'),
    townshipId: t.id({ nullable: true, resolve: (i) => (i.township ? String(i.township.id) : null) }),
    departmentId: t.id({ nullable: true, resolve: (i) => (i.department ? String(i.department.id) : null) }),
    unitName: t.string({ nullable: true, description: 'The township or department the inspector comes from (none: the bureau)', resolve: unitName }),
    active: t.exposeBoolean('active'),
  }),
});

const DrawnInspectorRef = builder.objectRef<PoolInspector>('DrawnInspector').implement({
  description: 'An inspector drawn for a community, as published',
  authScopes: PUBLIC,
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    unitName: t.string({ nullable: true, resolve: unitName }),
  }),
});

const DrawResultRef = builder.objectRef<NonNullable<DrawnCommunityView['row']['inspection']>>('DrawResult').implement({
  description: 'The inspection of a drawn community, as published: its score and the number of findings',
  authScopes: PUBLIC,
  fields: (t) => ({
    inspectionId: t.id({ resolve: (i) => String(i.id) }),
    date: t.expose('date', { type: 'Date' }),
    score: t.float({ nullable: true, resolve: (i) => i.score ?? null }),
    grade: t.field({ type: InspectionGradeEnum, nullable: true, resolve: (i) => i.grade ?? null }),
    refusedToCooperate: t.exposeBoolean('refusedToCooperate'),
    findingCount: t.int({ resolve: (i) => findingsOf(i.deductions).length }),
  }),
});

const DrawnCommunityRef = builder.objectRef<DrawnCommunityView>('DrawnCommunity').implement({
  description: 'A community drawn, in draw order, with its team and result',
  authScopes: PUBLIC,
  fields: (t) => ({
    id: t.id({ resolve: (v) => String(v.row.id) }),
    position: t.int({ resolve: (v) => v.row.position }),
    weight: t.int({ description: 'Its weight in the draw (from its firm’s risk under the policy)', resolve: (v) => v.row.weight }),
    communityId: t.id({ resolve: (v) => String(v.row.community.id) }),
    communityName: t.string({ resolve: (v) => v.row.community.name }),
    townshipName: t.string({ resolve: (v) => v.row.township.name }),
    enterpriseName: t.string({ nullable: true, description: 'The firm serving it on the day of the draw', resolve: (v) => v.row.enterprise?.name ?? null }),
    inspectors: t.field({ type: [DrawnInspectorRef], resolve: (v) => v.team }),
    result: t.field({ type: DrawResultRef, nullable: true, resolve: (v) => v.row.inspection ?? null }),
  }),
});

const DrawActionRef = builder.objectRef<ActionAvailability<RandomDrawAction>>('RandomDrawAvailableAction').implement({
  description: 'An action the caller may take on a draw, and whether it can be taken now',
  authScopes: PUBLIC,
  fields: (t) => ({
    action: t.field({ type: RandomDrawActionEnum, resolve: (a) => a.action }),
    available: t.exposeBoolean('available'),
    reason: t.string({ nullable: true, resolve: (a, _a, ctx) => (a.reason ? messageFor(a.reason, ctx.locale) : null) }),
  }),
});

const ReproductionRef = builder.objectRef<DrawReproduction>('DrawReproduction').implement({
  description: 'The draw recomputed from its stored policy, seed and inputs, compared with the recorded list',
  authScopes: PUBLIC,
  fields: (t) => ({
    matches: t.exposeBoolean('matches', { description: 'The recomputed list (communities, order, weights, teams) is the recorded one' }),
    recomputedCommunityIds: t.idList({ resolve: (r) => r.recomputed.map((c) => c.id) }),
    recordedCommunityIds: t.idList({ resolve: (r) => r.recorded.map((c) => c.id) }),
    problems: t.stringList({
      description: 'Why the stored inputs give no draw at all',
      resolve: (r, _a, ctx) => r.issues.map((i) => messageFor(i, ctx.locale)),
    }),
  }),
});

export const RandomDrawRef = builder.objectRef<RandomDraw>('RandomDraw').implement({
  description: '抽查计划 — a random inspection draw: once drawn its seed and inputs are recorded so anyone can reproduce it',
  authScopes: PUBLIC,
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    policy: t.field({ type: PolicyRef, resolve: (d) => randomInspectionPolicy(d.policyCode, d.policyVersion)! }),
    communityCount: t.exposeInt('communityCount'),
    teamSize: t.exposeInt('teamSize'),
    dueBy: t.expose('dueBy', { type: 'Date' }),
    status: t.field({ type: RandomDrawStatusEnum, resolve: (d) => d.status }),
    seed: t.string({ nullable: true, resolve: (d) => d.seed ?? null }),
    inputs: t.field({
      type: 'JSON',
      nullable: true,
      description:
        'The inputs the draw was made from: { communityCount, teamSize, communities: [{ id, grade, listStatus, townshipIds, departmentIds }], inspectors: [{ id, townshipId, departmentId }] }',
      resolve: (d) => d.inputs ?? null,
    }),
    drawnAt: t.expose('drawnAt', { type: 'DateTime', nullable: true }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true }),
    communities: t.field({
      type: [DrawnCommunityRef],
      description: 'The drawn communities the caller sees, in draw order',
      resolve: (d, _a, ctx) => drawnCommunitiesFor(ctx.em, d, drawViewer(ctx)),
    }),
    reproduction: t.field({
      type: ReproductionRef,
      nullable: true,
      description: 'Recomputes the draw now from its seed and inputs (null before it is drawn)',
      resolve: (d, _a, ctx) => reproduceDraw(ctx.em, d),
    }),
    availableActions: t.field({ type: [DrawActionRef], resolve: (d, _a, ctx) => randomDrawActions(d, ctx.principal) }),
  }),
});

builder.queryField('randomInspectionPolicies', (t) =>
  t.field({
    type: [PolicyRef],
    authScopes: PUBLIC,
    description: 'The random inspection policies a draw may use',
    resolve: () => [...RANDOM_INSPECTION_POLICIES],
  }),
);

builder.queryField('randomDraws', (t) =>
  t.field({
    type: [RandomDrawRef],
    description: 'Draws, newest first: published ones for everyone (no login needed); the bureau every plan; a township or department the draws concerning it',
    authScopes: PUBLIC,
    resolve: (_r, _a, ctx) => drawsFor(ctx.em, drawViewer(ctx)),
  }),
);

builder.queryField('randomDraw', (t) =>
  t.field({
    type: RandomDrawRef,
    nullable: true,
    authScopes: PUBLIC,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, a, ctx) => drawFor(ctx.em, parseId(a.id) ?? 0, drawViewer(ctx)),
  }),
);

builder.queryField('poolInspectors', (t) =>
  t.field({
    type: [PoolInspectorRef],
    authScopes: READ,
    description: 'The inspector pool (执法检查人员名录库)',
    resolve: (_r, _a, ctx) => poolInspectors(ctx.em),
  }),
);

const PoolInspectorInput = builder.inputType('PoolInspectorInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    badgeNo: t.string({ required: true }),
    townshipId: t.id({ required: false }),
    departmentId: t.id({ required: false }),
  }),
});

builder.mutationField('addPoolInspector', (t) =>
  t.field({
    type: PoolInspectorRef,
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { input: t.arg({ type: PoolInspectorInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      auditedWrite(
        ctx,
        async (em) => {
          const inspector = await addPoolInspector(em, input);
          return { result: inspector, audit: { action: 'poolInspector.add', entityType: 'PoolInspector', entityId: inspector.id, changes: { ...input } } };
        },
        { badge_no: 'badgeNo' },
      ),
  }),
);

builder.mutationField('setPoolInspectorActive', (t) =>
  t.field({
    type: PoolInspectorRef,
    description: 'Takes an inspector out of future draws, or back in',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { id: t.arg.id({ required: true }), active: t.arg.boolean({ required: true }) },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const found = await poolInspectorById(em, parseId(a.id) ?? 0);
        if (!found) throw notFound('entity.poolInspector', a.id, ctx.locale);
        const inspector = await setPoolInspectorActive(em, found, a.active);
        return {
          result: inspector,
          audit: { action: 'poolInspector.setActive', entityType: 'PoolInspector', entityId: inspector.id, changes: { active: a.active } },
        };
      }),
  }),
);

const RandomDrawInput = builder.inputType('RandomDrawInput', {
  fields: (t) => ({
    title: t.string({ required: true }),
    policyCode: t.string({ required: true, description: 'RISK_WEIGHTED or EQUAL (see randomInspectionPolicies); the latest version in force is used' }),
    communityCount: t.int({ required: true }),
    teamSize: t.int({ required: false, description: 'Defaults to the policy’s' }),
    dueBy: t.field({ type: 'Date', required: true }),
  }),
});

builder.mutationField('createRandomDraw', (t) =>
  t.field({
    type: RandomDrawRef,
    description: 'Plans a draw (PLANNED)',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { input: t.arg({ type: RandomDrawInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      auditedWrite(ctx, async (em) => {
        const draw = await createDraw(em, input, loopActor(ctx), nowOf(ctx));
        return { result: draw, audit: { action: 'randomDraw.create', entityType: 'RandomDraw', entityId: draw.id, changes: { ...input } } };
      }),
  }),
);

const drawWrite = (
  name: string,
  description: string,
  args: 'seed' | null,
  run: (em: Parameters<Parameters<typeof auditedWrite>[1]>[0], draw: RandomDraw, ctx: Context, seed: string | null) => Promise<RandomDraw>,
) =>
  builder.mutationField(name, (t) =>
    t.field({
      type: RandomDrawRef,
      description,
      authScopes: MANAGE,
      errors: { types: WRITE_ERRORS },
      args: {
        id: t.arg.id({ required: true }),
        ...(args ? { seed: t.arg.string({ required: false, description: 'The seed to draw with; none: a fresh random one is recorded' }) } : {}),
      },
      resolve: (_r, a, ctx) =>
        auditedWrite(ctx, async (em) => {
          const found = await randomDrawById(em, parseId(a.id) ?? 0);
          if (!found) throw notFound(DRAW, a.id, ctx.locale);
          const seed = (a as { seed?: string | null }).seed ?? null;
          const draw = await run(em, found, ctx, seed);
          return {
            result: draw,
            audit: { action: `randomDraw.${name}`, entityType: 'RandomDraw', entityId: draw.id, changes: { status: draw.status, seed: draw.seed ?? null } },
          };
        }),
    }),
  );

drawWrite('performRandomDraw', 'Makes the draw: records the seed and the inputs gathered now and stores the list (DRAWN)', 'seed', (em, d, ctx, seed) =>
  performDraw(em, d, seed, loopActor(ctx), nowOf(ctx)),
);
drawWrite('publishRandomDraw', 'Publishes a drawn list on the public page (PUBLISHED)', null, (em, d, ctx) => publishDraw(em, d, loopActor(ctx), nowOf(ctx)));

const DrawResultInput = builder.inputType('RandomDrawResultInput', {
  fields: (t) => ({
    drawnCommunityId: t.id({ required: true }),
    date: t.field({ type: 'Date', required: true, description: 'Between the draw and today' }),
    deductions: t.field({ type: [DeductionInput], required: false }),
    refusedToCooperate: t.boolean({ required: false }),
    note: t.string({ required: false }),
    turnFindings: t.boolean({ required: false, description: 'Put every finding into the closed-loop ledger at once' }),
  }),
});

builder.mutationField('recordRandomDrawResult', (t) =>
  t.field({
    type: RandomDrawRef,
    description: 'Records a drawn community’s inspection (kind RANDOM, by the drawn team); its findings may enter the ledger at once',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { input: t.arg({ type: DrawResultInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      auditedWrite(ctx, async (em) => {
        const row = await drawnCommunityById(em, parseId(input.drawnCommunityId) ?? 0);
        if (!row) throw notFound('entity.drawnCommunity', input.drawnCommunityId, ctx.locale);
        const out = await recordDrawResult(
          em,
          row,
          {
            date: input.date,
            deductions: (input.deductions ?? []).map((d) => ({ itemId: d.itemId, points: d.points, note: d.note ?? null })),
            refusedToCooperate: input.refusedToCooperate ?? false,
            note: input.note ?? null,
            turnFindings: input.turnFindings ?? false,
          },
          loopActor(ctx),
          nowOf(ctx),
        );
        const draw = (await randomDrawById(em, row.draw.id))!;
        return {
          result: draw,
          audit: {
            action: 'randomDraw.recordResult',
            entityType: 'RandomDraw',
            entityId: draw.id,
            changes: { drawnCommunityId: row.id, inspectionId: out.inspection.id, issueIds: out.issues.map((i) => i.id) },
          },
        };
      }),
  }),
);
