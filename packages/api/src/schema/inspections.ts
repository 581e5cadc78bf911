import { Inspection, Issue, childRows, createInspection, rowById, rowsByIds, turnFindingsIntoIssues } from '@wuye/db';
import { findingsOf, type FindingDraft } from '@wuye/domain';
import { builder } from '../builder.js';
import { dateRange, inspectionScope, issueScope, loopActor, loopWrite } from '../closed-loop-write.js';
import type { Context } from '../context.js';
import { notFound } from '../errors.js';
import { defineListQuery, idsWhere, likePattern } from '../paging.js';
import { and } from '../scoping.js';
import { parseId } from '../write.js';
import { WRITE_ERRORS } from './errors.js';
import {
  ChecklistSectionEnum,
  CommunityRef,
  DeductionInput,
  DeductionRef,
  EnterpriseRef,
  InspectionGradeEnum,
  InspectionKindEnum,
  IssueCategoryEnum,
  IssueRef,
  TownshipRef,
} from './refs/index.js';

const LABEL = 'entity.inspection';

export const FindingRef = builder.objectRef<FindingDraft & { turned: boolean }>('Finding').implement({
  description: 'A checklist item with a deduction: a finding, to be turned into an issue',
  authScopes: { signedIn: true },
  fields: (t) => ({
    itemId: t.exposeString('itemId'),
    section: t.field({ type: ChecklistSectionEnum, resolve: (f) => f.section }),
    category: t.field({ type: IssueCategoryEnum, resolve: (f) => f.category }),
    title: t.exposeString('title'),
    points: t.exposeFloat('points'),
    note: t.exposeString('note', { nullable: true }),
    turned: t.exposeBoolean('turned', { description: 'Already turned into an issue' }),
  }),
});

export const InspectionRef = builder.loadableObject('Inspection', {
  description: '督导检查/随机抽查/暗访 — an inspection of a community against the 100-point checklist',
  authScopes: { perm: 'inspection:read' },
  load: (ids: number[], ctx: Context) => rowsByIds(ctx.em, Inspection, ids, inspectionScope(ctx)),
  sort: (i) => i.id,
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: InspectionKindEnum, resolve: (i) => i.kind }),
    date: t.expose('date', { type: 'Date' }),
    inspectors: t.exposeString('inspectors'),
    communityId: t.id({ resolve: (i) => i.community.id }),
    community: t.field({ type: CommunityRef, nullable: true, resolve: (i) => i.community.id }),
    townshipId: t.id({ resolve: (i) => i.township.id }),
    township: t.field({ type: TownshipRef, resolve: (i) => i.township.id }),
    enterpriseId: t.id({ nullable: true, description: 'The serving enterprise on the day', resolve: (i) => i.enterprise?.id ?? null }),
    enterprise: t.field({ type: EnterpriseRef, nullable: true, resolve: (i) => i.enterprise?.id ?? null }),
    deductions: t.field({ type: [DeductionRef], resolve: (i) => i.deductions }),
    score: t.float({
      nullable: true,
      description: '100 − Σ deductions; null when the firm refused to cooperate',
      resolve: (i) => (i.score == null ? null : Number(i.score)),
    }),
    grade: t.field({ type: InspectionGradeEnum, nullable: true, resolve: (i) => i.grade ?? null }),
    refusedToCooperate: t.exposeBoolean('refusedToCooperate'),
    note: t.exposeString('note', { nullable: true }),
    b14Proposed: t.exposeBoolean('b14Proposed'),
    b10Proposed: t.exposeBoolean('b10Proposed'),
    findings: t.field({
      type: [FindingRef],
      resolve: (i) => findingsOf(i.deductions).map((f) => ({ ...f, turned: i.findingsTurned.includes(f.itemId) })),
    }),
    issues: t.loadableGroup({
      type: IssueRef,
      description: 'Issues registered from its findings (those the caller may see)',
      load: (ids: number[], ctx: Context) =>
        childRows(ctx.em, Issue, 'sourceId', ids.map(String), { id: 'asc' }, and<Issue>({ source: 'INSPECTION' }, issueScope(ctx))),
      group: (issue) => Number((issue as Issue).sourceId),
      resolve: (i) => i.id,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const InspectionFilter = builder.inputType('InspectionFilter', {
  fields: (t) => ({
    q: t.string({ required: false, description: 'Text in the inspectors or the note' }),
    ids: t.idList({ required: false }),
    kind: t.field({ type: InspectionKindEnum, required: false }),
    grade: t.field({ type: InspectionGradeEnum, required: false }),
    townshipId: t.id({ required: false }),
    enterpriseId: t.id({ required: false }),
    communityId: t.id({ required: false }),
    refusedToCooperate: t.boolean({ required: false }),
    dateFrom: t.field({ type: 'Date', required: false }),
    dateTo: t.field({ type: 'Date', required: false }),
  }),
});

defineListQuery({
  name: 'inspections',
  description: 'Inspections within the caller’s scope, paged',
  entity: Inspection,
  ref: InspectionRef,
  sortFields: ['date', 'score', 'grade', 'kind', 'createdAt'],
  filter: InspectionFilter,
  permission: 'inspection:read',
  where: (ctx, f) => {
    const like = f?.q ? likePattern(f.q) : null;
    const date = dateRange(f?.dateFrom, f?.dateTo);
    return and<Inspection>(
      inspectionScope(ctx),
      idsWhere(f?.ids),
      like ? { $or: [{ inspectors: { $like: like } }, { note: { $like: like } }] } : {},
      f?.kind ? { kind: f.kind } : {},
      f?.grade ? { grade: f.grade } : {},
      f?.townshipId ? { township: parseId(f.townshipId) ?? 0 } : {},
      f?.enterpriseId ? { enterprise: parseId(f.enterpriseId) ?? 0 } : {},
      f?.communityId ? { community: parseId(f.communityId) ?? 0 } : {},
      f?.refusedToCooperate != null ? { refusedToCooperate: f.refusedToCooperate } : {},
      date ? { date } : {},
    );
  },
});

builder.queryField('inspection', (t) =>
  t.field({
    type: InspectionRef,
    nullable: true,
    authScopes: { perm: 'inspection:read' },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }) => parseId(id),
  }),
);

const InspectionInput = builder.inputType('InspectionInput', {
  fields: (t) => ({
    kind: t.field({ type: InspectionKindEnum, required: true }),
    date: t.field({ type: 'Date', required: true, description: 'Not after today' }),
    inspectors: t.string({ required: true }),
    communityId: t.id({ required: true }),
    deductions: t.field({ type: [DeductionInput], required: false, description: 'Items not listed deduct nothing' }),
    refusedToCooperate: t.boolean({ required: false, description: 'The firm refused: no score is taken (proposes B10)' }),
    note: t.string({ required: false }),
  }),
});

builder.mutationField('createInspection', (t) =>
  t.field({
    type: InspectionRef,
    description: 'Records an inspection: score = 100 − deductions, grade A/B/C/D; grade D proposes B14, a refusal B10',
    authScopes: { perm: 'inspection:create' },
    errors: { types: WRITE_ERRORS },
    args: { input: t.arg({ type: InspectionInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      loopWrite(ctx, async (em, at) => {
        const inspection = await createInspection(
          em,
          {
            kind: input.kind,
            date: input.date,
            inspectors: input.inspectors,
            communityId: parseId(input.communityId),
            deductions: (input.deductions ?? []).map((d) => ({ itemId: d.itemId, points: d.points, note: d.note ?? null })),
            refusedToCooperate: input.refusedToCooperate ?? false,
            note: input.note ?? null,
          },
          loopActor(ctx),
          at,
        );
        return {
          result: inspection,
          audit: {
            action: 'inspection.create',
            entityType: 'Inspection',
            entityId: inspection.id,
            changes: { ...input, score: inspection.score, grade: inspection.grade },
          },
        };
      }),
  }),
);

const AssignAllInput = builder.inputType('AssignFindingsInput', {
  description: 'Assign every new issue at once: to the serving firm and the department owning its category',
  fields: (t) => ({
    measures: t.string({ required: true }),
    deadline: t.field({ type: 'Date', required: true }),
    note: t.string({ required: false }),
  }),
});

builder.mutationField('turnFindingsIntoIssues', (t) =>
  t.field({
    type: [IssueRef],
    description: 'One step from findings to the ledger: one issue per finding (all, or the listed items), each at most once',
    authScopes: { perm: 'issue:assign' },
    errors: { types: WRITE_ERRORS },
    args: {
      inspectionId: t.arg.id({ required: true }),
      itemIds: t.arg.stringList({ required: false }),
      assign: t.arg({ type: AssignAllInput, required: false }),
    },
    resolve: (_r, { inspectionId, itemIds, assign }, ctx) =>
      loopWrite(ctx, async (em, at) => {
        const inspection = await rowById(em, Inspection, inspectionId, inspectionScope(ctx));
        if (!inspection) throw notFound(LABEL, String(inspectionId), ctx.locale);
        const issues = await turnFindingsIntoIssues(em, inspection, itemIds ?? null, assign ?? null, loopActor(ctx), at);
        return {
          result: issues,
          audit: {
            action: 'inspection.turnFindings',
            entityType: 'Inspection',
            entityId: inspection.id,
            changes: { issueIds: issues.map((i) => i.id), assign: assign ?? null },
          },
        };
      }),
  }),
);
