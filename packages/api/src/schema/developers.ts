import {
  createDeveloper,
  decideRecommendation,
  Developer,
  developerFor,
  projectsOf,
  proposeRecommendation,
  recommendationById,
  recommendationEligibility,
  recommendationsList,
  recordDeveloperProject,
  rowsByIds,
  updateDeveloper,
  type CreditRecommendation,
  type DeveloperProject,
  type DeveloperViewer,
  Enterprise,
} from '@wuye/db';
import {
  can,
  maskName,
  maskPhone,
  messageFor,
  policyOn,
  recommendationActions,
  scopeOf,
  seesPersonalData,
  WARRANTY_ELEMENT_LABELS,
  WARRANTY_ELEMENTS,
  WARRANTY_POLICIES,
  warrantyLastDay,
  type ActionAvailability,
  type FieldIssue,
  type RecommendationAction,
  type WarrantyElement,
  type WarrantyPolicy,
} from '@wuye/domain';
import type { FilterQuery } from '@mikro-orm/core';
import { builder } from '../builder.js';
import { loopActor } from '../closed-loop-write.js';
import type { Context } from '../context.js';
import { notFound } from '../errors.js';
import { defineListQuery, idsWhere, likePattern } from '../paging.js';
import { and } from '../scoping.js';
import { nowOf, todayOf } from '../today.js';
import { auditedWrite, parseId, reference } from '../write.js';
import { WRITE_ERRORS } from './errors.js';
import { CreditGradeEnum, IssueRef, RecommendationActionEnum, RecommendationStatusEnum, WarrantyElementEnum } from './refs/index.js';

/**
 * 建设单位 and 向上级推荐信用升级 (docs/developers.md). The bureau keeps the developer registry (developer:manage); every
 * other signed-in role but an agency reads it, a firm manager only the developers of communities its firm serves, and
 * the contact is masked for all but the bureau. Recommendations are the bureau's (recommendation:manage), analysts
 * read them. Commands in @wuye/db developers/, rules in @wuye/domain developers/.
 */

const READ = { perm: 'developer:read' } as const;
const MANAGE = { perm: 'developer:manage' } as const;
const REC_READ = { perm: 'recommendation:read' } as const;
const REC_MANAGE = { perm: 'recommendation:manage' } as const;

/** The caller's view of developers (see DeveloperViewer). */
export function developerViewer(ctx: Pick<Context, 'principal'>): DeveloperViewer {
  if (!can(ctx.principal, 'developer:read')) return { kind: 'NONE' };
  const s = scopeOf(ctx.principal);
  if (s.kind === 'ENTERPRISE') return { kind: 'ENTERPRISE', enterpriseId: Number(s.enterpriseId) };
  return { kind: 'ALL' };
}

/** Row scope of the developer list: a firm sees those that built a community it serves. */
function developerScope(ctx: Context): FilterQuery<Developer> {
  const v = developerViewer(ctx);
  if (v.kind === 'ALL') return {};
  if (v.kind === 'ENTERPRISE') return { projects: { $some: { community: { enterprise: v.enterpriseId } } } };
  return { id: { $in: [] as number[] } };
}

export const DeveloperRef = builder.loadableObjectRef<Developer, number>('Developer', {
  load: (ids: number[], ctx: Context) => rowsByIds(ctx.em, Developer, ids),
  sort: (d) => d.id,
});

interface WarrantyPeriod {
  element: WarrantyElement;
  years: number;
  lastDay: string;
  today: string;
}

const WarrantyPeriodRef = builder.objectRef<WarrantyPeriod>('WarrantyPeriod').implement({
  description: 'One element’s warranty in a community: its years under the policy in force at handover and its last day',
  authScopes: READ,
  fields: (t) => ({
    element: t.field({ type: WarrantyElementEnum, resolve: (w) => w.element }),
    label: t.string({ resolve: (w, _a, ctx) => WARRANTY_ELEMENT_LABELS[w.element][ctx.locale] }),
    years: t.exposeInt('years'),
    lastDay: t.field({ type: 'Date', description: 'The last day under warranty (inclusive)', resolve: (w) => w.lastDay }),
    inWarranty: t.boolean({ description: 'Today is on or before the last day', resolve: (w) => w.today <= w.lastDay }),
  }),
});

const warrantyPolicyAt = (day: string): WarrantyPolicy | undefined => policyOn(WARRANTY_POLICIES, day);

const DeveloperProjectRef = builder.objectRef<DeveloperProject>('DeveloperProject').implement({
  description: 'A community a developer built and the day it was handed over (交付), from which its warranties run',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id'),
    developerId: t.id({ resolve: (p) => p.developer.id }),
    communityId: t.id({ resolve: (p) => p.community.id }),
    communityName: t.string({ resolve: (p) => p.community.name }),
    townshipName: t.string({ resolve: (p) => p.community.township.name }),
    handoverDate: t.expose('handoverDate', { type: 'Date' }),
    warranties: t.field({
      type: [WarrantyPeriodRef],
      description: 'Each element’s warranty under the policy in force at handover (none before the first policy)',
      resolve: (p, _a, ctx) => {
        const policy = warrantyPolicyAt(p.handoverDate);
        const today = todayOf(ctx);
        return policy
          ? WARRANTY_ELEMENTS.map((element) => ({
              element,
              years: policy.years[element],
              lastDay: warrantyLastDay(p.handoverDate, policy.years[element]),
              today,
            }))
          : [];
      },
    }),
  }),
});

DeveloperRef.implement({
  description: '建设单位 — a developer that built communities in the county and owes warranty repairs there',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    uscc: t.exposeString('uscc'),
    contactPerson: t.string({
      nullable: true,
      description: 'Personal data: masked for all but the bureau',
      resolve: (d, _a, ctx) => (d.contactPerson == null || seesPersonalData(ctx.principal) ? (d.contactPerson ?? null) : maskName(d.contactPerson)),
    }),
    contactPhone: t.string({
      nullable: true,
      description: 'Personal data: masked for all but the bureau',
      resolve: (d, _a, ctx) => (d.contactPhone == null || seesPersonalData(ctx.principal) ? (d.contactPhone ?? null) : maskPhone(d.contactPhone)),
    }),
    address: t.exposeString('address', { nullable: true }),
    projects: t.loadableGroup({
      type: DeveloperProjectRef,
      description: 'The communities it built that the caller sees (a firm: those it serves), by handover date',
      load: (ids: number[], ctx: Context) => projectsOf(ctx.em, ids, developerViewer(ctx)),
      group: (p) => p.developer.id,
      resolve: (d) => d.id,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

// The developer a warranty issue names, on the issue itself (the issue's own scope applies).
builder.objectFields(IssueRef, (t) => ({
  warrantyElement: t.field({
    type: WarrantyElementEnum,
    nullable: true,
    description: 'The element of a building-quality issue (保修部位)',
    resolve: (i) => i.warrantyElement ?? null,
  }),
  warrantyLastDay: t.field({ type: 'Date', nullable: true, description: 'The element’s last day under warranty', resolve: (i) => i.warrantyLastDay ?? null }),
  developerId: t.id({
    nullable: true,
    description: 'The developer that owes the repair (raised within the warranty)',
    resolve: (i) => i.developer?.id ?? null,
  }),
  developer: t.field({ type: DeveloperRef, nullable: true, authScopes: READ, resolve: (i) => i.developer?.id ?? null }),
}));

const WarrantyPolicyPeriodRef = builder.objectRef<{ element: WarrantyElement; years: number }>('WarrantyPolicyPeriod').implement({
  authScopes: READ,
  fields: (t) => ({
    element: t.field({ type: WarrantyElementEnum, resolve: (p) => p.element }),
    label: t.string({ resolve: (p, _a, ctx) => WARRANTY_ELEMENT_LABELS[p.element][ctx.locale] }),
    years: t.exposeInt('years'),
  }),
});

const WarrantyPolicyRef = builder.objectRef<WarrantyPolicy>('WarrantyPolicy').implement({
  description: '保修期: the warranty years per element (versioned data; the version in force at handover governs)',
  authScopes: READ,
  fields: (t) => ({
    version: t.exposeInt('version'),
    effectiveFrom: t.exposeString('effectiveFrom'),
    label: t.string({ resolve: (p, _a, ctx) => p.label[ctx.locale] }),
    periods: t.field({ type: [WarrantyPolicyPeriodRef], resolve: (p) => WARRANTY_ELEMENTS.map((element) => ({ element, years: p.years[element] })) }),
  }),
});

builder.queryField('warrantyPolicies', (t) =>
  t.field({ type: [WarrantyPolicyRef], authScopes: READ, description: 'Every version of the warranty policy', resolve: () => [...WARRANTY_POLICIES] }),
);

const DeveloperFilter = builder.inputType('DeveloperFilter', {
  fields: (t) => ({
    q: t.string({ required: false, description: 'Text in the name or USCC' }),
    ids: t.idList({ required: false }),
  }),
});

defineListQuery({
  name: 'developers',
  description: 'The developer registry (建设单位) within the caller’s scope, paged',
  entity: Developer,
  ref: DeveloperRef,
  sortFields: ['name', 'uscc', 'createdAt'],
  filter: DeveloperFilter,
  permission: 'developer:read',
  where: (ctx, f) => {
    const like = f?.q ? likePattern(f.q) : null;
    return and<Developer>(
      developerScope(ctx),
      idsWhere(f?.ids),
      like ? { $or: [{ name: { $like: like } }, { uscc: { $like: likePattern(f!.q!.toUpperCase()) } }] } : {},
    );
  },
});

builder.queryField('developer', (t) =>
  t.field({
    type: DeveloperRef,
    nullable: true,
    authScopes: READ,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, a, ctx) => developerFor(ctx.em, parseId(a.id) ?? 0, developerViewer(ctx)),
  }),
);

const DeveloperInput = builder.inputType('DeveloperInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    uscc: t.string({ required: true, description: '统一社会信用代码 (checked like a firm’s)' }),
    contactPerson: t.string({ required: false }),
    contactPhone: t.string({ required: false }),
    address: t.string({ required: false }),
  }),
});

const DeveloperUpdateInput = builder.inputType('DeveloperUpdateInput', {
  fields: (t) => ({
    name: t.string({ required: false }),
    uscc: t.string({ required: false }),
    contactPerson: t.string({ required: false }),
    contactPhone: t.string({ required: false }),
    address: t.string({ required: false }),
  }),
});

builder.mutationField('createDeveloper', (t) =>
  t.field({
    type: DeveloperRef,
    description: 'Registers a developer (建设单位)',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { input: t.arg({ type: DeveloperInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      auditedWrite(
        ctx,
        async (em) => {
          const d = await createDeveloper(em, input);
          return { result: d, audit: { action: 'developer.create', entityType: 'Developer', entityId: d.id, changes: { ...input } } };
        },
        { uscc: 'uscc' },
      ),
  }),
);

/** Drops the fields given as null for required columns (GraphQL sends null for "not given" on optional inputs). */
const patchOf = (input: Record<string, string | null | undefined>) =>
  Object.fromEntries(Object.entries(input).filter(([k, v]) => v !== undefined && !(v === null && (k === 'name' || k === 'uscc'))));

builder.mutationField('updateDeveloper', (t) =>
  t.field({
    type: DeveloperRef,
    description: 'Changes a developer’s record (the fields given)',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: DeveloperUpdateInput, required: true }) },
    resolve: (_r, a, ctx) =>
      auditedWrite(
        ctx,
        async (em) => {
          const d = await em.findOne(Developer, { id: parseId(a.id) ?? 0 });
          if (!d) throw notFound('entity.developer', String(a.id), ctx.locale);
          const changes = await updateDeveloper(em, d, patchOf(a.input));
          return { result: d, audit: { action: 'developer.update', entityType: 'Developer', entityId: d.id, changes } };
        },
        { uscc: 'uscc' },
      ),
  }),
);

builder.mutationField('addDeveloperProject', (t) =>
  t.field({
    type: DeveloperRef,
    description: 'Records a community the developer built and its handover date (one developer per community)',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { id: t.arg.id({ required: true }), communityId: t.arg.id({ required: true }), handoverDate: t.arg({ type: 'Date', required: true }) },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const d = await em.findOne(Developer, { id: parseId(a.id) ?? 0 });
        if (!d) throw notFound('entity.developer', String(a.id), ctx.locale);
        const p = await recordDeveloperProject(em, d, { communityId: a.communityId, handoverDate: a.handoverDate }, nowOf(ctx));
        return {
          result: d,
          audit: {
            action: 'developer.addProject',
            entityType: 'Developer',
            entityId: d.id,
            changes: { projectId: p.id, communityId: a.communityId, handoverDate: a.handoverDate },
          },
        };
      }),
  }),
);

// ————— 向上级推荐信用升级 —————

const RecommendationActionRef = builder.objectRef<ActionAvailability<RecommendationAction>>('RecommendationAvailableAction').implement({
  description: 'An action the caller may take on a recommendation, and whether it can be taken now',
  authScopes: REC_READ,
  fields: (t) => ({
    action: t.field({ type: RecommendationActionEnum, resolve: (a) => a.action }),
    available: t.exposeBoolean('available'),
    reason: t.string({ nullable: true, resolve: (a, _a, ctx) => (a.reason ? messageFor(a.reason, ctx.locale) : null) }),
  }),
});

const RecommendationRef = builder.objectRef<CreditRecommendation>('CreditRecommendation').implement({
  description: '向上级推荐信用升级 — a firm proposed with reasons by a regulator and decided by another',
  authScopes: REC_READ,
  fields: (t) => ({
    id: t.exposeID('id'),
    enterpriseId: t.id({ resolve: (r) => r.enterprise.id }),
    enterpriseName: t.string({ resolve: (r) => r.enterprise.name }),
    uscc: t.string({ resolve: (r) => r.enterprise.uscc }),
    grade: t.field({ type: CreditGradeEnum, description: 'The firm’s grade now', resolve: (r) => r.enterprise.grade }),
    gradeAtProposal: t.field({ type: CreditGradeEnum, resolve: (r) => r.gradeAtProposal }),
    scoreAtProposal: t.exposeFloat('scoreAtProposal'),
    reasons: t.exposeString('reasons'),
    status: t.field({ type: RecommendationStatusEnum, resolve: (r) => r.status }),
    proposedOn: t.expose('proposedOn', { type: 'Date' }),
    proposedByName: t.string({ nullable: true, resolve: (r) => r.proposedBy?.displayName ?? null }),
    decidedOn: t.expose('decidedOn', { type: 'Date', nullable: true }),
    decidedByName: t.string({ nullable: true, resolve: (r) => r.decidedBy?.displayName ?? null }),
    decisionNote: t.exposeString('decisionNote', { nullable: true }),
    availableActions: t.field({
      type: [RecommendationActionRef],
      resolve: async (r, _a, ctx) => {
        if (!can(ctx.principal, 'recommendation:manage') || r.status !== 'PROPOSED') return recommendationActions(stateOf(r), ctx.principal, null);
        const eligibility = await recommendationEligibility(ctx.em, r.enterprise, todayOf(ctx), r.id);
        return recommendationActions(stateOf(r), ctx.principal, eligibility);
      },
    }),
  }),
});

const stateOf = (r: CreditRecommendation) => ({ status: r.status, proposedById: r.proposedBy ? String(r.proposedBy.id) : null });

builder.queryField('creditRecommendations', (t) =>
  t.field({
    type: [RecommendationRef],
    authScopes: REC_READ,
    description: 'Recommendations of firms for a credit upgrade, latest first (APPROVED: the list sent upward)',
    args: { status: t.arg({ type: RecommendationStatusEnum, required: false }) },
    resolve: (_r, a, ctx) => recommendationsList(ctx.em, { status: a.status ?? null }),
  }),
);

const EligibilityRef = builder.objectRef<{ eligible: boolean; reason: FieldIssue | null }>('RecommendationEligibility').implement({
  authScopes: REC_MANAGE,
  fields: (t) => ({
    eligible: t.exposeBoolean('eligible'),
    reason: t.string({ nullable: true, resolve: (e, _a, ctx) => (e.reason ? messageFor(e.reason, ctx.locale) : null) }),
  }),
});

builder.queryField('recommendationEligibility', (t) =>
  t.field({
    type: EligibilityRef,
    authScopes: REC_MANAGE,
    description: 'Whether a firm can be recommended for a credit upgrade today, and why not',
    args: { enterpriseId: t.arg.id({ required: true }) },
    resolve: async (_r, a, ctx) => {
      const issues: FieldIssue[] = [];
      const firm = await reference(ctx.em, Enterprise, 'enterpriseId', a.enterpriseId, issues);
      if (!firm) return { eligible: false, reason: issues[0] ?? { field: 'enterpriseId', code: 'REQUIRED' } };
      const reason = await recommendationEligibility(ctx.em, firm, todayOf(ctx));
      return { eligible: reason === null, reason };
    },
  }),
);

builder.mutationField('proposeCreditRecommendation', (t) =>
  t.field({
    type: RecommendationRef,
    description: 'Proposes a firm for a credit upgrade with reasons (the firm must be eligible today)',
    authScopes: REC_MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { enterpriseId: t.arg.id({ required: true }), reasons: t.arg.string({ required: true }) },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const rec = await proposeRecommendation(em, { enterpriseId: a.enterpriseId, reasons: a.reasons }, loopActor(ctx), nowOf(ctx));
        await em.populate(rec, ['enterprise', 'proposedBy']);
        return {
          result: rec,
          audit: { action: 'recommendation.propose', entityType: 'Enterprise', entityId: rec.enterprise.id, changes: { ...a, recommendationId: rec.id } },
        };
      }),
  }),
);

builder.mutationField('decideCreditRecommendation', (t) =>
  t.field({
    type: RecommendationRef,
    description: 'Approves (the firm still eligible) or rejects (with a note) a proposed recommendation; not by its proposer',
    authScopes: REC_MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { id: t.arg.id({ required: true }), approve: t.arg.boolean({ required: true }), note: t.arg.string({ required: false }) },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const rec = await recommendationById(em, parseId(a.id) ?? 0);
        if (!rec) throw notFound('entity.creditRecommendation', String(a.id), ctx.locale);
        await decideRecommendation(em, rec, { approve: a.approve, note: a.note }, loopActor(ctx), nowOf(ctx));
        await em.populate(rec, ['decidedBy']);
        return {
          result: rec,
          audit: {
            action: a.approve ? 'recommendation.approve' : 'recommendation.reject',
            entityType: 'CreditRecommendation',
            entityId: rec.id,
            changes: { note: a.note ?? null },
          },
        };
      }),
  }),
);
