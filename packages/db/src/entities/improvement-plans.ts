import { clock } from '../clock.js';
import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { MEASURE_STATUSES, PLAN_STAGES, PLAN_STATUSES, SERVICE_LINES, type ServiceLine } from '@wuye/domain';
import { User } from './accounts.js';
import { Enterprise } from './registry.js';

/** A firm's own improvement plan (seed parts 1 and 3; docs/improvement-plans.md). */
export const ImprovementPlan = defineEntity({
  name: 'ImprovementPlan',
  tableName: 'improvement_plan',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    enterprise: () => p.manyToOne(Enterprise).index(),
    title: p.string().length(60),
    periodFrom: p.date(),
    periodTo: p.date(),
    goals: p.text(),
    /** 总协调与考核: the person who runs the plan and checks each stage. */
    coordinator: p.string().length(20),
    /** The named owner of each service line (部门主管责任制). */
    owners: p.json<Partial<Record<ServiceLine, string>>>(),
    status: p
      .enum([...PLAN_STATUSES])
      .default('DRAFT')
      .index(),
    submittedAt: p.datetime().nullable(),
    /** 公司组织验收: who signed the plan off for the company, when, and the conclusion. */
    signedBy: p.string().length(20).nullable(),
    signedOn: p.date().nullable(),
    signOffNote: p.string().length(500).nullable(),
    createdBy: () => p.manyToOne(User).nullable(),
    createdAt: p.datetime().onCreate(() => clock.now()),
    updatedAt: p
      .datetime()
      .onCreate(() => clock.now())
      .onUpdate(() => clock.now()),
  }),
});
export type ImprovementPlan = InferEntity<typeof ImprovementPlan>;

/** One measure of a plan, on one service line, from the template or the firm's own. */
export const PlanMeasure = defineEntity({
  name: 'PlanMeasure',
  tableName: 'plan_measure',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    plan: () => p.manyToOne(ImprovementPlan).index(),
    position: p.integer(),
    line: p.enum([...SERVICE_LINES]),
    templateCode: p.string().length(40).nullable(),
    text: p.string().length(200),
    dueOn: p.date().nullable(),
    status: p.enum([...MEASURE_STATUSES]).default('PLANNED'),
    note: p.string().length(500).nullable(),
    updatedAt: p.datetime().nullable(),
  }),
});
export type PlanMeasure = InferEntity<typeof PlanMeasure>;

/** One stage's self-assessment of one service line (each line's owner scores it). */
export const PlanAssessment = defineEntity({
  name: 'PlanAssessment',
  tableName: 'plan_assessment',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    plan: () => p.manyToOne(ImprovementPlan).index(),
    stage: p.enum([...PLAN_STAGES]),
    line: p.enum([...SERVICE_LINES]),
    score: p.integer(),
    note: p.string().length(500).nullable(),
    assessedOn: p.date(),
    owner: p.string().length(20),
    recordedBy: () => p.manyToOne(User).nullable(),
    createdAt: p.datetime().onCreate(() => clock.now()),
  }),
});
export type PlanAssessment = InferEntity<typeof PlanAssessment>;
