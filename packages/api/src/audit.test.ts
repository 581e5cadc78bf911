import { getNamedType, isInputObjectType, isObjectType, isUnionType, type GraphQLNamedType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDriver } from '@wuye/db/testing';
import { createFixture, testSchema, type Fixture } from './testing.js';

/** Every type a mutation's result can reach in one step (the result, its union members and their `data`). */
function resultTypes(t: GraphQLNamedType): GraphQLNamedType[] {
  if (isUnionType(t)) return [t, ...t.getTypes().flatMap((m) => resultTypes(m))];
  if (isObjectType(t) && /^Mutation\w+Success$/.test(t.name)) return [t, ...Object.values(t.getFields()).map((f) => getNamedType(f.type))];
  return [t];
}

describe('the audit trail has no write path in the API', () => {
  const schema = testSchema();
  const mutations = Object.values(schema.getMutationType()!.getFields());

  it('no mutation is named after it, returns it, or takes an input shaped like it', () => {
    const offenders: string[] = [];
    for (const m of mutations) {
      if (/audit/i.test(m.name)) offenders.push(`${m.name}: name`);
      if (resultTypes(getNamedType(m.type)).some((t) => t.name === 'AuditLog')) offenders.push(`${m.name}: returns AuditLog`);
      for (const a of m.args) {
        const t = getNamedType(a.type);
        if (/audit/i.test(t.name) || (isInputObjectType(t) && Object.keys(t.getFields()).some((f) => /^(actorId|actorName)$/.test(f))))
          offenders.push(`${m.name}(${a.name})`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

describeEachDriver('the audit trail is searchable by actor, target and time', (driver) => {
  let f: Fixture;
  let start: string;
  let middle: string;
  beforeAll(async () => {
    f = await createFixture(driver);
    start = new Date(Date.now() - 1000).toISOString();
    await f.gql(`mutation { updateEnterprise(id: "${f.ids.e1}", input: { address: "一号路" }) { __typename } }`, {}, 'regulator');
    await new Promise((r) => setTimeout(r, 20));
    middle = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    await f.gql(`mutation { updateEnterprise(id: "${f.ids.e2}", input: { address: "二号路" }) { __typename } }`, {}, 'admin');
    await f.gql(`mutation { updateCommunity(id: "${f.ids.c1}", input: { households: 821 }) { __typename } }`, {}, 'town1');
  });
  afterAll(async () => f?.close());

  type Page = { auditLogs: { total: number; items: { action: string; entityType: string; entityId: string; actorId: string; changes: unknown }[] } };
  const search = async (filter: string) => {
    const r = await f.gql<Page>(
      `{ auditLogs(perPage: 100, sortField: at, filter: ${filter}) { total items { action entityType entityId actorId changes } } }`,
      {},
      'admin',
    );
    expect(r.errors).toBeUndefined();
    return r.data!.auditLogs.items;
  };

  it('by actor', async () => {
    const rows = await search(`{ actorId: "${f.ids.users.town1}" }`);
    expect(rows.map((r) => [r.action, r.entityId])).toEqual([['community.update', String(f.ids.c1)]]);
  });

  it('by target (type and id), with the changed fields', async () => {
    const rows = await search(`{ entityType: "Enterprise", entityId: "${f.ids.e1}" }`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'enterprise.update', actorId: String(f.ids.users.regulator) });
    expect(JSON.stringify(rows[0]!.changes)).toContain('一号路');
  });

  it('by time range', async () => {
    const before = await search(`{ from: "${start}", to: "${middle}" }`);
    expect(before.map((r) => r.entityId)).toEqual([String(f.ids.e1)]);
    const after = await search(`{ from: "${middle}" }`);
    expect(after.map((r) => r.action).sort()).toEqual(['community.update', 'enterprise.update']);
  });

  it('and by nobody but ADMIN', async () => {
    for (const who of ['regulator', 'analyst', 'ent1'] as const) {
      const r = await f.gql(`{ auditLogs { total } }`, {}, who);
      expect(r.errors?.[0]?.extensions?.code, who).toBe('FORBIDDEN');
    }
  });
});
