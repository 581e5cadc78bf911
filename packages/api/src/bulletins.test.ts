import { Bulletin, Enterprise, ListEntry, loadStandards } from '@wuye/db';
import { findItem, standardOn } from '@wuye/domain';
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

it('a bulletin names its typical cases’ items and its list changes’ reasons in words, by the standard of their date; the stored codes stay', async () => {
  const em = f.orm.em.fork();
  const snapshot = {
    month: '2026-08',
    listChanges: [
      { enterpriseId: f.ids.e1, name: '甲', kind: 'BLACK', change: 'ENTERED', reason: 'B7', date: '2026-08-10' },
      { enterpriseId: f.ids.e2, name: '乙', kind: 'BLACK', change: 'ENTERED', reason: 'GRADE_C_TWICE', date: '2026-08-12' },
    ],
    typicalCases: [{ kind: 'BAD', enterprise: '甲', itemCode: 'B2', points: -5, reason: '…', date: '2026-08-10' }],
  };
  const b = em.create(Bulletin, {
    month: '2026-08',
    status: 'PUBLISHED',
    snapshot,
    generatedAt: new Date(),
    publishedAt: new Date(),
    publishedOn: '2026-09-01',
  });
  await em.flush();
  type Words = { listChanges: { reason: string; reasonText: string }[]; typicalCases: { itemCode: string; itemText: string }[] };
  const read = async (locale: 'zh-CN' | 'en') => {
    const r = await f.gql<{ bulletin: { snapshot: Words } }>(`query($id: ID!) { bulletin(id: $id) { snapshot } }`, { id: String(b.id) }, 'regulator', locale);
    expect(r.errors).toBeUndefined();
    return r.data!.bulletin.snapshot;
  };
  const zh = await read('zh-CN');
  const en = await read('en');
  const std = standardOn(await loadStandards(f.orm.em.fork()), '2026-08-10');
  expect(zh.typicalCases[0]!.itemCode).toBe('B2');
  expect(zh.typicalCases[0]!.itemText).toBe(findItem(std, 'B2')!.label['zh-CN']);
  expect(en.typicalCases[0]!.itemText).toBe(findItem(std, 'B2')!.label.en);
  expect(zh.listChanges[0]!.reasonText).toBe(findItem(std, 'B7')!.label['zh-CN']);
  expect(en.listChanges[1]!.reasonText).not.toMatch(/GRADE_C_TWICE/);
  for (const text of [zh.typicalCases[0]!.itemText, en.listChanges[0]!.reasonText]) expect(text).not.toMatch(/^B\d+$/);
});
