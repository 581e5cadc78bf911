import { clock } from '../clock.js';
import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { SPECIAL_INSPECTION_STATUSES, SPECIAL_INSPECTION_TYPES, type SpecialItemResult } from '@wuye/domain';
import { User } from './accounts.js';
import { Community, Department, Enterprise, Township } from './registry.js';

/**
 * A department's special inspection (专项检查, docs/special-inspections.md) of one community: its type's checklist
 * (the policy version it was planned under), each item's result, and, once completed, the issues its failed items
 * became (Issue.source SPECIAL_INSPECTION, sourceId this id). Rules in @wuye/domain (special-inspections/), commands
 * in ../special-inspections/service.ts.
 */
export const SpecialInspection = defineEntity({
  name: 'SpecialInspection',
  tableName: 'special_inspection',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    type: p.enum([...SPECIAL_INSPECTION_TYPES]).index(),
    policyVersion: p.integer(),
    department: () => p.manyToOne(Department).index(),
    community: () => p.manyToOne(Community).index(),
    township: () => p.manyToOne(Township).index(),
    /** The firm serving the community when planned, brought up to date when completed. */
    enterprise: () => p.manyToOne(Enterprise).nullable().index(),
    status: p
      .enum([...SPECIAL_INSPECTION_STATUSES])
      .default('PLANNED')
      .index(),
    plannedOn: p.date().index(),
    startedOn: p.date().nullable(),
    completedOn: p.date().nullable().index(),
    inspectors: p.string().length(200),
    note: p.text().nullable(),
    /** Checklist results in checklist order. */
    results: p.json<SpecialItemResult[]>(),
    createdBy: () => p.manyToOne(User).nullable(),
    completedBy: () => p.manyToOne(User).nullable(),
    createdAt: p.datetime().onCreate(() => clock.now()),
    updatedAt: p
      .datetime()
      .onCreate(() => clock.now())
      .onUpdate(() => clock.now()),
  }),
});
export type SpecialInspection = InferEntity<typeof SpecialInspection>;
