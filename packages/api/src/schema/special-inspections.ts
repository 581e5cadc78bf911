import {
  checklistOf,
  completeSpecialInspection,
  Department,
  issuesOfSpecialInspections,
  planSpecialInspection,
  recordSpecialInspectionItem,
  specialInspectionFor,
  specialInspectionsFor,
  specialState,
  startSpecialInspection,
  type Em,
  type SpecialInspection,
} from '@wuye/db';
import {
  messageFor,
  runnableTypes,
  SPECIAL_INSPECTION_ACTIONS,
  SPECIAL_INSPECTION_STATUSES,
  SPECIAL_INSPECTION_TYPES,
  specialInspectionActions,
  specialInspectionPolicy,
  specialProgress,
  type ActionAvailability,
  type Principal,
  type SpecialChecklistItem,
  type SpecialInspectionAction,
  type SpecialInspectionType,
} from '@wuye/domain';
import { builder } from '../builder.js';
import { loopActor } from '../closed-loop-write.js';
import type { Context } from '../context.js';
import { notFound } from '../errors.js';
import { nowOf, todayOf } from '../today.js';
import { auditedWrite } from '../write.js';
import { WRITE_ERRORS } from './errors.js';
import { CommunityRef, DepartmentRef, EnterpriseRef, IssueCategoryEnum, IssueRef, TownshipRef } from './refs/index.js';

/**
 * 专项检查 (docs/special-inspections.md): a department runs the special inspections of its remit's types with their
 * checklists (versioned policy data in @wuye/domain); completing one puts each failed item into the ledger. A
 * department sees its own, the bureau all, a firm those of the communities it serves; nobody else any.
 * Commands in @wuye/db (special-inspections/).
 */
const READ = { perm: 'specialInspection:read' } as const;
const RUN = { perm: 'specialInspection:run' } as const;
const ENTITY = 'entity.specialInspection';

const TypeEnum = builder.enumType('SpecialInspectionType', { values: SPECIAL_INSPECTION_TYPES });
const StatusEnum = builder.enumType('SpecialInspectionStatus', { values: SPECIAL_INSPECTION_STATUSES });
const ActionEnum = builder.enumType('SpecialInspectionAction', { values: SPECIAL_INSPECTION_ACTIONS });

const typeLabel = (type: SpecialInspectionType, version: number, ctx: Context) => specialInspectionPolicy(version)?.templates[type].label[ctx.locale] ?? type;

const ChecklistItemRef = builder.objectRef<SpecialChecklistItem>('SpecialChecklistItem').implement({
  description: 'One item of a special inspection checklist; a failed item becomes an issue of its category',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id'),
    text: t.exposeString('text'),
    category: t.field({ type: IssueCategoryEnum, resolve: (i) => i.category }),
  }),
});

interface TemplateView {
  type: SpecialInspectionType;
  version: number;
  items: readonly SpecialChecklistItem[];
}

const TemplateRef = builder.objectRef<TemplateView>('SpecialInspectionTemplate').implement({
  description: 'The checklist of a special inspection type in the policy version in force',
  authScopes: READ,
  fields: (t) => ({
    type: t.field({ type: TypeEnum, resolve: (v) => v.type }),
    label: t.string({ resolve: (v, _a, ctx) => typeLabel(v.type, v.version, ctx) }),
    version: t.exposeInt('version'),
    items: t.field({ type: [ChecklistItemRef], resolve: (v) => [...v.items] }),
  }),
});

/** The types a caller is shown: a department those its remit covers; the bureau and firms all. */
async function typesFor(ctx: Context): Promise<SpecialInspectionType[]> {
  const policy = specialInspectionPolicy(undefined, todayOf(ctx));
  if (!policy) return [];
  const p = ctx.principal as Principal;
  if (p.role !== 'DEPARTMENT') return [...SPECIAL_INSPECTION_TYPES];
  const department = await ctx.em.findOne(Department, { id: Number(p.departmentId ?? 0) });
  return department ? runnableTypes(department.remit, policy) : [];
}

builder.queryField('specialInspectionTemplates', (t) =>
  t.field({
    type: [TemplateRef],
    description: 'Special inspection checklists in force today (a department: the types of its remit only)',
    authScopes: READ,
    resolve: async (_r, _a, ctx) => {
      const policy = specialInspectionPolicy(undefined, todayOf(ctx));
      if (!policy) return [];
      return (await typesFor(ctx)).map((type) => ({ type, version: policy.version, items: policy.templates[type].items }));
    },
  }),
);

interface ItemView extends SpecialChecklistItem {
  passed: boolean | null;
  note: string | null;
}

const ItemRef = builder.objectRef<ItemView>('SpecialInspectionItem').implement({
  description: 'A checklist item of one inspection with its result (null until recorded)',
  authScopes: READ,
  fields: (t) => ({
    itemId: t.exposeID('id'),
    text: t.exposeString('text'),
    category: t.field({ type: IssueCategoryEnum, resolve: (i) => i.category }),
    passed: t.exposeBoolean('passed', { nullable: true }),
    note: t.exposeString('note', { nullable: true }),
  }),
});

const ProgressRef = builder.objectRef<{ total: number; recorded: number; failed: number }>('SpecialInspectionProgress').implement({
  authScopes: READ,
  fields: (t) => ({ total: t.exposeInt('total'), recorded: t.exposeInt('recorded'), failed: t.exposeInt('failed') }),
});

const AvailableActionRef = builder.objectRef<ActionAvailability<SpecialInspectionAction>>('SpecialInspectionAvailableAction').implement({
  description: 'An action the caller may take on a special inspection, and why not when it cannot be taken now',
  authScopes: READ,
  fields: (t) => ({
    action: t.field({ type: ActionEnum, resolve: (a) => a.action }),
    available: t.exposeBoolean('available'),
    reason: t.string({ nullable: true, resolve: (a, _args, ctx) => (a.reason ? messageFor(a.reason, ctx.locale) : null) }),
  }),
});

const SpecialInspectionRef = builder.objectRef<SpecialInspection>('SpecialInspection').implement({
  description: '专项检查 — a department’s special inspection of one community with its checklist',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id'),
    type: t.field({ type: TypeEnum, resolve: (s) => s.type }),
    typeLabel: t.string({ resolve: (s, _a, ctx) => typeLabel(s.type, s.policyVersion, ctx) }),
    policyVersion: t.exposeInt('policyVersion', { description: 'The checklist version it was planned under and is read against' }),
    department: t.field({ type: DepartmentRef, resolve: (s) => s.department.id }),
    community: t.field({ type: CommunityRef, nullable: true, resolve: (s) => s.community.id }),
    township: t.field({ type: TownshipRef, resolve: (s) => s.township.id }),
    enterprise: t.field({ type: EnterpriseRef, nullable: true, resolve: (s) => s.enterprise?.id ?? null }),
    status: t.field({ type: StatusEnum, resolve: (s) => s.status }),
    plannedOn: t.expose('plannedOn', { type: 'Date' }),
    startedOn: t.expose('startedOn', { type: 'Date', nullable: true }),
    completedOn: t.expose('completedOn', { type: 'Date', nullable: true }),
    inspectors: t.exposeString('inspectors', { description: 'The department’s officers on site (officials, not personal data)' }),
    note: t.exposeString('note', { nullable: true }),
    items: t.field({
      type: [ItemRef],
      description: 'The checklist in order, each with its result',
      resolve: (s) =>
        checklistOf(s).map((i) => {
          const r = s.results.find((x) => x.itemId === i.id);
          return { ...i, passed: r ? r.passed : null, note: r?.note ?? null };
        }),
    }),
    progress: t.field({ type: ProgressRef, resolve: (s) => specialProgress(checklistOf(s), s.results) }),
    issues: t.loadableList({
      type: IssueRef,
      description: 'The issues its failed items became in the ledger (once completed)',
      load: async (ids: number[], ctx: Context) => {
        const byId = await issuesOfSpecialInspections(ctx.em, ids);
        return ids.map((id) => (byId.get(id) ?? []).map((i) => i.id));
      },
      resolve: (s) => s.id,
    }),
    availableActions: t.field({
      type: [AvailableActionRef],
      description: 'What the caller may do now, each with why not (only the inspection’s own department is offered any)',
      resolve: (s, _a, ctx) => specialInspectionActions(specialState(s), checklistOf(s), ctx.principal),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.queryField('specialInspections', (t) =>
  t.field({
    type: [SpecialInspectionRef],
    description: 'Special inspections the caller sees (the bureau all, a department its own, a firm its communities’), newest first',
    authScopes: READ,
    args: {
      type: t.arg({ type: TypeEnum, required: false }),
      status: t.arg({ type: StatusEnum, required: false }),
      departmentId: t.arg.id({ required: false }),
      communityId: t.arg.id({ required: false }),
      townshipId: t.arg.id({ required: false }),
    },
    resolve: (_r, a, ctx) =>
      specialInspectionsFor(ctx.em, ctx.principal, {
        type: a.type,
        status: a.status,
        departmentId: a.departmentId ? String(a.departmentId) : null,
        communityId: a.communityId ? String(a.communityId) : null,
        townshipId: a.townshipId ? String(a.townshipId) : null,
      }),
  }),
);

builder.queryField('specialInspection', (t) =>
  t.field({
    type: SpecialInspectionRef,
    nullable: true,
    authScopes: READ,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, a, ctx) => specialInspectionFor(ctx.em, ctx.principal, String(a.id)),
  }),
);

builder.mutationField('planSpecialInspection', (t) =>
  t.field({
    type: SpecialInspectionRef,
    description: 'The caller’s department plans a special inspection of a community (a type its remit covers)',
    authScopes: RUN,
    errors: { types: WRITE_ERRORS },
    args: {
      type: t.arg({ type: TypeEnum, required: true }),
      communityId: t.arg.id({ required: true }),
      plannedOn: t.arg({ type: 'Date', required: true }),
      inspectors: t.arg.string({ required: true }),
      note: t.arg.string({ required: false }),
    },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const s = await planSpecialInspection(em, { ...a, communityId: String(a.communityId) }, loopActor(ctx), nowOf(ctx));
        return { result: s, audit: { action: 'specialInspection.plan', entityType: 'SpecialInspection', entityId: s.id, changes: { ...a } } };
      }),
  }),
);

/** A step on one inspection the caller's department may see; another department's is "not found". */
async function own(em: Em, ctx: Context, id: string | number): Promise<SpecialInspection> {
  const s = await specialInspectionFor(em, ctx.principal, id);
  if (!s) throw notFound(ENTITY, String(id), ctx.locale);
  return s;
}

builder.mutationField('startSpecialInspection', (t) =>
  t.field({
    type: SpecialInspectionRef,
    description: 'Starts the inspection on site (today unless a past day is given)',
    authScopes: RUN,
    errors: { types: WRITE_ERRORS },
    args: { id: t.arg.id({ required: true }), startedOn: t.arg({ type: 'Date', required: false }) },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const s = await startSpecialInspection(em, await own(em, ctx, a.id), { startedOn: a.startedOn }, loopActor(ctx), nowOf(ctx));
        return {
          result: s,
          audit: { action: 'specialInspection.start', entityType: 'SpecialInspection', entityId: s.id, changes: { startedOn: s.startedOn } },
        };
      }),
  }),
);

builder.mutationField('recordSpecialInspectionItem', (t) =>
  t.field({
    type: SpecialInspectionRef,
    description: 'Records one checklist item pass or fail (a fail needs a note saying what was found); again replaces it',
    authScopes: RUN,
    errors: { types: WRITE_ERRORS },
    args: {
      id: t.arg.id({ required: true }),
      itemId: t.arg.string({ required: true }),
      passed: t.arg.boolean({ required: true }),
      note: t.arg.string({ required: false }),
    },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const s = await recordSpecialInspectionItem(em, await own(em, ctx, a.id), { itemId: a.itemId, passed: a.passed, note: a.note }, loopActor(ctx));
        return {
          result: s,
          audit: {
            action: 'specialInspection.record',
            entityType: 'SpecialInspection',
            entityId: s.id,
            changes: { itemId: a.itemId, passed: a.passed, note: a.note },
          },
        };
      }),
  }),
);

builder.mutationField('completeSpecialInspection', (t) =>
  t.field({
    type: SpecialInspectionRef,
    description: 'Completes the inspection once every item is recorded; each failed item becomes an issue in the ledger',
    authScopes: RUN,
    errors: { types: WRITE_ERRORS },
    args: { id: t.arg.id({ required: true }), completedOn: t.arg({ type: 'Date', required: false }) },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const out = await completeSpecialInspection(em, await own(em, ctx, a.id), { completedOn: a.completedOn }, loopActor(ctx), nowOf(ctx));
        return {
          result: out.inspection,
          audit: {
            action: 'specialInspection.complete',
            entityType: 'SpecialInspection',
            entityId: out.inspection.id,
            changes: { completedOn: out.inspection.completedOn, issueIds: out.issues.map((i) => i.id) },
          },
        };
      }),
  }),
);
