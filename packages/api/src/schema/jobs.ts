import { JobRun, rowById } from '@wuye/db';
import { JOB_RUN_STATES } from '@wuye/domain';
import { builder } from '../builder.js';
import { defineListQuery, idsWhere } from '../paging.js';
import { and } from '../scoping.js';

/** The scheduled jobs' runs (issue 18): one row per job and period, written by the scheduler's claims; read-only here. */
export const JobRunStateEnum = builder.enumType('JobRunState', { values: JOB_RUN_STATES });

export const JobRunRef = builder.objectRef<JobRun>('JobRun').implement({
  description: 'One run of a scheduled job for one period (hour): which instance ran it, how often, and its outcome',
  authScopes: { perm: 'jobRun:read' },
  fields: (t) => ({
    id: t.exposeID('id'),
    job: t.exposeString('job', { description: 'The job’s stable name, e.g. credit-expiry' }),
    slot: t.exposeString('slot', { description: 'The period run, an hour in UTC: 2026-11-15T10' }),
    state: t.expose('state', { type: JobRunStateEnum }),
    attempts: t.exposeInt('attempts'),
    startedAt: t.expose('startedAt', { type: 'DateTime', description: 'When the last attempt started' }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true }),
    leaseUntil: t.expose('leaseUntil', { type: 'DateTime', description: 'A RUNNING run not finished by then is taken to be abandoned' }),
    instance: t.exposeString('instance', { description: 'The instance (host:pid) that ran the last attempt' }),
    result: t.exposeString('result', { nullable: true, description: 'Counts on success; the error’s message (no stack, no SQL) on failure' }),
  }),
});

const JobRunFilter = builder.inputType('JobRunFilter', {
  fields: (t) => ({
    ids: t.idList({ required: false }),
    job: t.string({ required: false }),
    state: t.field({ type: JobRunStateEnum, required: false }),
    from: t.field({ type: 'DateTime', required: false, description: 'Started at or after' }),
    to: t.field({ type: 'DateTime', required: false, description: 'Started at or before' }),
  }),
});

defineListQuery({
  name: 'jobRuns',
  description: 'The scheduled jobs’ runs, paged, newest first by default (ADMIN only)',
  entity: JobRun,
  ref: JobRunRef,
  sortFields: ['startedAt', 'job', 'state'],
  filter: JobRunFilter,
  permission: 'jobRun:read',
  where: (_ctx, f) =>
    and<JobRun>(
      idsWhere(f?.ids),
      f?.job ? { job: f.job } : {},
      f?.state ? { state: f.state } : {},
      f?.from ? { startedAt: { $gte: f.from } } : {},
      f?.to ? { startedAt: { $lte: f.to } } : {},
    ),
});

builder.queryField('jobRun', (t) =>
  t.field({
    type: JobRunRef,
    nullable: true,
    authScopes: { perm: 'jobRun:read' },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => rowById(ctx.em, JobRun, id),
  }),
);
