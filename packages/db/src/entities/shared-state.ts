import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { JOB_RUN_STATES } from '@wuye/domain';
import { EvidenceFile } from './closed-loop.js';

/**
 * State that every instance of a multi-instance deployment must see (issue 18): kept in the database, never in one
 * process's memory.
 */

/**
 * Request and login-attempt counters on PostgreSQL, written by rate-limiter-flexible's RateLimiterPostgres (its own
 * layout: `key`, `points`, `expire` in epoch milliseconds). Unused on SQLite, where one process counts in memory.
 */
export const RateLimitCounter = defineEntity({
  name: 'RateLimitCounter',
  tableName: 'rate_limit',
  properties: (p) => ({
    key: p.string().length(255).primary(),
    points: p.integer().default(0),
    expire: p.bigint('number').nullable(),
  }),
});
export type RateLimitCounter = InferEntity<typeof RateLimitCounter>;

/** The bytes of an evidence file stored in the database, in chunks read one at a time when the file is served. */
export const EvidenceChunk = defineEntity({
  name: 'EvidenceChunk',
  tableName: 'evidence_chunk',
  properties: (p) => ({
    file: () => p.manyToOne(EvidenceFile).primary().deleteRule('cascade'),
    seq: p.integer().primary(),
    data: p.blob(),
  }),
});
export type EvidenceChunk = InferEntity<typeof EvidenceChunk>;

/**
 * One run of a scheduled job for one period (`slot`, e.g. the hour 2026-11-15T10): the unique (job, slot) pair lets
 * exactly one instance claim it; a failed run is claimed again (attempts + 1) until it succeeds or runs out of
 * attempts; a run whose instance died is claimable again once its lease has passed.
 */
export const JobRun = defineEntity({
  name: 'JobRun',
  tableName: 'job_run',
  uniques: [{ properties: ['job', 'slot'] }],
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    job: p.string().length(60),
    slot: p.string().length(40),
    state: p.enum([...JOB_RUN_STATES]).index(),
    attempts: p.integer().default(1),
    startedAt: p.datetime().index(),
    finishedAt: p.datetime().nullable(),
    leaseUntil: p.datetime(),
    /** The instance that ran the last attempt (host:pid). */
    instance: p.string().length(120),
    /** The last attempt's outcome: a count summary on success, the error's message (no stack, no SQL) on failure. */
    result: p.string().length(500).nullable(),
  }),
});
export type JobRun = InferEntity<typeof JobRun>;
