import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isIntrospectionType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDriver } from '@wuye/db/testing';
import { Complaint, User, exportBatches, type Em } from '@wuye/db';
import { dataScopeOf } from './analytics-scope.js';
import { principalOf } from '@wuye/db';
import { can, type Permission, type Principal } from '@wuye/domain';
import { CALLERS, ROOT_ACCESS, STANDINGS_ROWS, TYPE_ACCESS, type AccessCode, type Caller, type RowScope } from './access-matrix.js';
import { createFixture, testSchema, type Fixture, type FixtureUser } from './testing.js';

/**
 * The access matrix, generated from the built schema: every root field is run as every caller with a minimal
 * valid document built from its arguments; every object field's declared scopes are evaluated for every caller.
 * Both are compared with the table in access-matrix.ts, which must name every field.
 */
const schema = testSchema();
const GENERATED_RESULT = /^Mutation(\w+)Success$/;

const PRINCIPALS: Record<Caller, Principal | null> = {
  anonymous: null,
  admin: { userId: '1', role: 'ADMIN' },
  regulator: { userId: '2', role: 'REGULATOR' },
  dept1: { userId: '3', role: 'DEPARTMENT', departmentId: '1' },
  town1: { userId: '4', role: 'TOWNSHIP', townshipId: '1' },
  ent1: { userId: '5', role: 'ENTERPRISE', enterpriseId: '1' },
  analyst: { userId: '6', role: 'ANALYST' },
  agency1: { userId: '10', role: 'AGENCY', agencyId: '1', position: 'CLERK' },
};

type Scopes = { public?: boolean; signedIn?: boolean; perm?: Permission; role?: string };
function scopesOf(config: { extensions?: unknown } | null): Scopes | undefined {
  const opts = (config?.extensions as { pothosOptions?: { authScopes?: unknown } } | null | undefined)?.pothosOptions;
  const scopes = opts?.authScopes;
  if (scopes !== undefined && typeof scopes !== 'object') throw new Error('authScopes functions are not covered by the matrix generator: use a scope map');
  return scopes as Scopes | undefined;
}
function skipsTypeScopes(field: { extensions?: unknown }): boolean {
  return Boolean((field.extensions as { pothosOptions?: { skipTypeScopes?: boolean } } | null | undefined)?.pothosOptions?.skipTypeScopes);
}
/** Pothos semantics: a scope map passes when any of its entries passes. */
function passes(scopes: Scopes | undefined, p: Principal | null): boolean {
  if (!scopes) return true;
  return Object.entries(scopes).some(([k, v]) => {
    if (k === 'public') return v === true;
    if (k === 'signedIn') return v === true && p !== null;
    if (k === 'perm') return can(p, v as Permission);
    if (k === 'role') return p?.role === v;
    throw new Error(`unknown scope ${k}`);
  });
}
const declared = (type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): AccessCode =>
  CALLERS.map((c) => ((skipsTypeScopes(field) || passes(scopesOf(type), PRINCIPALS[c])) && passes(scopesOf(field), PRINCIPALS[c]) ? 'A' : '-')).join('');

const objectTypes = Object.values(schema.getTypeMap()).filter(
  (t): t is GraphQLObjectType => isObjectType(t) && !isIntrospectionType(t) && t !== schema.getQueryType() && t !== schema.getMutationType(),
);
const rootFields = [schema.getQueryType()!, schema.getMutationType()!].flatMap((root) =>
  Object.values(root.getFields()).map((field) => ({ key: `${root.name}.${field.name}`, kind: root.name === 'Query' ? 'query' : 'mutation', field })),
);

describe('access matrix entries', () => {
  it('names every Query and Mutation field, and nothing else', () => {
    const inSchema = rootFields.map((r) => r.key).sort();
    expect({ missing: inSchema.filter((k) => !(k in ROOT_ACCESS)), stale: Object.keys(ROOT_ACCESS).filter((k) => !inSchema.includes(k)) }).toEqual({
      missing: [],
      stale: [],
    });
  });

  it('names every object type and each of its fields, and nothing else', () => {
    const missing: string[] = [];
    const stale: string[] = [];
    for (const type of objectTypes) {
      const generated = GENERATED_RESULT.exec(type.name);
      if (generated) {
        const mutation = generated[1]!.charAt(0).toLowerCase() + generated[1]!.slice(1);
        if (!(`Mutation.${mutation}` in ROOT_ACCESS)) missing.push(`${type.name} (no mutation ${mutation})`);
        continue;
      }
      const entry = TYPE_ACCESS[type.name];
      if (!entry) {
        missing.push(type.name);
        continue;
      }
      const listed = entry.fields.split(/\s+/).filter(Boolean);
      const actual = Object.keys(type.getFields());
      missing.push(...actual.filter((f) => !listed.includes(f)).map((f) => `${type.name}.${f}`));
      stale.push(...listed.filter((f) => !actual.includes(f)).map((f) => `${type.name}.${f}`));
      stale.push(
        ...Object.keys(entry.except ?? {})
          .filter((f) => !actual.includes(f))
          .map((f) => `${type.name}.${f} (except)`),
      );
    }
    stale.push(...Object.keys(TYPE_ACCESS).filter((t) => !objectTypes.some((o) => o.name === t)));
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
  });

  it('uses well-formed codes', () => {
    const bad = [
      ...Object.entries(ROOT_ACCESS),
      ...Object.entries(TYPE_ACCESS).flatMap(([t, e]) => [[t, e.access], ...Object.entries(e.except ?? {})] as [string, string][]),
    ].filter(([, code]) => !new RegExp(`^[A\\-M]{${CALLERS.length}}$`).test(code));
    expect(bad).toEqual([]);
  });

  it('every object field grants exactly what the matrix says (type scopes AND field scopes)', () => {
    const seen: Record<string, AccessCode> = {};
    const expected: Record<string, AccessCode> = {};
    for (const type of objectTypes) {
      const entry = TYPE_ACCESS[type.name];
      if (!entry) continue;
      for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
        const key = `${type.name}.${field.name}`;
        seen[key] = declared(type, field);
        // Masked is allowed at the schema level; the value is masked by the resolver (probed below).
        expected[key] = (entry.except?.[field.name] ?? entry.access).replace(/M/g, 'A');
      }
    }
    expect(seen).toEqual(expected);
  });
});

/** A literal for a required argument: valid by type, meaningless by value (ids are 0, so writes find nothing). */
function dummy(type: GraphQLInputType): string {
  if (isNonNullType(type)) return dummy(type.ofType);
  if (isListType(type)) return '[]';
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return `{ ${required.map((f) => `${f.name}: ${dummy(f.type)}`).join(', ')} }`;
  }
  switch (type.name) {
    case 'ID':
      return '"0"';
    case 'Int':
    case 'Float':
      return '1';
    case 'Boolean':
      return 'false';
    case 'Date':
      return '"2026-01-01"';
    case 'DateTime':
      return '"2026-01-01T00:00:00Z"';
    case 'JSON':
      return '{}';
    default:
      return '"x"';
  }
}

/** The smallest valid document for a root field: its required arguments and `__typename`. */
function minimalDocument(kind: string, field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined).map((a) => `${a.name}: ${dummy(a.type)}`);
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${kind} { ${field.name}${args.length ? `(${args.join(', ')})` : ''}${selection} }`;
}

describeEachDriver('access matrix, run against the schema', (driver) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(driver);
  });
  afterAll(async () => f?.close());

  it('every root field answers each caller as the matrix says; denied means no data and the right code, allowed means no 500', async () => {
    const seen: Record<string, AccessCode> = {};
    const expected: Record<string, AccessCode> = {};
    const problems: string[] = [];
    for (const { key, kind, field } of rootFields) {
      const doc = minimalDocument(kind, field);
      const code: string[] = [];
      for (const caller of CALLERS) {
        const r = await f.gql(doc, {}, caller === 'anonymous' ? null : (caller as FixtureUser));
        const errorCode = r.errors?.[0]?.extensions?.code;
        const denied = errorCode === 'FORBIDDEN' || errorCode === 'UNAUTHENTICATED';
        code.push(denied ? '-' : 'A');
        if (denied) {
          if (errorCode !== (caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN')) problems.push(`${key} as ${caller}: ${String(errorCode)}`);
          if ((r.data as Record<string, unknown> | null | undefined)?.[field.name] != null) problems.push(`${key} as ${caller}: data despite denial`);
        }
        for (const e of r.errors ?? []) {
          if (e.extensions?.code === 'INTERNAL_SERVER_ERROR' || !e.extensions?.code) problems.push(`${key} as ${caller}: ${e.message} (${doc})`);
        }
      }
      seen[key] = code.join('');
      expected[key] = ROOT_ACCESS[key]?.replace(/M/g, 'A') ?? '(no entry)';
    }
    expect(problems).toEqual([]);
    expect(seen).toEqual(expected);
  }, 120_000);

  describe('credit standings rows', () => {
    const as = (who: Caller) => (who === 'anonymous' ? null : (who as FixtureUser));
    /** The firms each row scope stands for, of a universe (active firms for rankings, every firm for the registry). */
    const expected = (scope: RowScope, universe: number[], who: Caller): number[] => {
      const area = [f.ids.e1, f.ids.e3, f.ids.ex]; // town1: registered in T1 (E1, EX) or serving a community there (E3)
      const own = who === 'ent1' ? [f.ids.e1] : [];
      const ids = { all: universe, area, own, none: [] }[scope];
      return ids.filter((id) => universe.includes(id)).sort((a, b) => a - b);
    };
    const active = () => [f.ids.e1, f.ids.e2, f.ids.e3, f.ids.eb];
    const every = () => [...active(), f.ids.ex];
    const READ: Record<string, { universe: () => number[]; ids: (who: Caller) => Promise<number[]>; exact: boolean }> = {
      'Query.ranking': {
        universe: active,
        exact: true,
        ids: async (who) => {
          const ids: number[] = [];
          for (const asOf of [null, '2026-01-01']) {
            const r = await f.gql<{ ranking: { items: { enterpriseId: string }[] } | null }>(
              `query($d: Date) { ranking(asOf: $d, perPage: 100) { items { enterpriseId } } }`,
              { d: asOf },
              as(who),
            );
            ids.push(...(r.data?.ranking?.items ?? []).map((i) => Number(i.enterpriseId)));
          }
          return [...new Set(ids)];
        },
      },
      'Query.enterprises': {
        universe: every,
        exact: true,
        ids: async (who) => {
          const r = await f.gql<{ enterprises: { items: { id: string }[] } | null }>(`{ enterprises(perPage: 100) { items { id } } }`, {}, as(who));
          return (r.data?.enterprises?.items ?? []).map((i) => Number(i.id));
        },
      },
      // Counts only; a township's are of the firms registered there (a subset of its area).
      'Query.kpis(CREDIT_DISTRIBUTION)': {
        universe: active,
        exact: false,
        ids: async (who) => {
          const r = await f.gql<{ kpis: { rows: { groupId: string; kpi: { numerator: number | null } | null }[] } | null }>(
            `{ kpis(period: "2026", groupBy: [ENTERPRISE]) { rows { groupId kpi(code: CREDIT_DISTRIBUTION) { numerator } } } }`,
            {},
            as(who),
          );
          return (r.data?.kpis?.rows ?? []).filter((row) => (row.kpi?.numerator ?? 0) > 0).map((row) => Number(row.groupId));
        },
      },
      'export:enterprises': {
        universe: every,
        exact: true,
        ids: async (who) => {
          const em = f.orm.em.fork() as Em;
          const user = who === 'anonymous' ? null : await em.findOneOrFail(User, { id: f.ids.users[who as FixtureUser] });
          const ids: number[] = [];
          for await (const batch of exportBatches(em, 'enterprises', {}, dataScopeOf({ principal: user ? principalOf(user) : null })))
            ids.push(...batch.map((row) => Number(row[0])));
          return ids;
        },
      },
    };

    it('every query over live standings shows each caller only the firms its row scope allows', async () => {
      expect(Object.keys(READ).sort()).toEqual(Object.keys(STANDINGS_ROWS).sort());
      const problems: string[] = [];
      for (const [key, read] of Object.entries(READ)) {
        for (const who of CALLERS) {
          const want = expected(STANDINGS_ROWS[key]![who], read.universe(), who);
          const seen = (await read.ids(who)).sort((a, b) => a - b);
          const ok = read.exact ? JSON.stringify(seen) === JSON.stringify(want) : seen.every((id) => want.includes(id));
          if (!ok) problems.push(`${key} as ${who}: saw ${seen.join(',')}, allowed ${want.join(',')}`);
        }
      }
      expect(problems).toEqual([]);
    }, 60_000);

    it('a firm sees its own rank among all firms, today and as of a past date; a township ranks its area among itself', async () => {
      const RANK = `query($d: Date) { ranking(asOf: $d) { total items { enterpriseId rank uscc score } } }`;
      for (const d of [null, '2026-01-01']) {
        const own = (await f.gql<{ ranking: { total: number; items: { enterpriseId: string; rank: number }[] } }>(RANK, { d }, 'ent2')).data!.ranking;
        const all = (await f.gql<{ ranking: { items: { enterpriseId: string; rank: number }[] } }>(RANK, { d }, 'regulator')).data!.ranking.items;
        const rankOfE2 = all.find((i) => i.enterpriseId === String(f.ids.e2))!.rank;
        expect(rankOfE2).toBeGreaterThan(1);
        expect(own).toMatchObject({ total: 1, items: [{ enterpriseId: String(f.ids.e2), rank: rankOfE2 }] });
      }
      const town = (await f.gql<{ ranking: { items: { enterpriseId: string; rank: number }[] } }>(RANK, { d: null }, 'town2')).data!.ranking.items;
      expect(town.map((i) => i.rank)).toEqual(town.map((_, i) => i + 1));
      expect(town.map((i) => Number(i.enterpriseId))).not.toContain(f.ids.e1);
    });
  });

  describe('masked fields', () => {
    /** One probe per field marked M: a row the masked callers can see but have no relation to. */
    const PROBES: Record<string, { read: (f: Fixture, who: Caller) => Promise<string | null | undefined>; clear: string }> = {
      'ProjectManager.phone': {
        clear: '13812345678',
        read: async (fx, who) => {
          const r = await fx.gql<{ projectManager: { phone: string } | null }>(`{ projectManager(id: "${fx.ids.m1}") { phone } }`, {}, who as FixtureUser);
          return r.data?.projectManager?.phone;
        },
      },
      'Complaint.complainantName': {
        clear: '张三丰',
        read: async (fx, who) => (await complaint(fx, who))?.complainantName,
      },
      'Complaint.complainantPhone': {
        clear: '13900001111',
        read: async (fx, who) => (await complaint(fx, who))?.complainantPhone,
      },
      'Developer.contactPerson': {
        clear: '王建国',
        read: async (fx, who) => (await developer(fx, who))?.contactPerson,
      },
      'Developer.contactPhone': {
        clear: '13600003333',
        read: async (fx, who) => (await developer(fx, who))?.contactPhone,
      },
      'UnitOwner.name': {
        clear: '钱多多',
        read: async (fx, who) => (await unitOwner(fx, who))?.name,
      },
      'UnitOwner.phone': {
        clear: '13700002222',
        read: async (fx, who) => (await unitOwner(fx, who))?.phone,
      },
    };
    let developerId = '';
    /** A developer that built C1 (served by E1, so ent1 sees it), registered by the bureau. */
    async function developer(fx: Fixture, who: Caller) {
      if (!developerId) {
        const r = await fx.gql<{ createDeveloper: { data: { id: string } } }>(
          `mutation { createDeveloper(input: { name: "锦城置业有限公司", uscc: "91330100MA2DEX001B", contactPerson: "王建国", contactPhone: "13600003333" }) { ... on MutationCreateDeveloperSuccess { data { id } } } }`,
          {},
          'regulator',
        );
        developerId = r.data!.createDeveloper.data.id;
        const p = await fx.gql<{ addDeveloperProject: { __typename: string } }>(
          `mutation { addDeveloperProject(id: "${developerId}", communityId: "${fx.ids.c1}", handoverDate: "2022-06-30") { __typename } }`,
          {},
          'regulator',
        );
        expect(p.data?.addDeveloperProject.__typename).toBe('MutationAddDeveloperProjectSuccess');
      }
      const r = await fx.gql<{ developer: { contactPerson: string; contactPhone: string } | null }>(
        `{ developer(id: "${developerId}") { contactPerson contactPhone } }`,
        {},
        who as FixtureUser,
      );
      return r.data?.developer;
    }
    let ownersImported = false;
    /** An owner of record in C1 (T1, served by E1), imported by the bureau. */
    async function unitOwner(fx: Fixture, who: Caller) {
      if (!ownersImported) {
        const rows = [{ building: '9', room: '901', area: '88.80', ownerName: '钱多多', idNumber: '11010519491231002X', phone: '13700002222' }];
        const r = await fx.gql<{ importCommitteeOwners: { __typename: string } }>(
          `mutation($rows: [OwnerRowInput!]!) { importCommitteeOwners(communityId: "${fx.ids.c1}", rows: $rows) { __typename } }`,
          { rows },
          'regulator',
        );
        expect(r.data?.importCommitteeOwners.__typename).toBe('MutationImportCommitteeOwnersSuccess');
        ownersImported = true;
      }
      const r = await fx.gql<{ ownerUnits: { owners: { name: string; phone: string }[] }[] }>(
        `{ ownerUnits(communityId: "${fx.ids.c1}") { owners { name phone } } }`,
        {},
        who as FixtureUser,
      );
      return r.data?.ownerUnits?.[0]?.owners[0];
    }
    let complaintId = 0;
    async function complaint(fx: Fixture, who: Caller) {
      if (!complaintId) {
        // An elevator complaint in C1 (T1, served by E1) routes to dept1, which handles it and so sees it in full.
        const r = await fx.gql<{ createComplaint: { data: { id: string } } }>(
          `mutation { createComplaint(input: { channel: HOTLINE, communityId: "${fx.ids.c1}", category: "ELEVATOR", content: "电梯故障", complainantName: "张三丰", complainantPhone: "13900001111" }) { ... on MutationCreateComplaintSuccess { data { id } } } }`,
          {},
          'regulator',
        );
        complaintId = Number(r.data!.createComplaint.data.id);
        expect((await fx.orm.em.fork().findOneOrFail(Complaint, complaintId)).complainantPhone).toBe('13900001111');
      }
      const r = await fx.gql<{ complaint: { complainantName: string; complainantPhone: string } | null }>(
        `{ complaint(id: "${complaintId}") { complainantName complainantPhone } }`,
        {},
        who as FixtureUser,
      );
      return r.data?.complaint;
    }

    it('every field with an M has a probe', () => {
      const masked = Object.entries(TYPE_ACCESS).flatMap(([t, e]) =>
        Object.keys(schema.getType(t) && isObjectType(schema.getType(t)) ? (schema.getType(t) as GraphQLObjectType).getFields() : {})
          .filter((fname) => (e.except?.[fname] ?? e.access).includes('M'))
          .map((fname) => `${t}.${fname}`),
      );
      expect(masked.sort()).toEqual(Object.keys(PROBES).sort());
    });

    it.each(Object.keys(PROBES))('%s is clear for A, masked for M', async (key) => {
      const [type, field] = key.split('.') as [string, string];
      const entry = TYPE_ACCESS[type]!;
      const code = entry.except?.[field] ?? entry.access;
      const probe = PROBES[key]!;
      for (const [i, caller] of CALLERS.entries()) {
        // An agency's working group reaches no registry row at all (every root field probed here denies it, above).
        if (caller === 'anonymous' || caller === 'agency1' || code[i] === '-') continue;
        const value = await probe.read(f, caller);
        if (code[i] === 'A') expect(value, `${key} as ${caller}`).toBe(probe.clear);
        else {
          expect(value, `${key} as ${caller}`).toBeTruthy();
          expect(value, `${key} as ${caller}`).not.toBe(probe.clear);
          expect(value, `${key} as ${caller}`).toContain('*');
        }
      }
    });
  });
});
