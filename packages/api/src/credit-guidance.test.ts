import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDriver } from '@wuye/db/testing';
import { runCreditExpiry } from '@wuye/db';
import { createFixture, type Fixture, type FixtureUser } from './testing.js';

type Result = { __typename: string; data?: { id: string } };
interface Guidance {
  score: number;
  grade: string;
  nextGrade: string | null;
  pointsToNextGrade: number | null;
  vetoed: boolean;
  positiveRoom: number;
  openIssues: number;
  changes: { itemCode: string; points: number; endsOn: string; score: number; grade: string; record: { availableActions: unknown[] } }[];
  positiveItems: { code: string; label: string; points: number; howEarned: string; inEffect: number; moreAllowed: number | null }[];
}

const GUIDANCE = `query ($id: ID!) { enterprise(id: $id) { creditGuidance {
  score grade nextGrade pointsToNextGrade vetoed positiveRoom openIssues
  changes { itemCode points endsOn score grade record { availableActions { action available reason reasons availableFrom } } }
  positiveItems { code label points howEarned inEffect moreAllowed }
} } }`;

/** The firm's guidance on "my credit": the next grade, when records stop counting, positive items, the way to repair. */
describeEachDriver('credit guidance', (driver) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(driver);
  });
  afterAll(async () => f?.close());

  const guidance = async (id: number, as: FixtureUser, locale: 'zh-CN' | 'en' = 'zh-CN') => {
    const r = await f.gql<{ enterprise: { creditGuidance: Guidance | null } | null }>(GUIDANCE, { id: String(id) }, as, locale);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data!.enterprise?.creditGuidance ?? null;
  };
  const propose = async (enterprise: number, itemCode: string, day: string) => {
    const r = await f.gql<Record<string, Result>>(
      `mutation { proposeCreditRecord(input: { enterpriseId: "${enterprise}", itemCode: "${itemCode}", effectiveFrom: "${day}", reason: "通报" }) { __typename ... on MutationProposeCreditRecordSuccess { data { id } } } }`,
      {},
      'regulator',
    );
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return Object.values(r.data!)[0]!.data!.id;
  };

  it('tells the firm the gap to the next grade, when its deduction stops and the score then, and the way to repair', async () => {
    f.setToday('2026-01-10');
    await propose(f.ids.e2, 'B13', '2026-01-10');
    await runCreditExpiry(f.orm.em.fork(), '2026-01-21');
    const issue = await f.gql<{ createIssue: { __typename: string } }>(
      `mutation { createIssue(input: { communityId: "${f.ids.c2}", category: "SERVICE_QUALITY", title: "楼道堆物" }) { __typename } }`,
      {},
      'regulator',
    );
    expect(issue.data?.createIssue.__typename).toBe('MutationCreateIssueSuccess');
    f.setToday('2026-03-01');
    const g = (await guidance(f.ids.e2, 'ent2', 'en'))!;
    // 80 − 10 = 70: grade A, 10 points to AA; B13 counts through 2027-01-09, then 80 (AA).
    expect(g).toMatchObject({ score: 70, grade: 'A', nextGrade: 'AA', pointsToNextGrade: 10, vetoed: false, positiveRoom: 40 });
    expect(g.changes.map((c) => [c.itemCode, c.points, c.endsOn, c.score, c.grade])).toEqual([['B13', -10, '2027-01-10', 80, 'AA']]);
    const repair = g.changes[0]!.record.availableActions;
    expect(repair).toHaveLength(1);
    expect(repair[0]).toMatchObject({ action: 'APPLY_REPAIR', available: false, availableFrom: '2026-04-21' });
    const reasons = (repair[0] as { reasons: string[] }).reasons;
    expect(reasons[0]).toContain('2026-04-21');
    // Both blockers at once, where the command would stop at the first.
    expect(g.openIssues).toBe(1);
    expect(reasons).toEqual([expect.stringContaining('2026-04-21'), expect.stringContaining('1 ')]);
    expect(g.positiveItems.map((i) => i.code)).toEqual(['G1', 'G2', 'G3', 'G4', 'G5', 'G6', 'G7', 'G8']);
    expect(g.positiveItems.find((i) => i.code === 'G6')).toMatchObject({ points: 3, inEffect: 0, moreAllowed: 3 });
    expect(g.positiveItems.find((i) => i.code === 'G6')!.howEarned).toContain('90%');
    const zh = (await guidance(f.ids.e2, 'ent2'))!;
    expect(zh.positiveItems[0]!.label).toBe('县级表彰');

    f.setToday('2026-04-21');
    const later = (await guidance(f.ids.e2, 'ent2'))!;
    const action = later.changes[0]!.record.availableActions[0] as { available: boolean; availableFrom: string | null; reasons: string[] };
    expect(action.availableFrom).toBeNull();
    expect(action.available).toBe(false);
    expect(action.reasons).toEqual(['尚有 1 个未销号问题，全部销号后才能申请']);
  });

  it('the bureau sees any firm’s guidance; a firm’s manager only their own', async () => {
    f.setToday('2026-03-01');
    expect(await guidance(f.ids.e2, 'regulator')).toMatchObject({ grade: 'A', nextGrade: 'AA' });
    expect(await guidance(f.ids.e2, 'ent1')).toBeNull();
    expect(await guidance(f.ids.e1, 'ent1')).not.toBeNull();
    const anon = await f.gql(GUIDANCE, { id: String(f.ids.e1) }, null);
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
