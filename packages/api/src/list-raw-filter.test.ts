/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL results are checked by shape in the assertions below */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDriver } from '@wuye/db/testing';
import { createFixture, type Fixture } from './testing.js';

/**
 * A list whose filter holds a raw() fragment (departments by category compare the remit's text) pages and counts in
 * two statements: the count builds its WHERE again, since a raw key is spent by the statement that used it (found by
 * the fuzz suite: a page past the first rows answered "near as: syntax error").
 */
describeEachDriver('lists filtered through a raw fragment', (driver) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(driver);
  });
  afterAll(async () => f?.close());

  it('pages and counts departments by category, on every page', async () => {
    const all = (await f.gql<any>(`{ departments(perPage: 100) { items { id remit } } }`, {}, 'regulator')).data!.departments.items;
    const category = all.find((d: any) => d.remit.length > 0)!.remit[0];
    const expected = all.filter((d: any) => d.remit.includes(category)).length;
    for (const page of [1, 2, 3]) {
      const r = await f.gql<any>(
        `query($c: IssueCategory, $p: Int) { departments(filter: { category: $c, q: "" }, page: $p, perPage: 1) { total items { id } } }`,
        { c: category, p: page },
        'regulator',
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.departments.total).toBe(expected);
      expect(r.data!.departments.items).toHaveLength(page <= expected ? 1 : 0);
    }
  });
});
