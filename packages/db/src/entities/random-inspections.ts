import { clock } from '../clock.js';
import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { RANDOM_DRAW_STATUSES, type DrawInputs } from '@wuye/domain';
import { User } from './accounts.js';
import { Inspection } from './closed-loop.js';
import { Community, Department, Enterprise, Township } from './registry.js';

/**
 * 双随机一公开 (issue 16, docs/random-inspections.md): the inspector pool, draw plans with the seed and inputs they
 * were drawn from, the communities and inspectors drawn, and each community's result (an Inspection of kind RANDOM).
 */

/** 执法检查人员名录库: one inspector who may be drawn; from a township or a department, or from the bureau (neither). */
export const PoolInspector = defineEntity({
  name: 'PoolInspector',
  tableName: 'pool_inspector',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    name: p.string().length(50),
    /** 执法证号 or staff number, unique in the pool. */
    badgeNo: p.string().length(40).unique(),
    township: () => p.manyToOne(Township).nullable().index(),
    department: () => p.manyToOne(Department).nullable().index(),
    active: p.boolean().default(true),
    createdAt: p.datetime().onCreate(() => clock.now()),
  }),
});
export type PoolInspector = InferEntity<typeof PoolInspector>;

/** A draw plan (抽查计划): what is to be drawn under which policy; once drawn, its seed and inputs never change. */
export const RandomDraw = defineEntity({
  name: 'RandomDraw',
  tableName: 'random_draw',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    title: p.string().length(100),
    policyCode: p.string().length(30),
    policyVersion: p.integer(),
    communityCount: p.integer(),
    teamSize: p.integer(),
    /** Day by which the drawn communities are to be inspected. */
    dueBy: p.date(),
    status: p
      .enum([...RANDOM_DRAW_STATUSES])
      .default('PLANNED')
      .index(),
    seed: p.string().length(100).nullable(),
    /** The inputs the draw was made from, exactly as `drawInspections` received them. */
    inputs: p.json<DrawInputs>().nullable(),
    drawnAt: p.datetime().nullable(),
    drawnBy: () => p.manyToOne(User).nullable(),
    publishedAt: p.datetime().nullable().index(),
    publishedBy: () => p.manyToOne(User).nullable(),
    createdBy: () => p.manyToOne(User).nullable(),
    createdAt: p.datetime().onCreate(() => clock.now()),
  }),
});
export type RandomDraw = InferEntity<typeof RandomDraw>;

/** A community drawn, in draw order, with the firm serving it on the day and, once inspected, its inspection. */
export const DrawnCommunity = defineEntity({
  name: 'DrawnCommunity',
  tableName: 'drawn_community',
  uniques: [{ properties: ['draw', 'community'] }, { properties: ['draw', 'position'] }],
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    draw: () => p.manyToOne(RandomDraw).index(),
    position: p.integer(),
    community: () => p.manyToOne(Community).index(),
    township: () => p.manyToOne(Township).index(),
    enterprise: () => p.manyToOne(Enterprise).nullable().index(),
    weight: p.integer(),
    inspection: () => p.manyToOne(Inspection).nullable().index(),
  }),
});
export type DrawnCommunity = InferEntity<typeof DrawnCommunity>;

/** An inspector drawn for one community. */
export const DrawnInspector = defineEntity({
  name: 'DrawnInspector',
  tableName: 'drawn_inspector',
  uniques: [{ properties: ['drawnCommunity', 'inspector'] }],
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    drawnCommunity: () => p.manyToOne(DrawnCommunity).index(),
    inspector: () => p.manyToOne(PoolInspector).index(),
    position: p.integer(),
  }),
});
export type DrawnInspector = InferEntity<typeof DrawnInspector>;
