import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog, Enterprise } from '@wuye/db';
import { describeEachDriver } from '@wuye/db/testing';
import { createFixture, fixtureUscc, type Fixture } from './testing.js';

type Row = Record<string, unknown>;
const ENTERPRISE_FIELDS = 'id name uscc townshipId township { id name } status score grade listStatus communityCount managerCount';

describeEachDriver('registry API', (driver) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(driver);
  });
  afterAll(async () => f?.close());

  const countRows = async () => {
    const em = f.orm.em.fork();
    return { enterprises: await em.count(Enterprise, {}), audits: await em.count(AuditLog, {}) };
  };

  describe('lists page, sort and filter', () => {
    it('pages with a total and stable order', async () => {
      const q = `query($page: Int, $perPage: Int) { enterprises(page: $page, perPage: $perPage, sortField: name, sortOrder: ASC) { total items { id name } } }`;
      const all = await f.gql<{ enterprises: { total: number; items: Row[] } }>(q, { page: 1, perPage: 100 });
      const p1 = await f.gql<{ enterprises: { total: number; items: Row[] } }>(q, { page: 1, perPage: 2 });
      const p2 = await f.gql<{ enterprises: { total: number; items: Row[] } }>(q, { page: 2, perPage: 2 });
      expect(all.errors).toBeUndefined();
      expect(p1.data!.enterprises.total).toBe(5);
      expect([...p1.data!.enterprises.items, ...p2.data!.enterprises.items]).toEqual(all.data!.enterprises.items.slice(0, 4));
    });

    it('sorts by score descending', async () => {
      const r = await f.gql<{ enterprises: { items: { score: number }[] } }>(`{ enterprises(sortField: score, sortOrder: DESC) { items { score } } }`);
      const scores = r.data!.enterprises.items.map((e) => e.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });

    it('filters by text, township, list status and grade', async () => {
      const q = `query($filter: EnterpriseFilter) { enterprises(filter: $filter) { total items { name } } }`;
      const byText = await f.gql<{ enterprises: { total: number; items: Row[] } }>(q, { filter: { q: '宏达' } });
      expect(byText.data!.enterprises.items).toEqual([{ name: '宏达物业管理有限公司' }]);
      const byUscc = await f.gql<{ enterprises: { total: number } }>(q, { filter: { q: fixtureUscc(3).toLowerCase() } });
      expect(byUscc.data!.enterprises.total).toBe(1);
      const byTownship = await f.gql<{ enterprises: { total: number } }>(q, { filter: { townshipId: String(f.ids.town1) } });
      expect(byTownship.data!.enterprises.total).toBe(2);
      const black = await f.gql<{ enterprises: { items: Row[] } }>(q, { filter: { listStatus: 'BLACK' } });
      expect(black.data!.enterprises.items).toEqual([{ name: '黑石物业管理有限公司' }]);
      const aaa = await f.gql<{ enterprises: { items: Row[] } }>(q, { filter: { grade: 'AAA' } });
      expect(aaa.data!.enterprises.items).toEqual([{ name: '安居物业服务有限公司' }]);
    });

    it('treats LIKE wildcards in a search as plain text', async () => {
      const r = await f.gql<{ communities: { total: number } }>(`{ communities(filter: { q: "%" }) { total } }`);
      expect(r.data!.communities.total).toBe(0);
    });

    it('filters communities by type, mode and enterprise, with nested township and enterprise', async () => {
      const r = await f.gql<{ communities: { items: Row[] } }>(
        `query($e: ID) { communities(filter: { enterpriseId: $e }) { items { name type serviceMode township { name } enterprise { name } currentManager { name } } } }`,
        { e: String(f.ids.e1) },
      );
      expect(r.data!.communities.items).toEqual([
        {
          name: '阳光花园',
          type: 'NEW_RESIDENTIAL',
          serviceMode: 'ENTERPRISE',
          township: { name: '城关镇' },
          enterprise: { name: '安居物业服务有限公司' },
          currentManager: { name: '李明' },
        },
      ]);
      const old = await f.gql<{ communities: { total: number } }>(`{ communities(filter: { type: OLD, serviceMode: BASIC_SERVICE }) { total } }`);
      expect(old.data!.communities.total).toBe(1);
    });

    it('gets one record by id, and null for an unknown id', async () => {
      const r = await f.gql<{ enterprise: Row | null; missing: Row | null }>(
        `query($id: ID!) { enterprise(id: $id) { ${ENTERPRISE_FIELDS} } missing: enterprise(id: "999999") { id } }`,
        { id: String(f.ids.e1) },
      );
      expect(r.data!.enterprise).toMatchObject({ name: '安居物业服务有限公司', communityCount: 1, managerCount: 1, township: { name: '城关镇' } });
      expect(r.data!.missing).toBeNull();
    });

    it('refuses a page size past the cap, naming the argument', async () => {
      const r = await f.gql(`{ enterprises(perPage: 5000) { total } }`);
      expect(r.errors?.[0]?.message).toContain('每页条数');
      expect(r.errors?.[0]?.extensions?.field).toBe('perPage');
    });
  });

  describe('writes', () => {
    const CREATE = `mutation($input: EnterpriseInput!) { createEnterprise(input: $input) {
      __typename
      ... on MutationCreateEnterpriseSuccess { data { id name uscc } }
      ... on ValidationError { message fieldErrors { field message } } } }`;
    const valid = () => ({ name: '新城物业服务有限公司', uscc: fixtureUscc(77), legalRepresentative: '陈平', townshipId: String(f.ids.town1) });

    it('creates an enterprise and writes its audit row in the same transaction', async () => {
      const before = await countRows();
      const r = await f.gql<{ createEnterprise: { __typename: string; data: Row } }>(CREATE, { input: valid() });
      expect(r.data!.createEnterprise.__typename).toBe('MutationCreateEnterpriseSuccess');
      const after = await countRows();
      expect(after).toEqual({ enterprises: before.enterprises + 1, audits: before.audits + 1 });
      const audit = await f.orm.em.fork().findOneOrFail(AuditLog, { action: 'enterprise.create' }, { orderBy: { id: 'desc' } });
      expect(audit).toMatchObject({ actorId: f.ids.users.admin, entityType: 'Enterprise', entityId: r.data!.createEnterprise.data.id });
      expect(audit.changes).toMatchObject({ name: '新城物业服务有限公司' });
    });

    it.each([
      ['a wrong check character', { uscc: fixtureUscc(78).slice(0, 17) + (fixtureUscc(78).endsWith('0') ? '1' : '0') }, 'uscc', '校验码'],
      ['a wrong length', { uscc: '91330100MA000' }, 'uscc', '18 位'],
      ['a forbidden letter', { uscc: '91330100MA0000O01X' }, 'uscc', '不允许的字符'],
      ['a duplicate USCC', { uscc: fixtureUscc(1) }, 'uscc', '已被使用'],
      ['an unknown township', { townshipId: '424242' }, 'townshipId', '不存在'],
      ['an empty name', { name: '   ' }, 'name', '不能为空'],
    ])('refuses %s with a field-named error and writes nothing', async (_what, patch, field, text) => {
      const before = await countRows();
      const r = await f.gql<{ createEnterprise: { __typename: string; fieldErrors: { field: string; message: string }[] } }>(CREATE, {
        input: { ...valid(), ...patch },
      });
      expect(r.data!.createEnterprise.__typename).toBe('ValidationError');
      const err = r.data!.createEnterprise.fieldErrors.find((e) => e.field === field);
      expect(err?.message).toContain(text);
      expect(await countRows()).toEqual(before);
    });

    it('answers in English when asked', async () => {
      const r = await f.gql<{ createEnterprise: { fieldErrors: { message: string }[] } }>(CREATE, { input: { ...valid(), uscc: 'X' } }, 'admin', 'en');
      expect(r.data!.createEnterprise.fieldErrors[0]!.message).toBe('USCC must have 18 characters, not 1');
    });

    it('refuses a negative household count and keeps the community unchanged', async () => {
      const r = await f.gql<{ updateCommunity: { __typename: string; fieldErrors: { field: string }[] } }>(
        `mutation($id: ID!) { updateCommunity(id: $id, input: { households: -5, name: "改名" }) { __typename ... on ValidationError { fieldErrors { field } } } }`,
        { id: String(f.ids.c1) },
      );
      expect(r.data!.updateCommunity).toEqual({ __typename: 'ValidationError', fieldErrors: [{ field: 'households' }] });
      const c = await f.gql<{ community: Row }>(`query($id: ID!) { community(id: $id) { name households } }`, { id: String(f.ids.c1) });
      expect(c.data!.community).toEqual({ name: '阳光花园', households: 820 });
    });

    it('updates a community and records only the changed fields', async () => {
      const r = await f.gql<{ updateCommunity: { __typename: string; data: Row } }>(
        `mutation($id: ID!) { updateCommunity(id: $id, input: { households: 830, contractEnd: "2028-12-31" }) { __typename ... on MutationUpdateCommunitySuccess { data { households contractEnd name } } } }`,
        { id: String(f.ids.c1) },
      );
      expect(r.data!.updateCommunity.data).toEqual({ households: 830, contractEnd: '2028-12-31', name: '阳光花园' });
      const audit = await f.orm.em.fork().findOneOrFail(AuditLog, { action: 'community.update' }, { orderBy: { id: 'desc' } });
      expect(audit.changes).toEqual({ households: { from: 820, to: 830 }, contractEnd: { from: null, to: '2028-12-31' } });
    });

    it.each([
      ['black-listed', 'eb', '黑名单'],
      ['expelled', 'ex', '清出'],
    ] as const)('will not make a %s firm the serving enterprise of a community', async (_w, key, text) => {
      const r = await f.gql<{ updateCommunity: { __typename: string; fieldErrors: { field: string; message: string }[] } }>(
        `mutation($id: ID!, $e: ID!) { updateCommunity(id: $id, input: { serviceMode: ENTERPRISE, enterpriseId: $e }) { __typename ... on ValidationError { fieldErrors { field message } } } }`,
        { id: String(f.ids.c4), e: String(f.ids[key]) },
      );
      expect(r.data!.updateCommunity.fieldErrors[0]).toMatchObject({ field: 'enterpriseId' });
      expect(r.data!.updateCommunity.fieldErrors[0]!.message).toContain(text);
    });

    it('requires a serving firm exactly when the mode is ENTERPRISE', async () => {
      const r = await f.gql<{ createCommunity: { fieldErrors: { field: string }[] } }>(
        `mutation($t: ID!) { createCommunity(input: { name: "新小区", townshipId: $t, type: NEW_RESIDENTIAL, households: 10, floorArea: 1000, serviceMode: ENTERPRISE }) { ... on ValidationError { fieldErrors { field } } } }`,
        { t: String(f.ids.town1) },
      );
      expect(r.data!.createCommunity.fieldErrors).toEqual([{ field: 'enterpriseId' }]);
    });

    it('returns NotFoundError when updating an unknown record', async () => {
      const r = await f.gql<{ updateEnterprise: { __typename: string; message: string } }>(
        `mutation { updateEnterprise(id: "999999", input: { name: "x" }) { __typename ... on NotFoundError { message } } }`,
      );
      expect(r.data!.updateEnterprise.__typename).toBe('NotFoundError');
    });

    it('rejects a malformed date in the input before anything runs', async () => {
      const r = await f.gql(`mutation($id: ID!) { updateCommunity(id: $id, input: { deliveryDate: "2024-02-30" }) { __typename } }`, { id: String(f.ids.c1) });
      expect(r.errors?.[0]?.message).toContain('不是有效日期');
    });

    it('records manager appointments', async () => {
      const r = await f.gql<{ addManagerAppointment: { __typename: string } }>(
        `mutation($m: ID!, $c: ID!) { addManagerAppointment(managerId: $m, input: { communityId: $c, startDate: "2026-01-01", endDate: "2025-01-01" }) { __typename ... on ValidationError { fieldErrors { field } } } }`,
        { m: String(f.ids.m1), c: String(f.ids.c1) },
      );
      expect(r.data!.addManagerAppointment).toEqual({ __typename: 'ValidationError', fieldErrors: [{ field: 'endDate' }] });
      const ok = await f.gql<{ projectManager: { appointments: Row[] } }>(
        `mutation($m: ID!, $c: ID!) { addManagerAppointment(managerId: $m, input: { communityId: $c, startDate: "2026-01-01", registeredOn: "2026-01-05" }) { __typename } }`,
        { m: String(f.ids.m1), c: String(f.ids.c3) },
      );
      expect(ok.errors).toBeUndefined();
      const m = await f.gql<{ projectManager: { appointments: Row[] } }>(
        `query($m: ID!) { projectManager(id: $m) { appointments { startDate community { name } } } }`,
        {
          m: String(f.ids.m1),
        },
      );
      expect(m.data!.projectManager.appointments).toEqual([
        { startDate: '2026-01-01', community: { name: '翠湖苑' } },
        { startDate: '2025-03-01', community: { name: '阳光花园' } },
      ]);
    });
  });
});
