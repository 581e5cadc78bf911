import { Department, allDepartments, closedLoopPolicy } from '@wuye/db';
import {
  CHECKLIST_SECTION_LABELS,
  CONSTRUCTION_DEFECTS,
  INSPECTION_CHECKLIST,
  ISSUE_CATEGORIES,
  isTownshipCategory,
  ISSUE_CATEGORY_LABELS,
  ISSUE_SUBTYPES,
  checklistItem,
  type ChecklistItem,
  type IssueCategory,
} from '@wuye/domain';
import { builder } from '../builder.js';
import { ChecklistSectionEnum, ConstructionDefectRef, DeductionInput, DeductionRef, DepartmentRef, IssueCategoryEnum } from './refs/index.js';

/**
 * Reference data of the closed loop (docs/product.md §4): categories with their owning departments, the 100-point
 * checklist, the seed-part-6 construction defects, and the configured clocks.
 *
 * A category's owner is the department whose `remit` lists it (edited with `updateDepartment`, ADMIN and
 * REGULATOR): there is no separate category table, so routing and the registry can never disagree.
 */

export const ChecklistItemRef = builder.objectRef<ChecklistItem>('ChecklistItem').implement({
  description: 'One item of the 100-point community service checklist',
  authScopes: { signedIn: true },
  fields: (t) => ({
    id: t.exposeString('id'),
    section: t.field({ type: ChecklistSectionEnum, resolve: (i) => i.section }),
    sectionLabel: t.string({ resolve: (i, _a, ctx) => CHECKLIST_SECTION_LABELS[i.section][ctx.locale] }),
    text: t.exposeString('text'),
    maxDeduction: t.exposeFloat('maxDeduction'),
    category: t.field({ type: IssueCategoryEnum, resolve: (i) => i.category }),
  }),
});

DeductionRef.implement({
  description: 'A deduction on one checklist item, with the inspector’s note',
  authScopes: { signedIn: true },
  fields: (t) => ({
    itemId: t.exposeString('itemId'),
    points: t.exposeFloat('points'),
    note: t.string({ nullable: true, resolve: (d) => d.note ?? null }),
    item: t.field({ type: ChecklistItemRef, nullable: true, resolve: (d) => checklistItem(d.itemId) ?? null }),
  }),
});

DeductionInput.implement({
  fields: (t) => ({
    itemId: t.string({ required: true, description: 'Checklist item id, e.g. SEC-01' }),
    points: t.float({ required: true, description: '0 … the item’s maxDeduction, in steps of 0.5' }),
    note: t.string({ required: false }),
  }),
});

ConstructionDefectRef.implement({
  description: '房屋质量通病 (seed part 6): a BUILDING_QUALITY subtype with its causes, prevention and repair',
  authScopes: { signedIn: true },
  fields: (t) => ({
    code: t.exposeString('code'),
    nameZh: t.exposeString('nameZh'),
    nameEn: t.exposeString('nameEn'),
    descriptionZh: t.exposeString('descriptionZh', { nullable: true }),
    causes: t.exposeStringList('causes'),
    prevention: t.exposeString('prevention'),
    repair: t.exposeString('repair'),
  }),
});

const IssueCategoryInfo = builder.objectRef<{ code: IssueCategory; departments: Department[] }>('IssueCategoryInfo').implement({
  description:
    "A category with its label, subtypes and the department(s) whose remit covers it (exactly one when routing works), or routed to the community's township",
  authScopes: { signedIn: true },
  fields: (t) => ({
    code: t.field({ type: IssueCategoryEnum, resolve: (c) => c.code }),
    label: t.string({ resolve: (c, _a, ctx) => ISSUE_CATEGORY_LABELS[c.code][ctx.locale] }),
    subtypes: t.stringList({ resolve: (c) => [...(ISSUE_SUBTYPES[c.code] ?? [])] }),
    departments: t.field({ type: [DepartmentRef], resolve: (c) => c.departments }),
    toTownship: t.boolean({
      description: "Routed to the community's own township (owners' committee matters), not to a department",
      resolve: (c) => isTownshipCategory(c.code),
    }),
  }),
});

const ClosedLoopSettings = builder.objectRef<typeof closedLoopPolicy>('ClosedLoopSettings').implement({
  description: 'The configured clocks (server environment): B1 grace period, complaint SLA, due-soon window',
  authScopes: { signedIn: true },
  fields: (t) => ({
    b1GraceDays: t.exposeInt('b1GraceDays'),
    complaintFirstResponseDays: t.int({ resolve: (p) => p.sla.firstResponseDays }),
    complaintResolutionDays: t.int({ resolve: (p) => p.sla.resolutionDays }),
    dueSoonDays: t.exposeInt('dueSoonDays'),
  }),
});

builder.queryFields((t) => ({
  issueCategories: t.field({
    type: [IssueCategoryInfo],
    authScopes: { signedIn: true },
    resolve: async (_r, _a, ctx) => {
      const departments = await allDepartments(ctx.em);
      return ISSUE_CATEGORIES.map((code) => ({ code, departments: isTownshipCategory(code) ? [] : departments.filter((d) => d.remit.includes(code)) }));
    },
  }),
  inspectionChecklist: t.field({ type: [ChecklistItemRef], authScopes: { signedIn: true }, resolve: () => [...INSPECTION_CHECKLIST] }),
  constructionDefects: t.field({ type: [ConstructionDefectRef], authScopes: { signedIn: true }, resolve: () => [...CONSTRUCTION_DEFECTS] }),
  closedLoopSettings: t.field({ type: ClosedLoopSettings, authScopes: { signedIn: true }, resolve: () => closedLoopPolicy }),
}));
