import { clock } from '../clock.js';
import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { HANDOVER_STATUSES, type HandoverChecklist } from '@wuye/domain';
import { User } from './accounts.js';
import { Community, Enterprise } from './registry.js';

/**
 * Consequences of the black list (issue 16, docs/consequences.md): an expulsion decision (清出市场) and one handover
 * per community the expelled firm served. While a handover is open the community carries its deadline
 * (`community.handover_deadline`), so registry lists mark it without a join.
 */

/** 清出市场决定: a black-listed firm expelled from the county's market. */
export const Expulsion = defineEntity({
  name: 'Expulsion',
  tableName: 'expulsion',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    enterprise: () => p.manyToOne(Enterprise).index(),
    /** 决定文号. */
    decisionNo: p.string().length(60),
    decidedOn: p.date().index(),
    reason: p.string().length(500),
    /** The handover policy version its deadlines were set under. */
    policyVersion: p.integer(),
    createdBy: () => p.manyToOne(User).nullable(),
    createdAt: p.datetime().onCreate(() => clock.now()),
  }),
});
export type Expulsion = InferEntity<typeof Expulsion>;

/** 项目移交: one community of an expelled firm handed over to a successor firm by a deadline. */
export const Handover = defineEntity({
  name: 'Handover',
  tableName: 'handover',
  uniques: [{ properties: ['expulsion', 'community'] }],
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    expulsion: () => p.manyToOne(Expulsion).index(),
    community: () => p.manyToOne(Community).index(),
    /** The expelled firm that hands over. */
    outgoing: () => p.manyToOne(Enterprise).index(),
    deadline: p.date().index(),
    status: p
      .enum([...HANDOVER_STATUSES])
      .default('OPEN')
      .index(),
    successor: () => p.manyToOne(Enterprise).nullable().index(),
    successorAppointedOn: p.date().nullable(),
    /** Done checklist items with the day each was ticked off. */
    checklist: p.json<HandoverChecklist>(),
    completedOn: p.date().nullable(),
    completedBy: () => p.manyToOne(User).nullable(),
    createdAt: p.datetime().onCreate(() => clock.now()),
  }),
});
export type Handover = InferEntity<typeof Handover>;
