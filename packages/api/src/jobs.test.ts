import { afterAll, beforeAll, expect, it } from 'vitest';
import { runScheduledJob } from '@wuye/db';
import { describeEachDriver } from '@wuye/db/testing';
import { createFixture, type Fixture } from './testing.js';

type Runs = { jobRuns: { total: number; items: { job: string; slot: string; state: string; attempts: number; instance: string; result: string | null }[] } };

describeEachDriver('administrators see the scheduled jobs’ last runs', (driver) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(driver);
    const now = new Date('2026-11-15T02:10:00Z');
    const base = { now, instance: 'host-a:101' };
    // Through the scheduler itself: a success, a failure, and a failure retried to success on another instance.
    await runScheduledJob(f.orm.em, { name: 'credit-expiry', run: async () => '{"expired":3}' }, { ...base, slot: '2026-11-15T01' });
    await runScheduledJob(f.orm.em, { name: 'credit-expiry', run: async () => '{"expired":0}' }, { ...base, slot: '2026-11-15T02' });
    const boom = { name: 'closed-loop', run: async () => Promise.reject(new Error('the sky fell\n    at stack line')) };
    await runScheduledJob(f.orm.em, boom, { ...base, slot: '2026-11-15T02' });
    await runScheduledJob(f.orm.em, { name: 'upload-cleanup', run: async () => Promise.reject(new Error('disk')) }, { ...base, slot: '2026-11-15T02' });
    await runScheduledJob(f.orm.em, { name: 'upload-cleanup', run: async () => '{"removed":2}' }, { ...base, instance: 'host-b:202', slot: '2026-11-15T02' });
  });
  afterAll(async () => f?.close());

  it('lists every run newest first, with its instance, attempts and outcome', async () => {
    const r = await f.gql<Runs>(
      `{ jobRuns(perPage: 10, sortField: startedAt, sortOrder: DESC) { total items { job slot state attempts instance result } } }`,
      {},
      'admin',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.jobRuns.total).toBe(4);
    const byKey = Object.fromEntries(r.data!.jobRuns.items.map((i) => [`${i.job}@${i.slot}`, i]));
    expect(byKey['credit-expiry@2026-11-15T01']).toMatchObject({ state: 'SUCCEEDED', attempts: 1, result: '{"expired":3}' });
    // A failure shows its message's first line only (no stack).
    expect(byKey['closed-loop@2026-11-15T02']).toMatchObject({ state: 'FAILED', attempts: 1, result: 'the sky fell' });
    expect(byKey['upload-cleanup@2026-11-15T02']).toMatchObject({ state: 'SUCCEEDED', attempts: 2, instance: 'host-b:202', result: '{"removed":2}' });
  });

  it('filters by job and by state', async () => {
    const failed = await f.gql<Runs>(`{ jobRuns(filter: { state: FAILED }) { total items { job } } }`, {}, 'admin');
    expect(failed.data!.jobRuns.items.map((i) => i.job)).toEqual(['closed-loop']);
    const expiry = await f.gql<Runs>(
      `{ jobRuns(filter: { job: "credit-expiry" }, sortField: startedAt, sortOrder: ASC) { total items { slot } } }`,
      {},
      'admin',
    );
    expect(expiry.data!.jobRuns.items.map((i) => i.slot)).toEqual(['2026-11-15T01', '2026-11-15T02']);
  });

  it('is refused to every other role, with the field named, whatever the request’s shape', async () => {
    for (const who of ['regulator', 'analyst', 'ent1', 'agency1'] as const) {
      const r = await f.gql<Runs>(`query { ...F } fragment F on Query { runs: jobRuns { total } }`, {}, who);
      expect(r.data?.jobRuns ?? null, who).toBeNull();
      expect(r.errors?.[0]?.extensions?.code, who).toBe('FORBIDDEN');
    }
  });

  it('refuses a state that does not exist', async () => {
    const r = await f.gql(`{ jobRuns(filter: { state: DONE }) { total } }`, {}, 'admin');
    expect(r.errors?.[0]?.message).toMatch(/DONE/);
  });
});
