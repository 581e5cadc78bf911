import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { COMMUNITY_TYPES, SERVICE_MODES } from '@wuye/domain';
import { clock } from '../clock.js';
import { Community, Enterprise, Township } from './registry.js';

/**
 * What the registry said about a community over time (issue 17): which firm served it, its kind and service mode,
 * and its township, each version with the Shanghai calendar days it was in effect — from `validFrom` (inclusive;
 * null: since before the history was kept) to `validTo` (exclusive; null: still in effect). Written by the registry
 * commands in their own transaction (registry/history.ts); read by the KPI engine for any past month.
 */
export const CommunityHistory = defineEntity({
  name: 'CommunityHistory',
  tableName: 'community_history',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    community: () => p.manyToOne(Community).index(),
    township: () => p.manyToOne(Township),
    enterprise: () => p.manyToOne(Enterprise).nullable(),
    type: p.enum([...COMMUNITY_TYPES]),
    serviceMode: p.enum([...SERVICE_MODES]),
    validFrom: p.date().nullable(),
    validTo: p.date().nullable(),
    recordedAt: p.datetime().onCreate(() => clock.now()),
  }),
});
export type CommunityHistory = InferEntity<typeof CommunityHistory>;

/**
 * One KPI's figure for one closed month and one group (issue 17): county-wide (`grouping` COUNTY, group 0) or per
 * township, department or firm. Closed months' figures no longer change on their own; corrections to old data refresh
 * the affected months in the writing transaction (analytics/rollups.ts).
 */
export const KpiRollup = defineEntity({
  name: 'KpiRollup',
  tableName: 'kpi_rollup',
  uniques: [{ properties: ['grouping', 'month', 'groupId', 'kpi'] }],
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    month: p.string().length(7),
    grouping: p.string().length(12),
    groupId: p.integer().default(0),
    kpi: p.string().length(40),
    numerator: p.double().$type<number>(),
    denominator: p.double().$type<number>(),
    computedAt: p.datetime().onCreate(() => clock.now()),
  }),
});
export type KpiRollup = InferEntity<typeof KpiRollup>;

/**
 * The KPI facts' change token (issue 17): one row, given a new random token by every transaction that writes a fact
 * the KPI engine reads (analytics/rollup-subscriber.ts). The running month's figures are kept per token in each
 * instance's memory (analytics/rollups.ts): an answer is reused only while the token it was computed under is still
 * the stored one, so a write is visible on the very next read, on every instance.
 */
export const KpiLiveVersion = defineEntity({
  name: 'KpiLiveVersion',
  tableName: 'kpi_live_version',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(false),
    token: p.string().length(36),
    changedAt: p.datetime(),
  }),
});
export type KpiLiveVersion = InferEntity<typeof KpiLiveVersion>;

/**
 * The live token of one calendar month (Asia/Shanghai) of a family whose facts are dated (issue 17): ISSUES by the
 * month an issue was registered, COMPLAINTS by the month one was received. Every write of an issue or complaint gives
 * its month a new token, so aggregates over many months keep each month's part under its own token and recompute
 * only the month written (analytics/aggregates.ts). A month with no row reads as `initial`.
 */
export const KpiLiveMonth = defineEntity({
  name: 'KpiLiveMonth',
  tableName: 'kpi_live_month',
  properties: (p) => ({
    family: p.string().length(16).primary(),
    month: p.string().length(7).primary(),
    token: p.string().length(36),
  }),
});
export type KpiLiveMonth = InferEntity<typeof KpiLiveMonth>;
