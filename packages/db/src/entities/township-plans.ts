import { clock } from '../clock.js';
import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { TOWNSHIP_PLAN_STATUSES } from '@wuye/domain';
import { User } from './accounts.js';
import { Township } from './registry.js';

/**
 * A township's leader and work plan for the campaign of a year (seed part 7 四(一) 明确一名领导 … 制定实施方案):
 * written by the township, then filed (报备) with the leading group; a filed plan stands as filed. Rules in
 * @wuye/domain (campaign/township-plan.ts), commands in ../campaign/township-plans.ts.
 */
export const TownshipPlan = defineEntity({
  name: 'TownshipPlan',
  tableName: 'township_plan',
  uniques: [{ properties: ['township', 'year'] }],
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    township: () => p.manyToOne(Township).index(),
    year: p.integer().index(),
    leaderName: p.string().length(50),
    leaderPosition: p.string().length(50),
    mechanism: p.text(),
    schedule: p.text(),
    tasks: p.text(),
    resources: p.text().nullable(),
    status: p
      .enum([...TOWNSHIP_PLAN_STATUSES])
      .default('DRAFT')
      .index(),
    filedAt: p.datetime().nullable(),
    filedBy: () => p.manyToOne(User).nullable(),
    createdBy: () => p.manyToOne(User).nullable(),
    createdAt: p.datetime().onCreate(() => clock.now()),
    updatedAt: p
      .datetime()
      .onCreate(() => clock.now())
      .onUpdate(() => clock.now()),
  }),
});
export type TownshipPlan = InferEntity<typeof TownshipPlan>;

/**
 * 报送建档: a township's archive as filed on a day (seed part 7 四(二) 数据资料收集建档) — a frozen copy of the rows and
 * figures as the registry read that day (JSON, never changed afterwards), the counts the lists show, and who filed it
 * and when. One filing per township and day. Rules in @wuye/domain (campaign/township-data.ts), the command in
 * ../campaign/township-data.ts.
 */
export const TownshipDataFiling = defineEntity({
  name: 'TownshipDataFiling',
  tableName: 'township_data_filing',
  uniques: [{ properties: ['township', 'asOf'] }],
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    township: () => p.manyToOne(Township).index(),
    /** The day the archive was read and filed (the township's "as of"). */
    asOf: p.date().index(),
    communities: p.integer(),
    complete: p.integer(),
    gaps: p.integer(),
    /** The figures (TownshipDataSummary) and the rows (TownshipDataRow[]) as they were. */
    summary: p.json<Record<string, unknown>>(),
    rows: p.json<Record<string, unknown>[]>(),
    filedBy: () => p.manyToOne(User).nullable(),
    /** The filer's name as it was when filing (the account may be renamed or removed later). */
    filedByName: p.string().length(100).nullable(),
    filedAt: p.datetime().onCreate(() => clock.now()),
  }),
});
export type TownshipDataFiling = InferEntity<typeof TownshipDataFiling>;
