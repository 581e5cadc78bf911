import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDriver } from '@wuye/db/testing';
import { CreditRecord, Enterprise, Issue, runCreditExpiry, type Em } from '@wuye/db';
import { createFixture, type Fixture, type FixtureUser } from './testing.js';

type Result = { __typename: string; message?: string; fieldErrors?: { field: string; message: string }[]; data?: Record<string, unknown> };

describeEachDriver('credit files through GraphQL', (driver) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(driver);
  });
  afterAll(async () => f?.close());

  const mutate = async (doc: string, as: FixtureUser, vars: Record<string, unknown> = {}, locale: 'zh-CN' | 'en' = 'zh-CN') => {
    const r = await f.gql<Record<string, Result>>(doc, vars, as, locale);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return Object.values(r.data!)[0]!;
  };
  const propose = (input: Record<string, unknown>, as: FixtureUser = 'regulator') =>
    mutate(
      `mutation($input: ProposeCreditRecordInput!) { proposeCreditRecord(input: $input) { __typename ... on MutationProposeCreditRecordSuccess { data { id status points objectionDeadline expiresOn } } ... on ValidationError { message fieldErrors { field message } } } }`,
      as,
      { input },
    );
  const firm = async (id: number) => f.orm.em.fork().findOneOrFail(Enterprise, { id });

  it('a firm manager sees a record against their firm, contests it, and a different reviewer decides', async () => {
    f.setToday('2026-06-01');
    const proposed = await propose({ enterpriseId: String(f.ids.e1), itemCode: 'B6', effectiveFrom: '2026-06-01', reason: '通报批评：消防通道堵塞' });
    expect(proposed.data).toMatchObject({ status: 'PUBLICIZING', points: -10, objectionDeadline: '2026-06-11', expiresOn: '2027-05-31' });
    const id = (proposed.data as { id: string }).id;

    const inbox = await f.gql<{ notifications: { unread: number; items: { title: string; recordId: string }[] } }>(
      `{ notifications { unread items { title recordId } } }`,
      {},
      'ent1',
    );
    expect(inbox.data!.notifications.items.map((n) => n.recordId)).toContain(id);
    expect((await f.gql<{ notifications: { total: number } }>(`{ notifications { total } }`, {}, 'ent2')).data!.notifications.total).toBe(0);

    // Another firm can neither see nor contest it.
    expect((await f.gql(`{ creditRecord(id: "${id}") { id } }`, {}, 'ent2')).data).toEqual({ creditRecord: null });
    const foreign = await mutate(`mutation { fileObjection(recordId: "${id}", statement: "不是我们") { __typename } }`, 'ent2');
    expect(foreign.__typename).toBe('NotFoundError');

    f.setToday('2026-06-05');
    const objection = await mutate(
      `mutation { fileObjection(recordId: "${id}", statement: "通道已于当日清理，附照片") { __typename ... on MutationFileObjectionSuccess { data { id status record { status } } } } }`,
      'ent1',
    );
    expect(objection.data).toMatchObject({ status: 'PENDING', record: { status: 'OBJECTED' } });
    const objectionId = (objection.data as { id: string }).id;

    const self = await mutate(
      `mutation { decideObjection(objectionId: "${objectionId}", upholdRecord: true, note: "维持") { __typename ... on ValidationError { fieldErrors { field message } } } }`,
      'regulator',
    );
    expect(self).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ field: 'recordId', message: '信用记录的提出人不能复核自己的记录' }] });

    const decided = await mutate(
      `mutation { decideObjection(objectionId: "${objectionId}", upholdRecord: false, note: "异议成立") { __typename ... on MutationDecideObjectionSuccess { data { status record { status decision events { fromStatus toStatus } } } } } }`,
      'admin',
    );
    expect(decided.data).toMatchObject({
      status: 'ACCEPTED',
      record: {
        status: 'REVOKED',
        decision: 'REVOKED',
        events: [
          { fromStatus: null, toStatus: 'PROPOSED' },
          { fromStatus: 'PROPOSED', toStatus: 'PUBLICIZING' },
          { fromStatus: 'PUBLICIZING', toStatus: 'OBJECTED' },
          { fromStatus: 'OBJECTED', toStatus: 'REVOKED' },
        ],
      },
    });
    expect([(await firm(f.ids.e1)).score, (await firm(f.ids.e1)).grade]).toEqual([80, 'AA']);

    // A revoked record cannot be decided again.
    const again = await mutate(
      `mutation { decideObjection(objectionId: "${objectionId}", upholdRecord: true, note: "x") { __typename ... on ValidationError { message } } }`,
      'admin',
      {},
      'en',
    );
    expect(again.message).toBe('Invalid input: the credit record is revoked: "decide" is not allowed');
  });

  it('refuses an objection after the window, naming the deadline', async () => {
    f.setToday('2026-06-01');
    const p = await propose({ enterpriseId: String(f.ids.e1), itemCode: 'G1', effectiveFrom: '2026-06-01', reason: '县级表彰' });
    f.setToday('2026-06-12');
    const late = await mutate(
      `mutation { fileObjection(recordId: "${(p.data as { id: string }).id}", statement: "x") { __typename ... on ValidationError { fieldErrors { field message } } } }`,
      'ent1',
    );
    expect(late.fieldErrors).toEqual([{ field: 'recordId', message: '信用记录的异议期已于 2026-06-11 结束' }]);
    // The job confirms it from the day after the window: the firm's score and breakdown show it.
    await runCreditExpiry(f.orm.em.fork(), '2026-06-12');
    const r = await f.gql<{
      enterprise: {
        score: number;
        credit: {
          score: number;
          grade: string;
          breakdown: { itemCode: string; points: number; expiresOn: string }[];
          history: { date: string; score: number }[];
        };
      };
    }>(
      `{ enterprise(id: "${f.ids.e1}") { score credit(asOf: "2026-06-12") { score grade breakdown { itemCode points expiresOn } history(from: "2026-06-01", to: "2026-06-30") { date score } } } }`,
      {},
      'ent1',
    );
    expect(r.data!.enterprise).toEqual({
      score: 83,
      credit: {
        score: 83,
        grade: 'AA',
        breakdown: [{ itemCode: 'G1', points: 3, expiresOn: '2027-05-31' }],
        history: [
          { date: '2026-06-01', score: 80 },
          { date: '2026-06-12', score: 83 },
          { date: '2026-06-30', score: 83 },
        ],
      },
    });
    // As of a date before the confirmation, the record did not count yet.
    const before = await f.gql<{ enterprise: { credit: { score: number } } }>(
      `{ enterprise(id: "${f.ids.e1}") { credit(asOf: "2026-06-11") { score } } }`,
      {},
      'ent1',
    );
    expect(before.data!.enterprise.credit.score).toBe(80);
  });

  it('a B2 record black-lists the firm, which then cannot take on a community; the public board shows it', async () => {
    f.setToday('2026-06-01');
    await propose({ enterpriseId: String(f.ids.e3), itemCode: 'B2', effectiveFrom: '2026-06-01', reason: '拒不整改', sourceType: 'ISSUE', sourceId: '77' });
    await runCreditExpiry(f.orm.em.fork(), '2026-06-12');
    const e3 = await firm(f.ids.e3);
    expect([e3.score, e3.grade, e3.listStatus, e3.listUntil]).toEqual([60, 'B', 'BLACK', '2029-06-11']);
    f.setToday('2026-06-12');
    const refused = await mutate(
      `mutation { updateCommunity(id: "${f.ids.c1}", input: { enterpriseId: "${f.ids.e3}" }) { __typename ... on ValidationError { fieldErrors { field } } } }`,
      'regulator',
    );
    expect(refused).toEqual({ __typename: 'ValidationError', fieldErrors: [{ field: 'enterpriseId' }] });
    const board = await f.gql<{ blackList: { name: string; reason: string; until: string }[] }>(`{ blackList { name uscc reason from until } }`, {}, null);
    expect(board.errors).toBeUndefined();
    expect(board.data!.blackList.find((b) => b.name === '金盾物业服务有限公司')).toMatchObject({ reason: 'B2', until: '2029-06-11' });
  });

  it('credit repair: minimum publicity period, then approval stops the record counting', async () => {
    f.setToday('2026-01-10');
    const p = await propose({ enterpriseId: String(f.ids.e2), itemCode: 'B13', effectiveFrom: '2026-01-10', reason: '行政处罚' });
    const id = (p.data as { id: string }).id;
    await runCreditExpiry(f.orm.em.fork(), '2026-01-21');
    expect((await firm(f.ids.e2)).listStatus).toBe('BLACK');
    f.setToday('2026-04-20');
    const early = await mutate(
      `mutation { applyForRepair(recordId: "${id}", commitment: "承诺整改") { __typename ... on ValidationError { fieldErrors { field message } } } }`,
      'ent2',
    );
    expect(early.fieldErrors).toEqual([{ field: 'recordId', message: '信用记录公示期未满最短期限，最早可于 2026-04-21 申请信用修复' }]);
    f.setToday('2026-04-21');
    // The firm's open issues are counted by the server, whatever the caller claims.
    const em = f.orm.em.fork();
    const open = em.create(Issue, {
      source: 'TOWNSHIP_REPORT',
      category: 'SANITATION',
      title: '垃圾清运不及时',
      state: 'RECTIFYING',
      community: f.ids.c2,
      township: f.ids.town2,
      enterprise: f.ids.e2,
    });
    await em.flush();
    const issues = await mutate(
      `mutation { applyForRepair(recordId: "${id}", commitment: "承诺") { __typename ... on ValidationError { fieldErrors { field message } } } }`,
      'ent2',
    );
    expect(issues.fieldErrors).toEqual([{ field: 'openIssues', message: '尚有 1 个未销号问题，全部销号后才能申请' }]);
    open.state = 'CLOSED';
    await em.flush();
    const applied = await mutate(
      `mutation { applyForRepair(recordId: "${id}", commitment: "承诺依法经营") { __typename ... on MutationApplyForRepairSuccess { data { id status } } } }`,
      'ent2',
    );
    const appId = (applied.data as { id: string }).id;
    f.setToday('2026-04-25');
    const ok = await mutate(
      `mutation { decideRepair(applicationId: "${appId}", approve: true, reasons: "整改到位") { __typename ... on MutationDecideRepairSuccess { data { status record { status repairedOn } } } } }`,
      'regulator',
    );
    expect(ok.data).toMatchObject({ status: 'APPROVED', record: { status: 'REPAIRED', repairedOn: '2026-04-25' } });
    const e2 = await firm(f.ids.e2);
    expect([e2.score, e2.listStatus]).toEqual([80, 'NONE']);
  });

  it('a department proposes only in its remit, and its proposals wait for the bureau to publicize them', async () => {
    f.setToday('2026-06-01');
    const outside = await propose({ enterpriseId: String(f.ids.e2), itemCode: 'B8', effectiveFrom: '2026-05-20', reason: '挪用维修资金' }, 'dept1');
    expect(outside).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ field: 'itemCode' }] });
    const inside = await propose({ enterpriseId: String(f.ids.e2), itemCode: 'B7', effectiveFrom: '2026-05-20', reason: '超标准收费' }, 'dept1');
    expect(inside.data).toMatchObject({ status: 'PROPOSED', objectionDeadline: null });
    const pub = await mutate(
      `mutation { publicizeCreditRecord(id: "${(inside.data as { id: string }).id}") { __typename ... on MutationPublicizeCreditRecordSuccess { data { status objectionDeadline } } } }`,
      'regulator',
    );
    expect(pub.data).toEqual({ status: 'PUBLICIZING', objectionDeadline: '2026-06-11' });
  });

  it('revoking with a re-issue keeps both records and links them', async () => {
    f.setToday('2026-06-01');
    const p = await propose({ enterpriseId: String(f.ids.e2), itemCode: 'B6', effectiveFrom: '2026-05-30', reason: '通报批评' });
    const r = await mutate(
      `mutation($input: ProposeCreditRecordInput!) { revokeCreditRecord(id: "${(p.data as { id: string }).id}", reason: "事项选错", reissue: $input) { __typename ... on MutationRevokeCreditRecordSuccess { data { revoked { status revokeReason } reissued { itemCode correctsId status } } } } }`,
      'regulator',
      { input: { enterpriseId: String(f.ids.e2), itemCode: 'B5', effectiveFrom: '2026-05-30', reason: '回访不满意' } },
    );
    expect(r.data).toEqual({
      revoked: { status: 'REVOKED', revokeReason: '事项选错' },
      reissued: { itemCode: 'B5', correctsId: (p.data as { id: string }).id, status: 'PUBLICIZING' },
    });
  });

  it('a project manager inherits B1 of a community they managed at the time, and has their own records', async () => {
    f.setToday('2026-06-01');
    await propose({
      enterpriseId: String(f.ids.e1),
      communityId: String(f.ids.c1),
      itemCode: 'B1',
      effectiveFrom: '2026-05-01',
      reason: '整改逾期',
      sourceType: 'ISSUE',
      sourceId: '9',
    });
    await propose({ subjectType: 'MANAGER', managerId: String(f.ids.m1), itemCode: 'MG2', effectiveFrom: '2026-05-01', reason: '市级优秀项目经理' });
    const mismatch = await propose({ subjectType: 'MANAGER', managerId: String(f.ids.m1), itemCode: 'B6', effectiveFrom: '2026-05-01', reason: 'x' });
    expect(mismatch.fieldErrors?.[0]?.field).toBe('itemCode');
    await runCreditExpiry(f.orm.em.fork(), '2026-06-12');
    f.setToday('2026-06-12');
    const r = await f.gql<{
      projectManager: { score: number; grade: string; credit: { score: number; breakdown: { itemCode: string; inherited: boolean }[] } };
    }>(`{ projectManager(id: "${f.ids.m1}") { score grade credit { score breakdown { itemCode inherited } } } }`, {}, 'regulator');
    expect(r.data!.projectManager).toEqual({
      score: 80,
      grade: 'AA',
      credit: {
        score: 80,
        breakdown: [
          { itemCode: 'MG2', inherited: false },
          { itemCode: 'B1', inherited: true },
        ],
      },
    });
  });

  it('quarterly rating: prepare, review by another, publish; the published snapshot is public', async () => {
    f.setToday('2026-07-05');
    const prepared = await mutate(
      `mutation { prepareRating(quarter: "2026Q2") { __typename ... on MutationPrepareRatingSuccess { data { id status asOf total distribution { grade count } g5ProposalIds } } } }`,
      'admin',
    );
    expect(prepared.data).toMatchObject({ status: 'PREPARED', asOf: '2026-06-30', total: 4 });
    const id = (prepared.data as { id: string }).id;
    expect((await f.gql<{ ratings: unknown[] }>(`{ ratings { id } }`, {}, null)).data!.ratings).toEqual([]);
    const self = await mutate(`mutation { reviewRating(id: "${id}") { __typename } }`, 'admin');
    expect(self.__typename).toBe('ValidationError');
    expect((await mutate(`mutation { reviewRating(id: "${id}", note: "核对无误") { __typename } }`, 'regulator')).__typename).toBe(
      'MutationReviewRatingSuccess',
    );
    const published = await mutate(
      `mutation { publishRating(id: "${id}") { __typename ... on MutationPublishRatingSuccess { data { status publishedOn } } } }`,
      'admin',
    );
    expect(published.data).toEqual({ status: 'PUBLISHED', publishedOn: '2026-07-05' });
    const pub = await f.gql<{ ratings: { quarter: string; ranking: { rank: number; name: string; uscc: string; grade: string }[] }[] }>(
      `{ ratings { quarter ranking { rank name uscc grade score } blackList { name } } }`,
      {},
      null,
    );
    expect(pub.errors).toBeUndefined();
    expect(pub.data!.ratings[0]!.ranking.map((x) => x.rank)).toEqual([1, 2, 3, 4]);
    // 信用中国-style look-up, anonymous: by a part of the name or the head of the credit code, then the firm's page.
    type Found = {
      enterpriseId: string;
      name: string;
      uscc: string;
      latest: { quarter: string; rated: { grade: string } };
      listings: { kind: string; reasonText: string | null }[];
    };
    const search = async (q: string, locale: 'zh-CN' | 'en' = 'zh-CN') =>
      (
        await f.gql<{ publicFirmSearch: Found[] }>(
          `query($q: String!) { publicFirmSearch(q: $q) { enterpriseId name uscc latest { quarter rated { grade } } listings { kind reasonText } } }`,
          { q },
          null,
          locale,
        )
      ).data!.publicFirmSearch;
    const jindun = await search('金盾');
    expect(jindun.map((x) => x.name)).toEqual(['金盾物业服务有限公司']);
    expect(jindun[0]!.latest.quarter).toBe('2026Q2');
    expect(jindun[0]!.listings).toEqual([{ kind: 'BLACK', reasonText: '拒不整改' }]);
    expect((await search('金盾', 'en'))[0]!.listings[0]!.reasonText).toBe('refused to rectify');
    expect((await search(jindun[0]!.uscc.slice(0, 12).toLowerCase())).map((x) => x.name)).toContain('金盾物业服务有限公司');
    expect(await search('不存在的企业')).toEqual([]);
    const page = await f.gql<{ publicFirm: { name: string; ratings: { quarter: string }[] } | null }>(
      `{ publicFirm(id: "${jindun[0]!.enterpriseId}") { name ratings { quarter } } }`,
      {},
      null,
    );
    expect(page.data!.publicFirm).toEqual({ name: '金盾物业服务有限公司', ratings: [{ quarter: '2026Q2' }] });
    expect((await f.gql<{ publicFirm: unknown }>(`{ publicFirm(id: "999999") { name } }`, {}, null)).data!.publicFirm).toBeNull();
    const again = await mutate(`mutation { prepareRating(quarter: "2026Q2") { __typename } }`, 'admin');
    expect(again.__typename).toBe('ValidationError');
    // G5 proposals for the top firms were created, publicized, from the rating.
    const g5 = await f.orm.em.fork().count(CreditRecord, { itemCode: 'G5', sourceType: 'RATING', sourceId: id, status: 'PUBLICIZING' });
    expect(g5).toBe(4);
  });

  it('ranking as of today and as of a past date, filtered by grade', async () => {
    f.setToday('2026-07-05');
    const now = await f.gql<{ ranking: { total: number; items: { rank: number; name: string; grade: string; score: number }[] } }>(
      `{ ranking(perPage: 10) { total items { rank name grade score listStatus } } }`,
      {},
      'analyst',
    );
    expect(now.errors).toBeUndefined();
    const scores = now.data!.ranking.items.map((i) => i.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const past = await f.gql<{ ranking: { asOf: string; standardVersion: number; items: { name: string; score: number; listStatus: string }[] } }>(
      `{ ranking(asOf: "2026-01-05", grade: AA) { asOf standardVersion items { name score listStatus } } }`,
      {},
      'analyst',
    );
    expect(past.data!.ranking).toMatchObject({ asOf: '2026-01-05', standardVersion: 1 });
    expect(past.data!.ranking.items.every((i) => i.score === 80 && i.listStatus === 'NONE')).toBe(true);
  });

  it('ranking worst first: the same order turned round, each row keeping its rank from the best', async () => {
    f.setToday('2026-07-05');
    type Rows = { ranking: { total: number; items: { rank: number; enterpriseId: string }[] } };
    const all = await f.gql<Rows>(`{ ranking(perPage: 100) { total items { rank enterpriseId } } }`, {}, 'analyst');
    const bottom = await f.gql<Rows>(`{ ranking(perPage: 3, worstFirst: true) { total items { rank enterpriseId } } }`, {}, 'analyst');
    expect(bottom.errors).toBeUndefined();
    const best = all.data!.ranking.items;
    expect(bottom.data!.ranking.total).toBe(all.data!.ranking.total);
    expect(bottom.data!.ranking.items).toEqual(best.slice(-3).reverse());
    expect(bottom.data!.ranking.items[0]!.rank).toBe(best.length);
    const pastBottom = await f.gql<Rows>(`{ ranking(asOf: "2026-01-05", perPage: 2, worstFirst: true) { items { rank enterpriseId } } }`, {}, 'analyst');
    const past = await f.gql<Rows>(`{ ranking(asOf: "2026-01-05", perPage: 100) { items { rank enterpriseId } } }`, {}, 'analyst');
    expect(pastBottom.data!.ranking.items).toEqual(past.data!.ranking.items.slice(-2).reverse());
  });

  it('ADMIN issues a new standard version from a future date; an inconsistent one is refused naming the path', async () => {
    f.setToday('2026-07-05');
    const current = await f.gql<{ scoringStandard: { definition: Record<string, unknown> } }>(`{ scoringStandard { version definition } }`, {}, null);
    const definition = { ...current.data!.scoringStandard.definition, positiveCap: 30 };
    const ok = await mutate(
      `mutation($d: JSON!) { issueScoringStandard(definition: $d, effectiveFrom: "2027-01-01", note: "封顶 30") { __typename ... on MutationIssueScoringStandardSuccess { data { version positiveCap } } } }`,
      'admin',
      { d: definition },
    );
    expect(ok.data).toEqual({ version: 2, positiveCap: 30 });
    const bad = await mutate(
      `mutation($d: JSON!) { issueScoringStandard(definition: $d, effectiveFrom: "2026-07-01") { __typename ... on ValidationError { fieldErrors { field } } } }`,
      'admin',
      { d: { ...definition, base: -1 } },
    );
    expect(bad.fieldErrors!.map((e) => e.field)).toEqual(['standard.base', 'effectiveFrom', 'effectiveFrom']);
  });
});

describe('ranking cost', () => {
  let f: Fixture;
  const statements: string[] = [];
  beforeAll(async () => {
    f = await createFixture('sqlite', (sql) => statements.push(sql));
    const em = f.orm.em.fork() as Em;
    const { fixtureUscc } = await import('./testing.js');
    for (let i = 0; i < 70; i++)
      em.create(Enterprise, {
        name: `排名物业${i}`,
        uscc: fixtureUscc(2000 + i),
        legalRepresentative: '甲',
        township: f.ids.town1,
        score: 70 + (i % 20),
        grade: 'A',
      });
    await em.flush();
  });
  afterAll(async () => f?.close());

  const count = async (source: string) => {
    statements.length = 0;
    const r = await f.gql(source, {}, 'analyst');
    expect(r.errors).toBeUndefined();
    return statements.filter((s) => s.includes('[query]')).length - 1; // the executor loads the caller first
  };

  it.each([
    ['today', ''],
    ['a past date', 'asOf: "2026-03-31", '],
  ])('costs at most 3 SQL statements whatever the page size (%s)', async (_name, asOf) => {
    const doc = (n: number) =>
      `{ ranking(${asOf}perPage: ${n}) { total items { rank enterpriseId name uscc townshipName score grade positivePoints negativePoints listStatus listUntil } } }`;
    const small = await count(doc(5));
    const large = await count(doc(60));
    expect(small).toBeGreaterThanOrEqual(1);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(3);
  });

  it('prices a ranking row once, not per field: the whole ranking of 1,500 firms comes in one request, in one statement', async () => {
    const em = f.orm.em.fork() as Em;
    const { fixtureUscc } = await import('./testing.js');
    for (let i = 0; i < 1500; i++)
      em.create(Enterprise, {
        name: `全量物业${i}`,
        uscc: fixtureUscc(5000 + i),
        legalRepresentative: '甲',
        township: f.ids.town1,
        score: 60 + (i % 40),
        grade: 'B',
      });
    await em.flush();
    const all = `{ ranking(perPage: 20000) { total items { rank enterpriseId name uscc townshipId townshipName score grade positivePoints negativePoints listStatus listUntil } } }`;
    const statementsBefore = await count(all);
    const r = await f.gql<{ ranking: { total: number; items: { rank: number }[] } }>(all, {}, 'analyst');
    expect(r.errors).toBeUndefined();
    expect(r.data!.ranking.total).toBeGreaterThan(1500);
    expect(r.data!.ranking.items).toHaveLength(r.data!.ranking.total);
    expect(r.data!.ranking.items.at(-1)!.rank).toBe(r.data!.ranking.total);
    expect(statementsBefore).toBe(1);
    // Past the ranking's own bound, the refusal names the field and the bound that applies to it.
    const over = await f.gql(`{ ranking(perPage: 20001) { total } }`, {}, 'analyst', 'en');
    expect(over.errors?.[0]?.message).toBe('page size must be between 1 and 20000');
  });
});
