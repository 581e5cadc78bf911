import { clock } from '../clock.js';
import { defineEntity, type InferEntity } from '@mikro-orm/core';
import {
  COMMUNITY_TYPES,
  CREDIT_GRADES,
  ENTERPRISE_STATUSES,
  ISSUE_CATEGORIES,
  LIST_STATUSES,
  SCORING_STANDARD_V1,
  SERVICE_MODES,
  standingOn,
  type IssueCategory,
} from '@wuye/domain';

/**
 * Registry of the county (docs/product.md §3). Ids are integers; the API exposes them as strings.
 * `p.double()` is typed `string | number` by MikroORM but read back as a number here: `$type<number>()` says so.
 */

/**
 * Standing with no records under the first standard: what a new firm or manager holds from its first row, so that
 * ranking, grade filters and aggregates never meet a missing grade (the API then stores the standard in force).
 */
const BASE_STANDING = standingOn([], SCORING_STANDARD_V1.effectiveFrom, SCORING_STANDARD_V1);

const timestamps = (p: typeof defineEntity.properties) => ({
  createdAt: p.datetime().onCreate(() => clock.now()),
  updatedAt: p
    .datetime()
    .onCreate(() => clock.now())
    .onUpdate(() => clock.now()),
});

export const Township = defineEntity({
  name: 'Township',
  tableName: 'township',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    name: p.string().length(50).unique(),
    code: p.string().length(20).unique(),
    ...timestamps(p),
  }),
});
export type Township = InferEntity<typeof Township>;

export const Department = defineEntity({
  name: 'Department',
  tableName: 'department',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    name: p.string().length(50).unique(),
    code: p.string().length(20).unique(),
    /** Issue and complaint categories this department owns. */
    remit: p.json<IssueCategory[]>(),
    ...timestamps(p),
  }),
});
export type Department = InferEntity<typeof Department>;

export const Enterprise = defineEntity({
  name: 'Enterprise',
  tableName: 'enterprise',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    name: p.string().length(100).index(),
    uscc: p.string().length(18).unique(),
    legalRepresentative: p.string().length(50),
    contactPerson: p.string().length(50).nullable(),
    contactPhone: p.string().length(30).nullable(),
    address: p.string().length(200).nullable(),
    township: () => p.manyToOne(Township).index(),
    status: p
      .enum([...ENTERPRISE_STATUSES])
      .default('ACTIVE')
      .index(),
    /** Current credit score and grade: derived from credit records, stored for fast ranking. */
    score: p.double().$type<number>().default(BASE_STANDING.score).index(),
    grade: p
      .enum([...CREDIT_GRADES])
      .default(BASE_STANDING.grade)
      .index(),
    listStatus: p
      .enum([...LIST_STATUSES])
      .default('NONE')
      .index(),
    listUntil: p.date().nullable(),
    /** Σ positive / negative points in effect (the ranking's tie-breakers) and the standard version of `score`. */
    creditPositive: p.integer().default(0),
    creditNegative: p.integer().default(0),
    standardVersion: p.integer().default(1),
    ...timestamps(p),
  }),
  // The ranking's order (credit/standings.ts: score desc, fewer negative, more positive, USCC) over the ACTIVE firms:
  // a page is read from the index in order instead of sorting every firm (a ranking request the response cache
  // cannot answer, the first after a credit write). Mixed directions need an expression index.
  indexes: [
    {
      name: 'enterprise_ranking_index',
      expression: 'create index "enterprise_ranking_index" on "enterprise" ("status", "score" desc, "credit_negative" asc, "credit_positive" desc, "uscc" asc)',
    },
  ],
});
export type Enterprise = InferEntity<typeof Enterprise>;

export const Community = defineEntity({
  name: 'Community',
  tableName: 'community',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    name: p.string().length(100).index(),
    township: () => p.manyToOne(Township).index(),
    address: p.string().length(200).nullable(),
    type: p.enum([...COMMUNITY_TYPES]).index(),
    households: p.integer(),
    floorArea: p.double().$type<number>(),
    deliveryDate: p.date().nullable(),
    serviceMode: p.enum([...SERVICE_MODES]).index(),
    enterprise: () => p.manyToOne(Enterprise).nullable().index(),
    contractStart: p.date().nullable(),
    contractEnd: p.date().nullable(),
    officeArea: p.double().$type<number>().nullable(),
    maintenanceFundBalance: p.double().$type<number>().nullable(),
    /** Set while the community is being handed over after its firm was expelled (清出市场): the handover's deadline. */
    handoverDeadline: p.date().nullable(),
    ...timestamps(p),
  }),
});
export type Community = InferEntity<typeof Community>;

export const ProjectManager = defineEntity({
  name: 'ProjectManager',
  tableName: 'project_manager',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    name: p.string().length(50).index(),
    enterprise: () => p.manyToOne(Enterprise).index(),
    certificateNo: p.string().length(40).unique(),
    /** Personal data: masked per docs/product.md §1. */
    phone: p.string().length(30).nullable(),
    /** Current credit score and grade of the manager (own records + inherited B1/B2), derived and stored. */
    score: p.double().$type<number>().default(BASE_STANDING.score).index(),
    grade: p
      .enum([...CREDIT_GRADES])
      .default(BASE_STANDING.grade)
      .index(),
    ...timestamps(p),
  }),
});
export type ProjectManager = InferEntity<typeof ProjectManager>;

/** A manager's appointment to a community; B11 looks at registeredOn − startDate. */
export const ManagerAppointment = defineEntity({
  name: 'ManagerAppointment',
  tableName: 'manager_appointment',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    manager: () => p.manyToOne(ProjectManager).index(),
    community: () => p.manyToOne(Community).index(),
    startDate: p.date(),
    endDate: p.date().nullable(),
    registeredOn: p.date().nullable(),
    createdAt: p.datetime().onCreate(() => clock.now()),
  }),
});
export type ManagerAppointment = InferEntity<typeof ManagerAppointment>;

export { ISSUE_CATEGORIES };
