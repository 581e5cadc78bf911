/**
 * In-process API test support: a small, hand-made county on a real database (SQLite or PostgreSQL) and an
 * executor that runs GraphQL as a given user, exactly as the server builds the request context.
 */
import type { MikroORM } from '@mikro-orm/core';
import { execute, parse, validate, type ExecutionResult, type GraphQLError, type GraphQLSchema } from 'graphql';
import { Agency, Community, Department, Enterprise, ManagerAppointment, ProjectManager, Township, User, type Em } from '@wuye/db';
import { createTestOrm, dropTestOrm } from '@wuye/db/testing';
import { withUsccCheckChar, type Locale, type Role } from '@wuye/domain';
import type { Context } from './context.js';
import { checkDocumentSize, guardOperation, MAX_TOKENS, operationToRun } from './operation-guard.js';
import { buildSchema } from './schema/index.js';
import { principalOf } from '@wuye/db';

export const FIXTURE_USERS = [
  'admin',
  'regulator',
  'dept1',
  'dept2',
  'town1',
  'town2',
  'ent1',
  'ent2',
  'analyst',
  'agency1',
  'agencyDeputy',
  'agencyHead',
  'agency2',
] as const;
export type FixtureUser = (typeof FIXTURE_USERS)[number];

export interface Fixture {
  orm: MikroORM;
  ids: {
    town1: number;
    town2: number;
    dept1: number;
    dept2: number;
    /** E1 registered in T1; E2 in T2; E3 in T2 but serving a community in T1; EB black-listed; EX expelled. */
    e1: number;
    e2: number;
    e3: number;
    eb: number;
    ex: number;
    /** C1 (T1, E1), C2 (T2, E2), C3 (T1, E3), C4 (T2, basic service). */
    c1: number;
    c2: number;
    c3: number;
    c4: number;
    m1: number;
    m2: number;
    /** Two agencies: A1 with its clerk (agency1), deputy and head; A2 with its clerk (agency2). */
    a1: number;
    a2: number;
    users: Record<FixtureUser, number>;
  };
  /** Runs a GraphQL document as a fixture user (or anonymously with null). */
  gql: <T = Record<string, unknown>>(
    source: string,
    variables?: Record<string, unknown>,
    as?: FixtureUser | null,
    locale?: Locale,
  ) => Promise<ExecutionResult<T>>;
  close: () => Promise<void>;
  /** Fixes "today" (YYYY-MM-DD) for the following requests; undefined: the real date. */
  setToday: (date: string | undefined) => void;
}

let schema: GraphQLSchema | null = null;
export function testSchema(): GraphQLSchema {
  schema ??= buildSchema();
  return schema;
}

/** Valid USCCs for fixtures: 91 + region 330100 + a nine-character organisation code + check character. */
export function fixtureUscc(n: number): string {
  return withUsccCheckChar(`91330100MA${String(n).padStart(7, '0')}`);
}

async function seedFixture(em: Em) {
  const town1 = em.create(Township, { name: '城关镇', code: 'T1' });
  const town2 = em.create(Township, { name: '东城街道', code: 'T2' });
  const dept1 = em.create(Department, { name: '市场监管局', code: 'SCJG', remit: ['ELEVATOR', 'FEES'] });
  const dept2 = em.create(Department, { name: '住建局', code: 'ZJJ', remit: ['SERVICE_QUALITY', 'BUILDING_QUALITY'] });
  const firm = (n: number, name: string, township: Township, extra: Partial<Enterprise> = {}) =>
    em.create(Enterprise, { name, uscc: fixtureUscc(n), legalRepresentative: '王建国', contactPhone: '0571-88886666', township, ...extra });
  const e1 = firm(1, '安居物业服务有限公司', town1, { score: 86, grade: 'AAA' });
  const e2 = firm(2, '宏达物业管理有限公司', town2, { score: 72, grade: 'A' });
  const e3 = firm(3, '金盾物业服务有限公司', town2, { score: 81, grade: 'AA' });
  const eb = firm(4, '黑石物业管理有限公司', town2, { score: 40, grade: 'C', listStatus: 'BLACK', listUntil: '2029-01-01' });
  const ex = firm(5, '已清出物业有限公司', town1, { status: 'EXPELLED' });
  const community = (name: string, township: Township, enterprise: Enterprise | null, extra: Partial<Community> = {}) =>
    em.create(Community, {
      name,
      township,
      enterprise,
      type: 'NEW_RESIDENTIAL',
      serviceMode: enterprise ? 'ENTERPRISE' : 'BASIC_SERVICE',
      households: 300,
      floorArea: 30000,
      ...extra,
    });
  const c1 = community('阳光花园', town1, e1, { households: 820 });
  const c2 = community('锦绣家园', town2, e2, { households: 150 });
  const c3 = community('翠湖苑', town1, e3, { households: 410, type: 'OLD' });
  const c4 = community('老街小区', town2, null, { type: 'OLD', households: 90 });
  const m1 = em.create(ProjectManager, { name: '李明', enterprise: e1, certificateNo: 'PM-0001', phone: '13812345678' });
  const m2 = em.create(ProjectManager, { name: '赵丽', enterprise: e2, certificateNo: 'PM-0002', phone: '13987654321' });
  em.create(ManagerAppointment, { manager: m1, community: c1, startDate: '2025-03-01', registeredOn: '2025-03-10' });
  em.create(ManagerAppointment, { manager: m2, community: c2, startDate: '2025-05-01', registeredOn: null });
  const a1 = em.create(Agency, { name: '县机关事务管理局', groupName: '物业管理工作组' });
  const a2 = em.create(Agency, { name: '县教育局', groupName: '物业管理工作组' });
  // Logins in API tests go through the executor, so these hashes are never checked.
  const user = (username: string, role: Role, scope: Partial<User> = {}) =>
    em.create(User, { username, displayName: username, role, passwordHash: 'unused', ...scope });
  const users = {
    admin: user('admin', 'ADMIN'),
    regulator: user('regulator', 'REGULATOR'),
    dept1: user('dept1', 'DEPARTMENT', { department: dept1 }),
    dept2: user('dept2', 'DEPARTMENT', { department: dept2 }),
    town1: user('town1', 'TOWNSHIP', { township: town1 }),
    town2: user('town2', 'TOWNSHIP', { township: town2 }),
    ent1: user('ent1', 'ENTERPRISE', { enterprise: e1 }),
    ent2: user('ent2', 'ENTERPRISE', { enterprise: e2 }),
    analyst: user('analyst', 'ANALYST'),
    agency1: user('agency1', 'AGENCY', { agency: a1, position: 'CLERK' }),
    agencyDeputy: user('agencyDeputy', 'AGENCY', { agency: a1, position: 'DEPUTY' }),
    agencyHead: user('agencyHead', 'AGENCY', { agency: a1, position: 'HEAD' }),
    agency2: user('agency2', 'AGENCY', { agency: a2, position: 'HEAD' }),
  };
  await em.flush();
  return {
    town1: town1.id,
    town2: town2.id,
    dept1: dept1.id,
    dept2: dept2.id,
    e1: e1.id,
    e2: e2.id,
    e3: e3.id,
    eb: eb.id,
    ex: ex.id,
    c1: c1.id,
    c2: c2.id,
    c3: c3.id,
    c4: c4.id,
    m1: m1.id,
    m2: m2.id,
    a1: a1.id,
    a2: a2.id,
    users: Object.fromEntries(Object.entries(users).map(([k, u]) => [k, u.id])) as Record<FixtureUser, number>,
  };
}

export async function createFixture(driver: 'sqlite' | 'postgresql', onQuery?: (sql: string) => void): Promise<Fixture> {
  const orm = await createTestOrm({ driver, onQuery });
  const ids = await seedFixture(orm.em.fork() as Em);
  let today: string | undefined;
  const gql: Fixture['gql'] = async (source, variables, as = 'admin', locale = 'zh-CN') => {
    const em = orm.em.fork() as Em;
    const user = as ? await em.findOneOrFail(User, { id: ids.users[as] }) : null;
    const contextValue: Context = {
      em,
      principal: user ? principalOf(user) : null,
      user,
      sessionId: null,
      locale,
      ip: '127.0.0.1',
      userAgent: 'vitest',
      ...(today ? { today } : {}),
    };
    // As the server runs a request: size check, parse, validate, the operation guard, then execution.
    const schema = testSchema();
    const tooLarge = checkDocumentSize(source, locale);
    if (tooLarge) return { errors: [tooLarge] };
    let document;
    try {
      document = parse(source, { maxTokens: MAX_TOKENS });
    } catch (e) {
      return { errors: [e as GraphQLError] };
    }
    const invalid = validate(schema, document);
    if (invalid.length > 0) return { errors: invalid };
    const operation = operationToRun(document, null);
    const refused = operation && guardOperation({ schema, document, operation, ctx: contextValue, variables: variables ?? {} });
    if (refused) return { errors: [refused] };
    return (await execute({ schema, document, variableValues: variables, contextValue })) as ExecutionResult<never>;
  };
  return { orm, ids, gql, close: () => dropTestOrm(orm), setToday: (d) => void (today = d) };
}
