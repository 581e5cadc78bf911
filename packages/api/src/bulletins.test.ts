import { Enterprise, ListEntry } from '@wuye/db';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createFixture, type Fixture } from './testing.js';

let f: Fixture;
beforeAll(async () => {
  f = await createFixture('sqlite');
});
afterAll(async () => f?.close());

it('a past month’s bulletin generated later counts grades and lists as of the month’s end, like its ranking', async () => {
  const em = f.orm.em.fork();
  // Black-listed in November (counts), and another firm in December, after the month ended (does not).
  em.create(ListEntry, {
    enterprise: em.getReference(Enterprise, f.ids.e2),
    kind: 'BLACK',
    reason: '连续评为C级',
    fromDate: '2026-11-20',
    untilDate: '2027-11-19',
  });
  em.create(ListEntry, {
    enterprise: em.getReference(Enterprise, f.ids.e3),
    kind: 'BLACK',
    reason: '连续评为C级',
    fromDate: '2026-12-02',
    untilDate: '2027-12-01',
  });
  await em.flush();
  f.setToday('2026-12-04');
  type Snapshot = { asOf: string; distribution: Record<string, number>; totalFirms: number; bottom10: { grade: string }[] };
  const r = await f.gql<{ generateBulletin: { data: { snapshot: Snapshot } } }>(
    `mutation { generateBulletin(month: "2026-11") { ... on MutationGenerateBulletinSuccess { data { snapshot } } } }`,
    {},
    'regulator',
  );
  f.setToday(undefined);
  expect(r.errors).toBeUndefined();
  const s = r.data!.generateBulletin.data.snapshot;
  expect(s.asOf).toBe('2026-11-30');
  // No credit records: every active firm stands at the base AA on 11-30, whatever grade is stored today.
  expect(s.bottom10.map((b) => b.grade)).toEqual(['AA', 'AA', 'AA', 'AA']);
  expect(s.distribution).toEqual({ AAA: 0, AA: 4, A: 0, B: 0, C: 0, RED: 0, BLACK: 1 });
  expect(s.totalFirms).toBe(4);
});
