import { clock } from '../clock.js';
import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { CREDIT_GRADES, RECOMMENDATION_STATUSES } from '@wuye/domain';
import { User } from './accounts.js';
import { Community, Enterprise } from './registry.js';

/**
 * Developers (建设单位) and the communities they built, with the handover date the warranty runs from; and the bureau's
 * recommendations of firms for a credit upgrade (docs/developers.md). A warranty issue names its developer on
 * `issue.developer_id` (set when it is registered), so lists filter by developer without a join.
 */

/** 建设单位: a developer that built communities in the county; its contact is personal data. */
export const Developer = defineEntity({
  name: 'Developer',
  tableName: 'developer',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    name: p.string().length(100).index(),
    uscc: p.string().length(18).unique(),
    contactPerson: p.string().length(50).nullable(),
    contactPhone: p.string().length(30).nullable(),
    address: p.string().length(200).nullable(),
    /** The communities it built (inverse side, for scoping by `$some`). */
    projects: () => p.oneToMany(DeveloperProject).mappedBy('developer'),
    createdAt: p.datetime().onCreate(() => clock.now()),
    updatedAt: p
      .datetime()
      .onCreate(() => clock.now())
      .onUpdate(() => clock.now()),
  }),
});
export type Developer = InferEntity<typeof Developer>;

/** 开发项目: a community a developer built and the day it was handed over (交付), from which warranties run. */
export const DeveloperProject = defineEntity({
  name: 'DeveloperProject',
  tableName: 'developer_project',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    developer: () => p.manyToOne(Developer).index(),
    /** One developer per community. */
    community: () => p.manyToOne(Community).unique(),
    handoverDate: p.date(),
    createdAt: p.datetime().onCreate(() => clock.now()),
  }),
});
export type DeveloperProject = InferEntity<typeof DeveloperProject>;

/** 向上级推荐信用升级: a firm proposed by a regulator with reasons, decided by another regulator. */
export const CreditRecommendation = defineEntity({
  name: 'CreditRecommendation',
  tableName: 'credit_recommendation',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    enterprise: () => p.manyToOne(Enterprise).index(),
    reasons: p.text(),
    status: p
      .enum([...RECOMMENDATION_STATUSES])
      .default('PROPOSED')
      .index(),
    /** The firm's grade and score when proposed (the list shows what the bureau saw). */
    gradeAtProposal: p.enum([...CREDIT_GRADES]),
    scoreAtProposal: p.double().$type<number>(),
    policyVersion: p.integer(),
    proposedBy: () => p.manyToOne(User).nullable(),
    proposedOn: p.date().index(),
    decidedBy: () => p.manyToOne(User).nullable(),
    decidedOn: p.date().nullable(),
    decisionNote: p.string().length(500).nullable(),
    createdAt: p.datetime().onCreate(() => clock.now()),
  }),
});
export type CreditRecommendation = InferEntity<typeof CreditRecommendation>;
